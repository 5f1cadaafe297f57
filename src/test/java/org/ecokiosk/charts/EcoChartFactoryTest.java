package org.ecokiosk.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;

class EcoChartFactoryTest {

    private static final Path OUT = Path.of("target", "test-output", "charts");

    private final EcoChartFactory charts = new EcoChartFactory(ChartTheme.forPrint());

    @Test
    void yearlyTrendLeavesAGapForAMissingYear() throws Exception {
        JFreeChart chart = charts.yearlyTrend(ChartSamples.pm25Text(), "PM2.5", ChartSamples.pm25Years(),
                new ReferenceLine("规划目标 ≤ 34 / target", 34), Optional.of(new ReferenceLine("GB 3095 二级 35", 35)));
        Set<String> drawn = render(chart, "yearly-trend.png");
        assertEquals(10, drawn.size(), "one point per year with data");
        assertFalse(drawn.contains("2022"), "the missing year must not be drawn (as 0 or otherwise)");
        assertNull(((CategoryPlot) chart.getPlot()).getDataset().getValue("PM2.5", "2022"));
        assertEquals(2, ((CategoryPlot) chart.getPlot()).getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).size());
    }

    @Test
    void valuesAreWrittenWithTheDecimalsTheCallerAsksFor() {
        List<ChartValue> years = List.of(ChartValue.of("2024", 67.0), ChartValue.of("2025", 65.64));
        ChartText plain = new ChartText("", "", "dB(A)", Optional.empty(), false);
        JFreeChart asNeeded = charts.yearlyTrend(plain, "day", years, new ReferenceLine("≤ 66", 66), Optional.empty());
        JFreeChart oneDecimal = charts.yearlyTrend(plain.withValueDecimals(1), "day", years,
                new ReferenceLine("≤ 66", 66), Optional.empty());
        assertEquals("67", label(asNeeded, 0));
        assertEquals("67.0", label(oneDecimal, 0), "dB to one decimal, as the kiosk's cards write it");
        assertEquals("65.6", label(oneDecimal, 1));
    }

    private static String label(JFreeChart chart, int column) {
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        return plot.getRenderer().getDefaultItemLabelGenerator().generateLabel(plot.getDataset(), 0, column);
    }

    @Test
    void sampleDataIsMarkedOnTheChart() {
        JFreeChart chart = charts.yearlyTrend(ChartSamples.pm25Text(), "PM2.5", ChartSamples.pm25Years(),
                new ReferenceLine("≤ 34", 34), Optional.empty());
        boolean marked = chart.getSubtitles().stream()
                .anyMatch(t -> t instanceof TextTitle tt && tt.getText().equals(ChartText.SAMPLE_NOTICE));
        assertTrue(marked);
    }

    @Test
    void monthlyBarsDrawNoBarForAMissingMonth() throws Exception {
        JFreeChart chart = charts.monthlyBars(ChartSamples.pm25Text(), "PM2.5", ChartSamples.monthlyPm25(),
                Optional.of(new ReferenceLine("日均限值 75", 75)));
        Set<String> drawn = render(chart, "monthly-bars.png");
        assertEquals(11, drawn.size());
        assertFalse(drawn.contains("3月"), "March is missing: a zero-height bar would still be an entity");
    }

    @Test
    void dailyBarsTakeTheCallersColours() throws Exception {
        ChartText text = new ChartText("2025年1月 每日 AQI", "日 / day", "AQI", Optional.of("缺"), false);
        JFreeChart chart = charts.colouredBars(text, ChartSamples.dailyAqi(), Optional.empty(), ChartSamples.aqiLegend());
        Set<String> drawn = render(chart, "daily-aqi.png");
        assertEquals(30, drawn.size());
        assertFalse(drawn.contains("9"));
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        assertEquals(ChartSamples.dailyAqi().get(0).colour(), plot.getRenderer().getItemPaint(0, 0));
        assertEquals(3, plot.getLegendItems().getItemCount());
    }

    @Test
    void horizontalBarsForSections() throws Exception {
        ChartText text = new ChartText("断面水质类别", "", "类别 / class", Optional.of("未监测 / n/a"), true);
        JFreeChart chart = charts.horizontalBars(text, ChartSamples.waterSections(), Optional.of(new ReferenceLine("目标 III", 3)), List.of());
        Set<String> drawn = render(chart, "sections.png");
        assertEquals(3, drawn.size());
        assertFalse(drawn.contains("虎溪河 入境"));
    }

    @Test
    void waterClassBarsAreWrittenAsTheTablesWriteTheClassAndTheWordsFit() throws Exception {
        for (WaterClassLabels classes : List.of(WaterClassLabels.chinese(), WaterClassLabels.english())) {
            List<ColouredValue> bars = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                org.ecokiosk.standards.water.WaterClass c = i % 3 == 0 ? org.ecokiosk.standards.water.WaterClass.IV
                        : org.ecokiosk.standards.water.WaterClass.II;
                bars.add(new ColouredValue(ChartValue.of("断面" + i, WaterClassLabels.rank(c)), java.awt.Color.YELLOW));
            }
            JFreeChart chart = charts.waterClassBars(new ChartText("", "", "水质类别", Optional.empty(), false), bars,
                    List.of(), classes);
            boolean english = classes.equals(WaterClassLabels.english());
            String iv = english ? "Class IV" : "Ⅳ类";
            assertEquals(iv, label(chart, 0), "the bar's end says the class as the tables do");
            assertEquals(english ? "Class II" : "Ⅱ类", label(chart, 1));
            org.jfree.chart.axis.NumberAxis axis = (org.jfree.chart.axis.NumberAxis) chart.getCategoryPlot().getRangeAxis();
            assertEquals(iv, axis.getTickUnit().valueToString(4), "the axis ticks name the classes");
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.createBufferedImage(560, 340, info);
            java.awt.geom.Rectangle2D area = info.getPlotInfo().getDataArea();
            org.jfree.chart.ui.RectangleEdge edge = org.jfree.chart.ui.RectangleEdge.BOTTOM;
            double room = axis.valueToJava2D(axis.getUpperBound(), area, edge) - axis.valueToJava2D(4, area, edge);
            double width = ReferenceLabelLayout.width(iv, ChartTheme.forPrint().annotationFont());
            assertTrue(room >= width, "room after a class Ⅳ bar " + room + " px for its label of " + width + " px");
        }
    }

    @Test
    void highContrastThemeRenders() throws Exception {
        EcoChartFactory contrast = new EcoChartFactory(ChartTheme.highContrast());
        JFreeChart chart = contrast.yearlyTrend(ChartSamples.pm25Text(), "PM2.5", ChartSamples.pm25Years(),
                new ReferenceLine("≤ 34", 34), Optional.empty());
        render(chart, "high-contrast.png", 1280, 720);
        assertEquals(java.awt.Color.BLACK, chart.getBackgroundPaint());
    }

    private static Set<String> render(JFreeChart chart, String file) throws Exception {
        return render(chart, file, 560, 320);
    }

    /** Renders to a PNG (kept under target/ for eyeballing) and returns the drawn categories. */
    private static Set<String> render(JFreeChart chart, String file, int width, int height) throws Exception {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = chart.createBufferedImage(width, height, info);
        assertNotNull(image);
        Files.createDirectories(OUT);
        ImageIO.write(image, "png", OUT.resolve(file).toFile());
        Set<String> drawn = new HashSet<>();
        for (Object o : info.getEntityCollection().getEntities()) {
            if (o instanceof CategoryItemEntity item) {
                drawn.add(String.valueOf(item.getColumnKey()));
            } else {
                assertTrue(o instanceof ChartEntity);
            }
        }
        return drawn;
    }
}
