package org.ecokiosk.report.pdf;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.CanvasTag;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;

/**
 * What repeats on every page: the sample-data banner at the top and "第 n 页 / 共 N 页" at the
 * bottom. Drawn after the body is laid out, when the page count is known.
 *
 * <p>Both are pagination artifacts (/Artifact with /Type /Pagination), so screen readers do
 * not read them on every page, yet they are real text: text extraction and search find them.
 * The banner is announced once because page 1 carries its text as tagged content at the start
 * of the document (see {@link ArchivalPdf}); page 1 therefore gets only the artifact band.
 */
final class PageDecorations {

    static final float BANNER_HEIGHT = 20f;
    static final float BANNER_FONT_SIZE = 9f;
    static final Color BANNER_BACKGROUND = new DeviceRgb(0xFF, 0xF1, 0xCC);
    static final Color BANNER_TEXT = new DeviceRgb(0x5A, 0x33, 0x00);
    private static final Color FOOTER_TEXT = new DeviceRgb(0x4A, 0x4A, 0x4A);
    private static final float FOOTER_FONT_SIZE = 9f;

    private final PdfFont font;
    private final PageGeometry geometry;

    PageDecorations(PdfFont font, PageGeometry geometry) {
        this.font = font;
        this.geometry = geometry;
    }

    void decorate(PdfDocument pdf, boolean sampleBanner) {
        int pages = pdf.getNumberOfPages();
        for (int n = 1; n <= pages; n++) {
            PdfPage page = pdf.getPage(n);
            if (sampleBanner) {
                // Underneath the page content, so the band never hides page 1's tagged banner text.
                PdfCanvas under = new PdfCanvas(page.newContentStreamBefore(), page.getResources(), pdf);
                drawBanner(under, page.getPageSize(), n > 1);
            }
            PdfCanvas over = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
            drawFooter(over, page.getPageSize(), "第 " + n + " 页 / 共 " + pages + " 页");
        }
    }

    private void drawBanner(PdfCanvas canvas, Rectangle pageSize, boolean withText) {
        Rectangle band = geometry.bannerBox(pageSize);
        canvas.openTag(paginationArtifact(PdfName.Header));
        canvas.saveState()
                .setFillColor(BANNER_BACKGROUND)
                .rectangle(band.getX(), band.getY(), band.getWidth(), band.getHeight())
                .fill()
                .restoreState();
        if (withText) {
            String text = ArchivalPdfSettings.SAMPLE_BANNER;
            float baseline = band.getY() + (band.getHeight() - BANNER_FONT_SIZE) / 2f + 1.5f;
            centredText(canvas, text, BANNER_FONT_SIZE, BANNER_TEXT, band.getX() + band.getWidth() / 2f, baseline);
        }
        canvas.closeTag();
    }

    private void drawFooter(PdfCanvas canvas, Rectangle pageSize, String text) {
        canvas.openTag(paginationArtifact(PdfName.Footer));
        float centre = pageSize.getX() + pageSize.getWidth() / 2f;
        centredText(canvas, text, FOOTER_FONT_SIZE, FOOTER_TEXT, centre, geometry.footerBaseline(pageSize));
        canvas.closeTag();
    }

    private void centredText(PdfCanvas canvas, String text, float size, Color colour, float centreX, float baseline) {
        float width = font.getWidth(text, size);
        canvas.saveState()
                .beginText()
                .setFontAndSize(font, size)
                .setFillColor(colour)
                .moveText(centreX - width / 2f, baseline)
                .showText(text)
                .endText()
                .restoreState();
    }

    private static CanvasTag paginationArtifact(PdfName subtype) {
        CanvasTag tag = new CanvasTag(PdfName.Artifact);
        PdfDictionary properties = new PdfDictionary();
        properties.put(PdfName.Type, PdfName.Pagination);
        properties.put(PdfName.Subtype, subtype);
        tag.setProperties(properties);
        return tag;
    }
}
