package org.ecokiosk.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.io.font.otf.GlyphLine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * A word of the reports' vocabulary ({@link ReportTerms}) is not broken inside, in a narrow
 * table cell as the sources appendix's 评价依据 column: the cell's text is shifted one filler
 * character at a time so that every position of every term comes to the end of a line once.
 * The punctuation rules still hold there, and a term wider than the cell is still broken,
 * every glyph inside the cell, none lost.
 */
class TermLineBreaksTest {
    private static final String NO_LINE_START = "，。、；：？！）》」』】〕〉”’％…";
    private static final String NO_LINE_END = "（《「『【〔〈“‘";
    /** Column weights: the middle column a fifth of the content width, nine ideographs, about the 评价依据 column. */
    private static final List<Float> NARROW = List.of(2f, 1f, 2f);
    /** The middle column a seventh of the content width, six ideographs. */
    private static final List<Float> NARROWER = List.of(3f, 1f, 3f);
    private static final int SHIFTS = 8;

    @Test
    void theBreakRuleRefusesEveryPositionInsideATermAndOnlyThere() {
        String text = "填首要污染物填优良天数比例填";
        GlyphLine glyphs = ArchivalFonts.regular().createGlyphLine(text);
        ChineseLineBreaks rules = new ChineseLineBreaks();
        List<Integer> refused = new ArrayList<>();
        for (int i = glyphs.getStart(); i < glyphs.getEnd() - 2; i++) {
            if (!rules.isSplitCharacter(glyphs, i)) {
                refused.add(i);
            }
        }
        // inside 首要污染物 (after 1..4) and inside 优良天数比例 (after 7..11), nowhere else
        assertEquals(List.of(1, 2, 3, 4, 7, 8, 9, 10, 11), refused);
        // a plan's column keeps its number: not "规划专栏 / 2指标"
        assertFalse(rules.isSplitCharacter(ArchivalFonts.regular().createGlyphLine("规划专栏2指标口径"), 3));
    }

    @Test
    void aTermInANarrowCellIsWholeOnOneLine() throws IOException {
        List<String> terms = List.of("首要污染物", "优良天数比例", "二级浓度限值", "饮用水水源地", "评价依据", "公开发布");
        String sentence = "按首要污染物和优良天数比例评价，以二级浓度限值为准，另见饮用水水源地的评价依据与公开发布";
        List<List<String>> cells = cellLines(shifted(sentence), NARROW);
        for (List<String> cell : cells) {
            assertTrue(cell.size() >= 4, "the narrow cell runs over several lines: " + cell);
            String lines = String.join(" / ", cell);
            for (String term : terms) {
                assertTrue(cell.stream().anyMatch(l -> l.contains(term)), term + " is broken: " + lines);
            }
        }
    }

    @Test
    void punctuationRulesStillHoldInANarrowCell() throws IOException {
        String sentence = "HJ 633-2012（首要污染物）；GB 3838-2002，单因子评价法（环办〔2011〕22号）；目标类别见“十四五”规划";
        List<String> broken = new ArrayList<>();
        for (List<String> cell : cellLines(shifted(sentence), NARROW)) {
            for (int i = 1; i < cell.size(); i++) {
                String before = cell.get(i - 1);
                String line = cell.get(i);
                if (NO_LINE_START.indexOf(line.charAt(0)) >= 0 || NO_LINE_END.indexOf(before.charAt(before.length() - 1)) >= 0) {
                    broken.add(before + " / " + line);
                }
            }
            String lines = String.join(" / ", cell);
            for (String term : List.of("首要污染物", "单因子", "目标类别", "十四五", "规划")) {
                assertTrue(cell.stream().anyMatch(l -> l.contains(term)), term + " is broken: " + lines);
            }
        }
        assertTrue(broken.isEmpty(), broken.size() + " breaks against the rules:\n" + String.join("\n", broken));
    }

    @Test
    void aTermWiderThanItsCellIsStillBrokenAndStaysInside() throws IOException {
        String term = "地表水环境质量标准";
        List<String> texts = shifted(term + term);
        List<List<String>> cells = cellLines(texts, NARROWER);
        for (int i = 0; i < cells.size(); i++) {
            List<String> cell = cells.get(i);
            assertEquals(texts.get(i), String.join("", cell), "every glyph laid out, in order: " + cell);
            assertTrue(cell.stream().allMatch(l -> l.length() < term.length()), "the term is wider than the cell: " + cell);
            assertTrue(cell.size() >= 3, "the text is broken into lines: " + cell);
        }
    }

    private static List<String> shifted(String sentence) {
        List<String> texts = new ArrayList<>();
        for (int shift = 0; shift < SHIFTS; shift++) {
            texts.add("填".repeat(shift) + sentence);
        }
        return texts;
    }

    /**
     * Lays each text out in the narrow middle column of a table of its own and returns the lines
     * of each cell, asserting that every glyph of the middle column lies inside it.
     */
    private static List<List<String>> cellLines(List<String> texts, List<Float> widths) throws IOException {
        PageGeometry geometry = PageGeometry.a4();
        float total = widths.stream().reduce(0f, Float::sum);
        float columnLeft = geometry.left() + geometry.contentWidth() * widths.get(0) / total;
        float columnRight = columnLeft + geometry.contentWidth() * widths.get(1) / total;
        List<List<String>> cells = new ArrayList<>();
        for (String text : texts) {
            byte[] pdf = ArchivalPdf.build(SampleReport.settings(), doc -> doc.table(
                    new DataTable("窄列", List.of("行", "窄列", "右列"), List.of(List.of("R1", text, "右")), true, widths)));
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertEquals(1, doc.getNumberOfPages(), "the table is on one page");
                List<TextPosition> glyphs = LaidOutLines.glyphs(doc, 1);
                // the header row's baseline: the topmost 右, that of 右列
                float header = glyphs.stream().filter(g -> g.getUnicode().equals("右"))
                        .map(TextPosition::getYDirAdj).min(Float::compare).orElseThrow();
                List<TextPosition> cell = new ArrayList<>();
                for (TextPosition g : glyphs) {
                    String u = g.getUnicode();
                    float x = g.getXDirAdj();
                    boolean other = u.isBlank() || u.equals("右") || x < columnLeft && (u.equals("R") || u.equals("1"));
                    if (g.getYDirAdj() > header + 3f && !other) {
                        assertTrue(x >= columnLeft && x + g.getWidthDirAdj() <= columnRight + 0.01f,
                                "glyph " + u + " at " + x + "–" + (x + g.getWidthDirAdj()) + " outside its column "
                                        + columnLeft + "–" + columnRight + " in " + text);
                        cell.add(g);
                    }
                }
                cells.add(lines(cell).stream().filter(l -> !l.contains("页/共")).toList());
            }
        }
        return cells;
    }

    /** A cell's glyphs grouped by baseline ({@link LaidOutLines#byBaseline}), each line left to right. */
    private static List<String> lines(List<TextPosition> cell) {
        List<String> lines = new ArrayList<>();
        for (List<TextPosition> line : LaidOutLines.byBaseline(cell)) {
            StringBuilder text = new StringBuilder();
            line.forEach(g -> text.append(g.getUnicode()));
            lines.add(text.toString());
        }
        return lines;
    }
}
