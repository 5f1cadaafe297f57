package org.ecokiosk.report.pdf;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.svg.converter.SvgConverter;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * Draws a JFreeChart as vector graphics into a PDF form XObject, via SVG.
 *
 * <p>Text is drawn as glyph outlines: iText's SVG importer would otherwise need its own
 * font set and the chart's Chinese labels would be lost. The outlines are not extractable
 * text, which is why every chart carries alternative text (and reports print the data as a
 * table too).
 */
final class VectorChart {

    private VectorChart() {
    }

    /**
     * @param widthPt width of the drawing; chart units are points so that theme font sizes
     *     come out in points on paper
     * @param keyPrefix unique per document: JFreeSVG otherwise names clip paths with
     *     {@code System.nanoTime()}, one more source of non-reproducible output
     */
    static PdfFormXObject toFormXObject(JFreeChart chart, float widthPt, float heightPt,
            PdfDocument pdf, String keyPrefix) {
        SVGGraphics2D svg = new SVGGraphics2D(widthPt, heightPt);
        svg.setDefsKeyPrefix(keyPrefix);
        svg.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        chart.draw(svg, new Rectangle2D.Double(0, 0, widthPt, heightPt));
        return SvgConverter.convertToXObject(svg.getSVGDocument(), pdf);
    }
}
