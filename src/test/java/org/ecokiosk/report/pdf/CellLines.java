package org.ecokiosk.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;

/**
 * A page's text as the lines of its table cells: glyphs grouped by baseline
 * ({@link LaidOutLines#byBaseline}), each baseline cut
 * into runs where the gap between two glyphs is wider than a cell's padding and rule. A word
 * broken inside a cell shows as a run ending with its first part above a run that starts, at
 * the same left edge, with the rest.
 */
public final class CellLines {
    /** Wider than any gap inside a line of text (a space at 8 pt is about 2 pt), narrower than two cells' padding. */
    private static final float CELL_GAP = 4.5f;

    /** One cell line: its baseline and left edge from the page's top left, in points, and its text. */
    public record Run(float y, float x, String text) {
    }

    private CellLines() {
    }

    /** The cell lines of page {@code n} (1-based), top to bottom, each baseline left to right. */
    public static List<Run> of(byte[] pdf, int n) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Run> runs = new ArrayList<>();
            for (List<TextPosition> line : LaidOutLines.byBaseline(LaidOutLines.glyphs(doc, n))) {
                runs.addAll(runsOf(line, line.get(0).getYDirAdj()));
            }
            return runs;
        }
    }

    public static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    /** The runs of one baseline's glyphs, left to right. */
    private static List<Run> runsOf(List<TextPosition> line, float y) {
        List<Run> runs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        float x = line.get(0).getXDirAdj();
        float rightEdge = x;
        for (TextPosition g : line) {
            if (g.getXDirAdj() - rightEdge > CELL_GAP && text.length() > 0) {
                runs.add(new Run(y, x, text.toString().strip()));
                text.setLength(0);
                x = g.getXDirAdj();
            }
            text.append(g.getUnicode());
            rightEdge = Math.max(rightEdge, g.getXDirAdj() + g.getWidthDirAdj());
        }
        runs.add(new Run(y, x, text.toString().strip()));
        return runs;
    }
}
