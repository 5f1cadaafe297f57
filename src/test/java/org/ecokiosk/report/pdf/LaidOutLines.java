package org.ecokiosk.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text lines of a PDF as they are laid out, page by page: glyphs grouped by baseline (a
 * subscript sits 2 pt low, lines are 12 pt or more apart), each line read left to right. The
 * running banner and the page footer are left out.
 */
public final class LaidOutLines {

    /** One line: its baseline from the top of the page, in points, and its text. */
    public record Line(float y, String text) {
    }

    private LaidOutLines() {
    }

    public static List<List<Line>> byPage(byte[] pdf) throws IOException {
        List<List<Line>> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int n = 1; n <= doc.getNumberOfPages(); n++) {
                pages.add(page(doc, n));
            }
        }
        return pages;
    }

    public static List<String> all(byte[] pdf) throws IOException {
        return byPage(pdf).stream().flatMap(List::stream).map(Line::text).toList();
    }

    /** The height of a page's body, between the margins, in points. */
    public static float bodyHeight() {
        PageGeometry geometry = PageGeometry.a4();
        return geometry.pageSize().getHeight() - geometry.top() - geometry.bottom();
    }

    /** Points left empty between a page's last body line and the bottom of its body. */
    public static float emptyBelow(List<Line> page) {
        PageGeometry geometry = PageGeometry.a4();
        float last = page.stream().map(Line::y).max(Float::compare).orElse(geometry.top());
        return geometry.pageSize().getHeight() - geometry.bottom() - last;
    }

    /** Page {@code n}'s glyphs in the order they are drawn (a subscript follows its letters). */
    public static List<TextPosition> glyphs(PDDocument doc, int n) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
            }
        };
        stripper.setStartPage(n);
        stripper.setEndPage(n);
        stripper.getText(doc);
        return glyphs;
    }

    /**
     * {@code glyphs} grouped by baseline (a subscript sits 2 pt low, lines are 12 pt or more apart),
     * top to bottom, each line's glyphs left to right.
     */
    public static List<List<TextPosition>> byBaseline(List<TextPosition> glyphs) {
        List<TextPosition> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparing(TextPosition::getYDirAdj));
        List<List<TextPosition>> grouped = new ArrayList<>();
        float lineY = Float.NEGATIVE_INFINITY;
        for (TextPosition g : sorted) {
            if (g.getYDirAdj() - lineY > 5f) {
                grouped.add(new ArrayList<>());
                lineY = g.getYDirAdj();
            }
            grouped.get(grouped.size() - 1).add(g);
        }
        grouped.forEach(line -> line.sort(Comparator.comparing(TextPosition::getXDirAdj)));
        return grouped;
    }

    private static List<Line> page(PDDocument doc, int n) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (List<TextPosition> line : byBaseline(glyphs(doc, n))) {
            StringBuilder text = new StringBuilder();
            line.forEach(g -> text.append(g.getUnicode()));
            String stripped = text.toString().strip();
            boolean decoration = stripped.contains("页 /") || stripped.contains("示例数据 — 非正式发布");
            if (!stripped.isEmpty() && !decoration) {
                lines.add(new Line(line.get(0).getYDirAdj(), stripped));
            }
        }
        return lines;
    }
}
