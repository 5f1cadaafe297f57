package org.ecokiosk.report.pdf;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.pdfa.PdfADocument;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A PdfADocument that flushes its fonts in a fixed order.
 *
 * <p>iText keeps a document's fonts in a HashMap keyed by indirect reference, whose hash
 * includes a per-JVM document counter; at close it flushes them in that map's order, and a
 * font's descriptor and font file get their object numbers at that moment. So the same
 * report came out with different bytes depending on how many PDFs the JVM had made before.
 * Ordering by object number (itself fixed by the order of first use) removes that.
 */
final class ReproduciblePdfADocument extends PdfADocument {

    ReproduciblePdfADocument(PdfWriter writer, PdfAConformance conformance, PdfOutputIntent outputIntent) {
        super(writer, conformance, outputIntent);
    }

    @Override
    protected Collection<PdfFont> getDocumentFonts() {
        List<PdfFont> fonts = new ArrayList<>(super.getDocumentFonts());
        fonts.sort(Comparator.comparingInt(font -> font.getPdfObject().getIndirectReference().getObjNumber()));
        return fonts;
    }
}
