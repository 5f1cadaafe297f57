package org.ecokiosk.report.pdf;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled Noto Sans SC faces as iText fonts: TrueType (a CFF CJK font makes iText write
 * a /CIDSet that fails PDF/A-2 and PDF/UA), Identity-H, always embedded — iText subsets
 * embedded Type 0 fonts, so only the glyphs used are stored.
 */
final class ArchivalFonts {

    private ArchivalFonts() {
    }

    /** Font files are read once per JVM; PdfFont objects belong to one document each. */
    private static final class Bytes {
        static final byte[] REGULAR = read("/fonts/NotoSansSC-Regular.ttf");
        static final byte[] BOLD = read("/fonts/NotoSansSC-Bold.ttf");
    }

    static PdfFont regular() {
        return create(Bytes.REGULAR);
    }

    static PdfFont bold() {
        return create(Bytes.BOLD);
    }

    private static PdfFont create(byte[] bytes) {
        try {
            return PdfFontFactory.createFont(bytes, PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = ArchivalFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
