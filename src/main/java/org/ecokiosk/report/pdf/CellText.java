package org.ecokiosk.report.pdf;

import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.renderer.IRenderer;

/**
 * The text of one table cell: a paragraph whose renderer sets a single line of plain text
 * itself ({@link CellTextRenderer}) and leaves anything else (a wrapped line, subscripts) to
 * iText's paragraph layout.
 */
final class CellText extends Paragraph {
    private final CellLineMetrics metrics;

    CellText(CellLineMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    protected IRenderer makeNewRenderer() {
        return new CellTextRenderer(this, metrics);
    }
}
