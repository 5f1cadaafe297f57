package org.ecokiosk.admin;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders a built report's pages to images for the in-app preview, so an officer sees the very
 * file that was written (a kiosk PC may have no PDF viewer, and a kiosk must not open one).
 */
final class PdfPages {
    /** Enough to read the text on a 1080-line screen, small enough to render a 20-page bulletin in seconds. */
    static final float DPI = 60f;
    /** A preview, not a reader: the file itself is the record. */
    static final int MAX_PAGES = 40;

    private PdfPages() {
    }

    record Rendered(List<BufferedImage> pages, int totalPages) {
    }

    static Rendered render(Path pdf, java.util.function.IntConsumer onPage) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            int total = document.getNumberOfPages();
            List<BufferedImage> pages = new ArrayList<>();
            for (int i = 0; i < Math.min(total, MAX_PAGES); i++) {
                onPage.accept(i + 1);
                pages.add(renderer.renderImageWithDPI(i, DPI, ImageType.RGB));
            }
            return new Rendered(pages, total);
        }
    }
}
