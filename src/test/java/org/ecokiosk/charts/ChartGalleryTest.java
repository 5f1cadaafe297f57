package org.ecokiosk.charts;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/**
 * Renders every chart kind at the sizes it is shown at — the kiosk card (about 860 × 360 px at
 * base size 18) and the A4 figure (450 × 261 pt, rendered at 2× so it can be inspected) — to
 * {@code target/test-output/charts/gallery} for a human to look at. Asserts only that drawing
 * succeeds; the layout rules themselves are checked in {@link ChartLayoutTest}.
 */
class ChartGalleryTest {

    private static final Path OUT = Path.of("target", "test-output", "charts", "gallery");

    static List<ChartValue> goodDays() {
        double[] values = {281, 290, 296, 299, 305, 311, 309, Double.NaN, 312, 314, 308};
        List<ChartValue> years = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            String year = String.valueOf(2015 + i);
            years.add(Double.isNaN(values[i]) ? ChartValue.missing(year) : ChartValue.of(year, values[i]));
        }
        return years;
    }

    @Test
    void renderGallery() throws Exception {
        Files.createDirectories(OUT);
        for (String themeName : List.of("screen", "print", "contrast")) {
            ChartTheme theme = switch (themeName) {
                case "screen" -> ChartTheme.forScreen();
                case "print" -> ChartTheme.forPrint();
                default -> ChartTheme.highContrast();
            };
            EcoChartFactory f = new EcoChartFactory(theme);
            ChartText goodText = new ChartText("优良天数 / good days", "年份 / year", "天 / days",
                    Optional.of("缺测 / n/a"), true);
            save(f.yearlyTrend(goodText, "优良天数", goodDays(), new ReferenceLine("规划目标 ≥ 300", 300),
                    Optional.empty()), themeName, "trend-good-days");
            save(f.yearlyTrend(ChartSamples.pm25Text(), "PM2.5", ChartSamples.pm25Years(),
                    new ReferenceLine("规划目标 ≤ 34 / target", 34),
                    Optional.of(new ReferenceLine("GB 3095 二级 35", 35))), themeName, "trend-pm25");
            save(f.monthlyBars(ChartSamples.pm25Text(), "PM2.5", ChartSamples.monthlyPm25(),
                    Optional.of(new ReferenceLine("日均限值 75", 75))), themeName, "monthly");
            save(f.colouredBars(new ChartText("2025年1月 每日 AQI", "日 / day", "AQI", Optional.of("缺测"), false),
                    ChartSamples.dailyAqi(), Optional.of(new ReferenceLine("良 100", 100)), ChartSamples.aqiLegend()),
                    themeName, "daily-aqi");
            List<ColouredValue> noise = List.of(
                    new ColouredValue(ChartValue.of("1类 昼", 52.4), ChartSamples.AQI_GOOD),
                    new ColouredValue(ChartValue.missing("1类 夜"), java.awt.Color.GRAY),
                    new ColouredValue(ChartValue.of("2类 昼", 56.1), ChartSamples.AQI_MODERATE),
                    new ColouredValue(ChartValue.of("2类 夜", 47.9), ChartSamples.AQI_LIGHT));
            save(f.colouredBars(new ChartText("", "功能区与时段", "dB(A)", Optional.of("缺测"), false),
                    noise, Optional.of(new ReferenceLine("限值 55", 55)), List.of()), themeName, "noise-bars");
            save(f.horizontalBars(new ChartText("断面水质类别", "", "类别 / class", Optional.of("未监测 / n/a"), true),
                    ChartSamples.waterSections(), Optional.of(new ReferenceLine("目标 III", 3)), List.of()),
                    themeName, "sections");
        }
    }

    private static void save(JFreeChart chart, String theme, String name) throws Exception {
        BufferedImage image = theme.equals("print")
                ? chart.createBufferedImage(900, 522, 450, 261, null)
                : chart.createBufferedImage(860, 360);
        assertNotNull(image);
        // something was drawn: a blank or single-colour image means the chart failed silently
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight() && colours.size() < 4; y += 7) {
            for (int x = 0; x < image.getWidth() && colours.size() < 4; x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(colours.size() >= 4, theme + "-" + name + " looks blank");
        java.nio.file.Path file = OUT.resolve(theme + "-" + name + ".png");
        ImageIO.write(image, "png", file.toFile());
        org.junit.jupiter.api.Assertions.assertTrue(java.nio.file.Files.size(file) > 1000, file + " is empty");
    }
}
