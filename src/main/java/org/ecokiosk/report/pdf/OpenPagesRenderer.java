package org.ecokiosk.report.pdf;

import com.itextpdf.layout.Document;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.renderer.DocumentRenderer;

/**
 * Draws each element as soon as it is laid out, yet keeps every page open until the document
 * closes.
 *
 * <p>iText ties both to one flag. With pages kept open (what {@link PageDecorations} needs to
 * write "共 N 页" once N is known) nothing was drawn before the close, so no tag was created
 * and the tagging helper, which walks every pending hint at each new page, walked all of the
 * document's table cells again on every page (a sixth of a bulletin's build). Here the flag is
 * on, so elements are drawn and their hints released as they are placed, and off only while a
 * new page is started — the one place iText uses it to flush the previous page.
 */
final class OpenPagesRenderer extends DocumentRenderer {

    OpenPagesRenderer(Document document) {
        super(document, true);
    }

    @Override
    protected LayoutArea updateCurrentArea(LayoutResult overflowResult) {
        immediateFlush = false;
        try {
            return super.updateCurrentArea(overflowResult);
        } finally {
            immediateFlush = true;
        }
    }
}
