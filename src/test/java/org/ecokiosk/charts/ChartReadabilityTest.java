package org.ecokiosk.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.junit.jupiter.api.Test;

/** What makes a chart readable for a resident or an officer, beyond drawing the data. */
class ChartReadabilityTest {
    private final EcoChartFactory charts = new EcoChartFactory(ChartTheme.forPrint());

    private static List<ChartValue> years(int from, int to) {
        List<ChartValue> out = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            out.add(ChartValue.of(String.valueOf(y), 30 + (y % 5)));
        }
        return out;
    }

    private static void draw(JFreeChart chart) {
        BufferedImage image = new BufferedImage(600, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, 600, 300));
        g.dispose();
    }

    @Test
    void oneSeriesHasNoLegend() {
        JFreeChart chart = charts.yearlyTrend(ChartSamples.pm25Text(), "PM2.5", years(2015, 2025),
                new ReferenceLine("≤ 34", 34), Optional.empty());
        assertNull(chart.getLegend(), "the caption names the one series");
    }

    @Test
    void yearsBeyondTwelveAreSlantedNotShrunk() {
        JFreeChart eleven = charts.yearlyTrend(ChartSamples.pm25Text(), "PM2.5", years(2015, 2025),
                new ReferenceLine("≤ 34", 34), Optional.empty());
        JFreeChart sixteen = charts.yearlyTrend(ChartSamples.pm25Text(), "PM2.5", years(2010, 2025),
                new ReferenceLine("≤ 34", 34), Optional.empty());
        assertEquals(CategoryLabelPositions.STANDARD, eleven.getCategoryPlot().getDomainAxis().getCategoryLabelPositions());
        assertTrue(sixteen.getCategoryPlot().getDomainAxis().getCategoryLabelPositions() != CategoryLabelPositions.STANDARD);
        assertEquals(eleven.getCategoryPlot().getDomainAxis().getTickLabelFont(),
                sixteen.getCategoryPlot().getDomainAxis().getTickLabelFont(), "same size, only slanted");
    }

    @Test
    void axisTitlesKeepClearOfTheirTicks() {
        JFreeChart chart = charts.yearlyTrend(ChartSamples.pm25Text(), "PM2.5", years(2015, 2025),
                new ReferenceLine("≤ 34", 34), Optional.empty());
        double base = ChartTheme.forPrint().baseSize();
        assertTrue(chart.getCategoryPlot().getRangeAxis().getLabelInsets().getRight() >= base * 0.5);
        assertTrue(chart.getCategoryPlot().getDomainAxis().getLabelInsets().getTop() >= base * 0.5);
    }

    @Test
    void aBreakInTheSeriesIsExplainedOnTheChart() {
        JFreeChart chart = charts.yearlyTrend(ChartSamples.pm25Text(), "森林覆盖率", years(2015, 2025),
                new ReferenceLine("≥ 30", 30), Optional.empty(), List.of(new ChartNote("2021", "2021年起按调整后的行政区域统计")));
        draw(chart);
        EcoCategoryPlot plot = (EcoCategoryPlot) chart.getCategoryPlot();
        assertEquals(1, plot.lastNoteBounds().size());
        assertTrue(plot.lastNoteBounds().get(0).getWidth() > 0);
    }

    @Test
    void eachBarsOwnLimitIsDrawnAndNamedInTheLegend() {
        List<ColouredValue> bars = List.of(
                new ColouredValue(ChartValue.of("1类昼间", 52), java.awt.Color.GREEN, OptionalDouble.of(55)),
                new ColouredValue(ChartValue.of("4a类夜间", 48), java.awt.Color.RED, OptionalDouble.of(90)));
        JFreeChart chart = charts.colouredBars(ChartSamples.pm25Text(), bars,
                List.of(new LegendEntry("达标", java.awt.Color.GREEN)), "GB 3096-2008 限值");
        EcoCategoryPlot plot = (EcoCategoryPlot) chart.getCategoryPlot();
        assertTrue(plot.getRangeAxis().getUpperBound() >= 90, "a limit above every bar stays on the chart");
        assertTrue(plot.hasBarLimit(0) && plot.hasBarLimit(1));
        List<String> legend = new ArrayList<>();
        for (int i = 0; i < plot.getFixedLegendItems().getItemCount(); i++) {
            legend.add(plot.getFixedLegendItems().get(i).getLabel());
        }
        assertEquals(List.of("达标", "GB 3096-2008 限值"), legend);
        draw(chart);
    }
}
