package org.ecokiosk.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/**
 * A table's rules are stroked in runs ({@link TableRules}): the colour and width set once for a
 * run, each segment still stroked on its own, every stroke of a page in the rules' grey at
 * 0.5 pt as iText's per-segment {@code q RG w m l S Q} drew it.
 */
class TableRulesTest {

    private static final float GREY = 0x9A / 255f;

    @Test
    void rulesAreStrokedInRunsWithTheirColourAndWidth() throws IOException {
        byte[] pdf = ArchivalPdf.build(SampleReport.settings(), CellTextTest::write);
        int strokes = 0;
        int colourSettings = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                // the state each stroke is drawn in: stroke grey and line width through q/Q
                Deque<float[]> saved = new ArrayDeque<>();
                float[] state = {0f, 1f};
                List<Object> operands = new ArrayList<>();
                PDFStreamParser parser = new PDFStreamParser(page);
                for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                    if (!(token instanceof Operator op)) {
                        operands.add(token);
                        continue;
                    }
                    switch (op.getName()) {
                        case "q" -> saved.push(state.clone());
                        case "Q" -> state = saved.pop();
                        case "RG" -> {
                            state[0] = ((COSNumber) operands.get(0)).floatValue();
                            colourSettings++;
                        }
                        case "w" -> state[1] = ((COSNumber) operands.get(0)).floatValue();
                        case "S" -> {
                            strokes++;
                            assertEquals(GREY, state[0], 1e-4f, "a rule's grey on page " + doc.getPages().indexOf(page));
                            assertEquals(0.5f, state[1], 1e-6f, "a rule's width");
                        }
                        default -> {
                        }
                    }
                    operands.clear();
                }
            }
        }
        assertTrue(strokes > 100, "the sample's four tables have their rules: " + strokes);
        // per segment (iText's way) there would be one RG for every stroke
        assertTrue(colourSettings * 5 < strokes, colourSettings + " colour settings for " + strokes + " strokes");
    }
}
