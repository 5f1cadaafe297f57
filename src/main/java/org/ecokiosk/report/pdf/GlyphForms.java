package org.ecokiosk.report.pdf;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each glyph a document's charts draw, as one form XObject holding its outline, drawn wherever
 * the glyph recurs with a transformation matrix: a bulletin's charts repeat the same digits and
 * labels hundreds of times, and writing, compressing and checking every copy of every outline
 * was a large part of a chart's cost (and of the file's size).
 *
 * <p>A form sets no colour, so it fills with the colour of the graphics state it is drawn in.
 * Its space is the glyph's at the font's size with y pointing up (the outline's y negated).
 * One instance per PDF document; the forms are created in drawing order, so a rebuild writes
 * the same objects.
 *
 * <p>The outline's content stream (its path operators) is the same in every document, so it is
 * written once per JVM and copied into each document's form: turning an AWT outline into PDF
 * path operators was a third of a chart's drawing time.
 */
final class GlyphForms {
    private record Key(String font, int style, float size, int glyph, FontRenderContext frc) {
    }

    /** A glyph's form contents as any document writes them: its box and its path operators. */
    private record Outline(Rectangle box, byte[] content) {
    }

    /** Beyond this many glyphs (fonts × sizes × glyphs; a bulletin uses a few hundred) outlines are not remembered: a few MB at most. */
    private static final int MAX_REMEMBERED_OUTLINES = 4_096;
    private static final Map<Key, Optional<Outline>> OUTLINES = new ConcurrentHashMap<>();

    private final PdfDocument pdf;
    private final FontRenderContext frc;
    private final Map<Key, Optional<PdfFormXObject>> forms = new HashMap<>();

    GlyphForms(PdfDocument pdf, FontRenderContext frc) {
        this.pdf = pdf;
        this.frc = frc;
    }

    /** The glyph's form; empty for a glyph without ink (a space). */
    Optional<PdfFormXObject> form(Font font, int glyphCode) {
        return forms.computeIfAbsent(new Key(font.getFontName(), font.getStyle(), font.getSize2D(), glyphCode, frc),
                k -> create(k, font));
    }

    int size() {
        return forms.size();
    }

    private Optional<PdfFormXObject> create(Key key, Font font) {
        Optional<Outline> known = OUTLINES.get(key);
        if (known != null) {
            return known.map(this::copy);
        }
        Shape outline = font.createGlyphVector(frc, new int[] {key.glyph()}).getGlyphOutline(0);
        Rectangle2D bounds = outline.getBounds2D();
        if (bounds.isEmpty()) {
            remember(key, Optional.empty());
            return Optional.empty();
        }
        Rectangle box = new Rectangle((float) bounds.getMinX() - 1, (float) -bounds.getMaxY() - 1,
                (float) bounds.getWidth() + 2, (float) bounds.getHeight() + 2);
        PdfFormXObject form = draw(outline, box);
        remember(key, Optional.of(new Outline(box, form.getPdfObject().getBytes(false))));
        return Optional.of(form);
    }

    private static void remember(Key key, Optional<Outline> outline) {
        if (OUTLINES.size() < MAX_REMEMBERED_OUTLINES) {
            OUTLINES.putIfAbsent(key, outline);
        }
    }

    /** A form in this document with an outline another document drew: the same dictionary and stream. */
    private PdfFormXObject copy(Outline outline) {
        PdfFormXObject form = new PdfFormXObject(outline.box().clone());
        // what drawing through a PdfCanvas leaves in the form: its (empty) resources
        form.getResources();
        form.getPdfObject().setData(outline.content());
        return form;
    }

    private PdfFormXObject draw(Shape outline, Rectangle box) {
        PdfFormXObject form = new PdfFormXObject(box.clone());
        PdfCanvas canvas = new PdfCanvas(form, pdf);
        double[] c = new double[6];
        double lastX = 0;
        double lastY = 0;
        PathIterator it = outline.getPathIterator(null);
        int winding = it.getWindingRule();
        for (; !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    canvas.moveTo(c[0], -c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    canvas.lineTo(c[0], -c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    // the cubic with control points 2/3 of the way to the quadratic's one
                    canvas.curveTo(lastX + 2.0 / 3 * (c[0] - lastX), -(lastY + 2.0 / 3 * (c[1] - lastY)),
                            c[2] + 2.0 / 3 * (c[0] - c[2]), -(c[3] + 2.0 / 3 * (c[1] - c[3])), c[2], -c[3]);
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    canvas.curveTo(c[0], -c[1], c[2], -c[3], c[4], -c[5]);
                    lastX = c[4];
                    lastY = c[5];
                }
                case PathIterator.SEG_CLOSE -> canvas.closePath();
                default -> throw new IllegalStateException("unknown path segment");
            }
        }
        if (winding == PathIterator.WIND_EVEN_ODD) {
            canvas.eoFill();
        } else {
            canvas.fill();
        }
        canvas.release();
        return form;
    }
}
