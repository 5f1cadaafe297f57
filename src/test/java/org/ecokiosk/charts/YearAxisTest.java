package org.ecokiosk.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryTick;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

/** Years on a narrow chart stay whole: fewer labels, each on one line, the latest always labelled. */
class YearAxisTest {
    private final EcoChartFactory charts = new EcoChartFactory(ChartTheme.forPrint().withBaseSize(24f));

    private static List<ChartValue> years() {
        List<ChartValue> out = new ArrayList<>();
        for (int y = 2015; y <= 2025; y++) {
            out.add(ChartValue.of(Integer.toString(y), 30 + (y % 7)));
        }
        return out;
    }

    /** The labels as laid out for a chart drawn {@code width} px wide. */
    private List<String> labels(int width) {
        JFreeChart chart = charts.yearlyTrend(new ChartText("", "Year", "µg/m³", Optional.empty(), false), "PM2.5",
                years(), new ReferenceLine("2025 target ≤ 34 µg/m³", 34),
                Optional.of(new ReferenceLine("national Grade II 35", 35)));
        BufferedImage image = new BufferedImage(width, 400, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, 400), info);
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        Rectangle2D dataArea = info.getPlotInfo().getDataArea();
        List<String> out = new ArrayList<>();
        for (Object o : plot.getDomainAxis().refreshTicks(g2, new AxisState(), dataArea, RectangleEdge.BOTTOM)) {
            TextBlock label = ((CategoryTick) o).getLabel();
            assertTrue(label.getLines().size() <= 1, "one line: " + ((CategoryTick) o).getCategory());
            out.add(label.getLines().isEmpty() ? "" : ((org.jfree.chart.text.TextLine) label.getLines().get(0)).getFirstTextFragment().getText().strip());
        }
        g2.dispose();
        return out;
    }

    @Test
    void aWideChartLabelsEveryYear() {
        List<String> shown = labels(1600);
        assertEquals(11, shown.stream().filter(s -> !s.isEmpty()).count(), shown.toString());
    }

    @Test
    void aNarrowChartLabelsFewerYearsWholeAndTheLatest() {
        List<String> shown = labels(560);
        List<String> labelled = shown.stream().filter(s -> !s.isEmpty()).toList();
        assertTrue(labelled.size() < 11 && labelled.size() >= 3, shown.toString());
        assertTrue(labelled.stream().allMatch(s -> s.matches("20\\d\\d")), "whole years: " + shown);
        assertEquals("2025", shown.get(shown.size() - 1), "the latest year is labelled");
    }

    @Test
    void theStepLeavesRoomForALabelAndAGap() {
        assertEquals(1, YearAxis.step(40, 10, 44));
        assertEquals(2, YearAxis.step(50, 10, 44));
        assertEquals(3, YearAxis.step(50, 10, 20));
    }
}
