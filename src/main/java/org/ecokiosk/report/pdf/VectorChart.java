package org.ecokiosk.report.pdf;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;

/**
 * Draws a JFreeChart as vector graphics into a PDF form XObject.
 *
 * <p>Text is drawn as glyph outlines (see {@link PdfCanvasGraphics}, each glyph once per document
 * in {@link GlyphForms}): the outlines are not
 * extractable text, which is why every chart carries alternative text (and reports print the
 * data as a table too).
 */
final class VectorChart {

    private VectorChart() {
    }

    /**
     * @param widthPt width of the drawing; chart units are points so that theme font sizes
     *     come out in points on paper
     */
    static PdfFormXObject toFormXObject(JFreeChart chart, float widthPt, float heightPt, PdfDocument pdf,
                                        GlyphForms glyphs) {
        PdfFormXObject form = new PdfFormXObject(new Rectangle(widthPt, heightPt));
        PdfCanvas canvas = new PdfCanvas(form, pdf);
        PdfCanvasGraphics g = new PdfCanvasGraphics(canvas, heightPt, glyphs);
        chart.draw(g, new Rectangle2D.Double(0, 0, widthPt, heightPt));
        g.dispose();
        return form;
    }
}
