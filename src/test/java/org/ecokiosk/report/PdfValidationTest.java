package org.ecokiosk.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The validator must be able to say no, or a green archival test proves nothing. */
class PdfValidationTest {

    @Test
    void anOrdinaryPdfFailsBothProfiles() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Document doc = new Document(new PdfDocument(new PdfWriter(out)))) {
            doc.add(new Paragraph("plain, untagged, no output intent"));
        }
        byte[] plain = out.toByteArray();
        assertFalse(PdfValidation.failedRules(plain, PDFAFlavour.PDFA_2_U).isEmpty());
        assertFalse(PdfValidation.failedRules(plain, PDFAFlavour.PDFUA_1).isEmpty());
        assertThrows(AssertionError.class, () -> PdfValidation.assertCompliant(plain, PDFAFlavour.PDFUA_1));
    }
}
