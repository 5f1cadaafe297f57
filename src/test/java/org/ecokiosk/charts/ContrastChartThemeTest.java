package org.ecokiosk.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;

/** The high-contrast theme really reaches what is drawn: ground, data, text and the sample words. */
class ContrastChartThemeTest {
    private static final ReferenceLine TARGET = new ReferenceLine("≤ 34", 34);

    private static JFreeChart trend(EcoChartFactory factory) {
        return factory.yearlyTrend(ChartSamples.pm25Text(), "PM2.5", ChartSamples.pm25Years(), TARGET, Optional.empty());
    }

    @Test
    void contrastPaletteDiffersFromTheNormalOneInGroundDataAndText() {
        ChartTheme normal = ChartTheme.forScreen();
        ChartTheme contrast = ChartTheme.highContrast().withBaseSize(normal.baseSize());
        JFreeChart plain = trend(new EcoChartFactory(normal));
        JFreeChart strong = trend(new EcoChartFactory(contrast));
        CategoryPlot p = (CategoryPlot) plain.getPlot();
        CategoryPlot s = (CategoryPlot) strong.getPlot();
        assertNotEquals(plain.getBackgroundPaint(), strong.getBackgroundPaint());
        assertEquals(Color.BLACK, strong.getBackgroundPaint());
        assertEquals(Color.BLACK, s.getBackgroundPaint());
        assertNotEquals(p.getRenderer().getSeriesPaint(0), s.getRenderer().getSeriesPaint(0));
        assertEquals(contrast.series(), s.getRenderer().getSeriesPaint(0));
        assertEquals(Color.WHITE, s.getRangeAxis().getTickLabelPaint());
        assertEquals(Color.WHITE, s.getDomainAxis().getTickLabelPaint());
        // the same text sizes: 大字 and contrast are independent switches
        assertEquals(p.getRangeAxis().getTickLabelFont().getSize2D(), s.getRangeAxis().getTickLabelFont().getSize2D());
    }

    @Test
    void theDrawnChartIsDarkInHighContrastAndLightOtherwise() {
        BufferedImage light = trend(new EcoChartFactory(ChartTheme.forScreen())).createBufferedImage(800, 400);
        BufferedImage dark = trend(new EcoChartFactory(ChartTheme.highContrast())).createBufferedImage(800, 400);
        assertTrue(meanLuminance(light) > 0.8, "normal charts are drawn on white");
        assertTrue(meanLuminance(dark) < 0.2, "high-contrast charts are drawn on black");
    }

    @Test
    void sampleDataIsMarkedInTheFactorysWords() {
        JFreeChart chart = trend(new EcoChartFactory(ChartTheme.forScreen(), "Sample data"));
        List<String> subtitles = chart.getSubtitles().stream().filter(TextTitle.class::isInstance)
                .map(t -> ((TextTitle) t).getText()).toList();
        assertTrue(subtitles.contains("Sample data"));
        assertFalse(subtitles.contains(ChartText.SAMPLE_NOTICE), "a screen in English shows no Chinese beside it");
        assertThrows(IllegalArgumentException.class, () -> new EcoChartFactory(ChartTheme.forScreen(), " "));
    }

    @Test
    void aLegendOfOneColouredSeriesIsLeftOff() {
        ChartText text = new ChartText("", "", "AQI", Optional.empty(), false);
        JFreeChart one = new EcoChartFactory(ChartTheme.forScreen()).colouredBars(text, ChartSamples.dailyAqi(),
                Optional.empty(), ChartSamples.aqiLegend().subList(0, 1));
        assertNull(one.getLegend(), "one entry says nothing the title does not");
        JFreeChart three = new EcoChartFactory(ChartTheme.forScreen()).colouredBars(text, ChartSamples.dailyAqi(),
                Optional.empty(), ChartSamples.aqiLegend());
        assertTrue(three.getLegend() != null);
    }

    @Test
    void aComparisonSignStaysWithItsNumberWhenALabelWraps() {
        java.awt.Font font = ChartFonts.regular(18f);
        double narrow = ReferenceLabelLayout.width("2025 target", font) + 2;
        List<String> lines = ReferenceLabelLayout.wrap("2025 target ≤ 53", font, narrow);
        assertEquals(List.of("2025 target", "≤ 53"), lines);
    }

    private static double meanLuminance(BufferedImage image) {
        double sum = 0;
        int n = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                int rgb = image.getRGB(x, y);
                sum += (0.2126 * ((rgb >> 16) & 0xff) + 0.7152 * ((rgb >> 8) & 0xff) + 0.0722 * (rgb & 0xff)) / 255.0;
                n++;
            }
        }
        return sum / n;
    }
}
