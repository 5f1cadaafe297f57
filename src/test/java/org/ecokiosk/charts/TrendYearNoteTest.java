package org.ecokiosk.charts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/**
 * The note in a trend's empty year, as the bulletin draws its 2015–2026 trends (print theme, the
 * page's 471 × 200 pt): the bulletin's two-part notes ("未满 / 全年", "无 / 年值") are set as two
 * short lines; a four-character note ("无年度值") does not fit the year's column and is stacked
 * one character a line, which is what the bulletin used to print.
 */
class TrendYearNoteTest {

    private static Rectangle2D note(String label) {
        List<ChartValue> years = new ArrayList<>();
        for (int y = 2015; y <= 2025; y++) {
            years.add(ChartValue.of(String.valueOf(y), 50 - y + 2015));
        }
        years.add(ChartValue.missing("2026"));
        JFreeChart chart = new EcoChartFactory(ChartTheme.forPrint()).yearlyTrend(
                new ChartText("", "年份", "PM2.5 年均浓度 μg/m³", Optional.of(label), true), "PM2.5 年均浓度", years,
                new ReferenceLine("规划目标 ≤ 34", 34), Optional.of(new ReferenceLine("二级标准 35", 35)));
        chart.createBufferedImage(471, 200, new ChartRenderingInfo());
        return ((EcoCategoryPlot) chart.getPlot()).lastMissingLabelBounds().get(0);
    }

    @Test
    void theBulletinsNotesAreTwoLinesNotACharacterALine() {
        for (String label : List.of("未满 / 全年", "无 / 年值")) {
            Rectangle2D lines = note(label);
            Rectangle2D stacked = note("无年度值");
            assertTrue(lines.getHeight() < 0.7 * stacked.getHeight(), label + " " + lines + " against " + stacked);
            assertTrue(lines.getWidth() > stacked.getWidth(), label + ": set across, not stacked");
        }
    }
}
