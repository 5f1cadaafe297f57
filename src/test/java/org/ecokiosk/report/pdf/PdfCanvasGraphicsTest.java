package org.ecokiosk.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the Graphics2D adapter writes into a form's content stream, read back as PDF operators. */
class PdfCanvasGraphicsTest {
    private static final float HEIGHT = 100;

    private PdfDocument pdf;
    private GlyphForms glyphs;

    @BeforeEach
    void open() {
        pdf = new PdfDocument(new PdfWriter(new ByteArrayOutputStream()));
        pdf.addNewPage();
        glyphs = PdfCanvasGraphics.glyphForms(pdf);
    }

    @AfterEach
    void close() {
        pdf.close();
    }

    /** Draws into a fresh 200×100 pt form and returns the form (its stream holds the operators). */
    private PdfFormXObject draw(Consumer<PdfCanvasGraphics> painting) {
        PdfFormXObject form = new PdfFormXObject(new Rectangle(200, HEIGHT));
        PdfCanvasGraphics g = new PdfCanvasGraphics(new PdfCanvas(form, pdf), HEIGHT, glyphs);
        painting.accept(g);
        g.dispose();
        return form;
    }

    private static String content(PdfFormXObject form) {
        return new String(form.getPdfObject().getBytes(), StandardCharsets.ISO_8859_1);
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void aFilledRectangleIsFlippedIntoPdfSpaceInItsColour() {
        String ops = content(draw(g -> {
            g.setPaint(new Color(0, 0, 255));
            g.fill(new Rectangle2D.Double(10, 10, 20, 5));
        }));
        assertTrue(ops.contains("0 0 1 rg"), ops);
        // Java's (10,10)-(30,15), y down in a 100 pt high drawing → PDF y 90 and 85
        assertTrue(ops.contains("10 90 m"), ops);
        assertTrue(ops.contains("30 85 l"), ops);
        assertEquals(1, count(ops, "^f$"), ops);
        assertEquals(count(ops, "^q$"), count(ops, "^Q$"), "every primitive in its own q … Q");
    }

    @Test
    void anEvenOddShapeIsFilledEvenOdd() {
        Path2D ring = new GeneralPath(Path2D.WIND_EVEN_ODD);
        ring.append(new Rectangle2D.Double(0, 0, 50, 50), false);
        ring.append(new Rectangle2D.Double(10, 10, 30, 30), false);
        String ops = content(draw(g -> g.fill(ring)));
        assertEquals(1, count(ops, "^f\\*$"), ops);
    }

    @Test
    void fullyTransparentPaintDrawsNothing() {
        String ops = content(draw(g -> {
            g.setPaint(new Color(255, 0, 0, 0));
            g.fill(new Rectangle2D.Double(0, 0, 50, 50));
            g.draw(new Rectangle2D.Double(0, 0, 50, 50));
            g.drawString("12", 5f, 20f);
        }));
        assertFalse(ops.contains(" re") || ops.contains(" m\n") || ops.contains("Do"), ops);
    }

    @Test
    void translucencyUsesOneSharedGraphicsStatePerAlpha() {
        PdfFormXObject form = draw(g -> {
            g.setPaint(new Color(255, 0, 0, 128));
            g.fill(new Rectangle2D.Double(0, 0, 10, 10));
            g.fill(new Rectangle2D.Double(20, 0, 10, 10));
        });
        String ops = content(form);
        assertEquals(2, count(ops, "/Gs\\d+ gs"), ops);
        PdfDictionary states = form.getResources().getResource(PdfName.ExtGState);
        assertEquals(1, states.size(), "the same alpha shares one ExtGState");
        PdfDictionary state = states.getAsDictionary(states.keySet().iterator().next());
        assertEquals(128 / 255f, state.getAsNumber(PdfName.ca).floatValue(), 0.002);
    }

    @Test
    void aDashedStrokeIsStrokedNativelyAndScaledByTheTransform() {
        String ops = content(draw(g -> {
            g.scale(2, 2);
            g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_BEVEL, 10f,
                    new float[] {4f, 2f}, 0f));
            g.draw(new java.awt.geom.Line2D.Double(0, 10, 50, 10));
        }));
        assertTrue(ops.contains("3 w"), "line width × scale: " + ops);
        assertTrue(ops.contains("[8 4] 0 d"), "dash × scale: " + ops);
        assertTrue(ops.contains("1 J") && ops.contains("2 j"), "round cap, bevel join: " + ops);
        // y 10 scaled to 20, flipped in a 100 pt drawing → 80
        assertTrue(ops.contains("0 80 m") && ops.contains("100 80 l"), ops);
        assertEquals(1, count(ops, "^S$"), ops);
    }

    @Test
    void repeatedGlyphsAreDrawnFromOneFormEach() {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
        String ops = content(draw(g -> {
            g.setFont(font);
            g.setPaint(Color.DARK_GRAY);
            g.drawString("1010", 5f, 20f);
            g.drawString("01", 5f, 40f);
        }));
        assertEquals(2, glyphs.size(), "one form for '1' and one for '0'");
        assertEquals(6, count(ops, "/Fm\\d+ Do"), ops);
        assertTrue(ops.contains("0.25098 0.25098 0.25098 rg") || ops.contains("0.25 0.25 0.25 rg"), ops);
    }

    @Test
    void aGlyphOutlineDrawnForOneDocumentIsCopiedUnchangedIntoTheNext() {
        // a size no other test or chart uses: the first document draws the outline, the second copies it
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 13).deriveFont(13.37f);
        int glyph = font.createGlyphVector(new java.awt.font.FontRenderContext(null, true, true), "8").getGlyphCode(0);
        PdfFormXObject drawn = glyphs.form(font, glyph).orElseThrow();
        try (PdfDocument other = new PdfDocument(new PdfWriter(new ByteArrayOutputStream()))) {
            other.addNewPage();
            PdfFormXObject copied = PdfCanvasGraphics.glyphForms(other).form(font, glyph).orElseThrow();
            assertTrue(copied != drawn, "each document has its own form");
            String ops = new String(drawn.getPdfObject().getBytes(false), StandardCharsets.ISO_8859_1);
            assertTrue(ops.contains(" c\n") || ops.contains(" l\n"), "the outline's path: " + ops);
            assertEquals(ops, new String(copied.getPdfObject().getBytes(false), StandardCharsets.ISO_8859_1));
            assertEquals(drawn.getBBox().toString(), copied.getBBox().toString());
            assertEquals(drawn.getPdfObject().keySet(), copied.getPdfObject().keySet());
            assertEquals(drawn.getResources().getPdfObject().toString(), copied.getResources().getPdfObject().toString());
        }
    }

    @Test
    void aGlyphIsPlacedAtItsPositionWithThePageFlip() {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
        String ops = content(draw(g -> {
            g.setFont(font);
            g.translate(30, 0);
            g.drawString("1", 5f, 20f);
        }));
        // translate 30 + x 5 → 35; baseline y 20 → 80 in PDF space; no rotation: 1 0 0 1
        assertTrue(ops.contains("1 0 0 1 35 80 cm"), ops);
    }

    @Test
    void rotatedTextKeepsTheRotationInItsMatrix() {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
        String ops = content(draw(g -> {
            g.setFont(font);
            g.rotate(-Math.PI / 2);
            g.drawString("1", -50f, 20f);
        }));
        // a quarter turn anticlockwise on the page: glyph x runs up (0 1), glyph y runs left (-1 0)
        assertTrue(Pattern.compile("(-0|0) 1 -1 (-0|0) [\\d.]+ [\\d.]+ cm").matcher(ops).find(), ops);
    }

    @Test
    void spacesNeedNoForm() {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
        String ops = content(draw(g -> {
            g.setFont(font);
            g.drawString("   ", 5f, 20f);
        }));
        assertEquals(0, count(ops, "Do"), ops);
    }
}
