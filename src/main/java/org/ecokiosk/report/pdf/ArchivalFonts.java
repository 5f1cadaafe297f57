package org.ecokiosk.report.pdf;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
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

    /**
     * Parsed font programs, one per thread: parsing a 10.5 MB face took as long as laying out
     * a page, and a program can serve any number of documents (the glyphs a document uses are
     * tracked by its PdfFont). Per thread because iText subsets by seeking in the program's
     * shared source, which is not safe across threads.
     */
    private static final ThreadLocal<FontProgram> REGULAR_PROGRAM = ThreadLocal.withInitial(() -> parse(Bytes.REGULAR));
    private static final ThreadLocal<FontProgram> BOLD_PROGRAM = ThreadLocal.withInitial(() -> parse(Bytes.BOLD));

    static PdfFont regular() {
        return create(REGULAR_PROGRAM.get());
    }

    static PdfFont bold() {
        return create(BOLD_PROGRAM.get());
    }

    private static PdfFont create(FontProgram program) {
        return PdfFontFactory.createFont(program, PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
    }

    private static FontProgram parse(byte[] bytes) {
        try {
            return FontProgramFactory.createFont(bytes, false);
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
