package org.ecokiosk.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

/**
 * The note in a trend's empty year, as the bulletin draws its 2015–2026 trends (print theme, the
 * page's 471 × 200 pt) and as the kiosk draws them (screen theme): the bulletin's two-part notes
 * ("未满 / 全年", "无 / 年值") are set as two short lines; a note that fits neither way
 * ("无年度值", the kiosk's "no data" in a narrow column) is set on one line reading upwards, never
 * one character a line, which is what the bulletin used to print.
 */
class TrendYearNoteTest {

    /** The note's bounds and the texts drawn for it (each a separate drawString). */
    private record Drawn(Rectangle2D bounds, List<String> texts, boolean turned) {
    }

    private static Drawn note(ChartTheme theme, String label, int width, int height) {
        List<ChartValue> years = new ArrayList<>();
        for (int y = 2015; y <= 2025; y++) {
            years.add(ChartValue.of(String.valueOf(y), 50 - y + 2015));
        }
        years.add(ChartValue.missing("2026"));
        JFreeChart chart = new EcoChartFactory(theme).yearlyTrend(
                new ChartText("", "年份", "PM2.5 年均浓度 μg/m³", Optional.of(label), true), "PM2.5 年均浓度", years,
                new ReferenceLine("规划目标 ≤ 34", 34), Optional.of(new ReferenceLine("二级标准 35", 35)));
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        String svg = g2.getSVGElement();
        // the note is drawn in the missing-notice colour, and nothing else is
        String colour = String.format("rgb(%d,%d,%d)", theme.missingNotice().getRed(), theme.missingNotice().getGreen(),
                theme.missingNotice().getBlue());
        List<String> texts = new ArrayList<>();
        boolean turned = false;
        // a turned text is drawn in a group whose matrix turns a quarter to the left: (0, -1, 1, 0, ...)
        Matcher m = Pattern.compile("(<g transform='matrix\\(([^)]*)\\)'>)?<text([^>]*)>([^<]*)</text>").matcher(svg);
        while (m.find()) {
            if (m.group(3).contains(colour)) {
                texts.add(m.group(4));
                turned |= m.group(2) != null && m.group(2).replace("-0.0", "0.0").startsWith("0.0,-1.0,1.0,0.0");
            }
        }
        return new Drawn(((EcoCategoryPlot) chart.getPlot()).lastMissingLabelBounds().get(0), texts, turned);
    }

    @Test
    void theBulletinsNotesAreTwoLinesNotACharacterALine() {
        for (String label : List.of("未满 / 全年", "无 / 年值")) {
            Drawn lines = note(ChartTheme.forPrint(), label, 471, 200);
            assertEquals(List.of(label.split(" / ")), lines.texts(), label + ": two lines");
        }
    }

    @Test
    void aNoteThatFitsNeitherWayReadsUpwardsOnOneLine() {
        Drawn turned = note(ChartTheme.forPrint(), "无年度值", 471, 200);
        assertEquals(List.of("无年度值"), turned.texts(), "one line, not a character a line");
        assertTrue(turned.turned(), "turned to read upwards");
        assertTrue(turned.bounds().getHeight() > 2 * turned.bounds().getWidth(), turned.bounds().toString());
        // the kiosk's words, in a column too narrow for them (a portrait screen's trend, large text)
        Drawn english = note(ChartTheme.forScreen().withBaseSize(24f), "no data", 520, 320);
        assertEquals(List.of("no data"), english.texts(), "Latin letters are never stacked");
        assertTrue(english.turned());
    }
}
