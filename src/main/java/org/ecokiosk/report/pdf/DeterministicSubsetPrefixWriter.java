package org.ecokiosk.report.pdf;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PdfWriter that replaces iText's random font-subset tags ("QWERTY+NotoSansSC-Regular",
 * drawn from a SecureRandom) with tags derived from the document ID and the font name.
 *
 * <p>Without it two builds of the same report differ in those six letters and the
 * byte-for-byte reproducibility promised to disclosure officers is lost. The tag stays six
 * upper-case letters, as ISO 32000 requires, and is the same for the Type 0 font, its
 * descendant CIDFont and the font descriptor, because it depends only on the base name.
 */
final class DeterministicSubsetPrefixWriter extends PdfWriter {

    private static final Pattern SUBSET_TAG = Pattern.compile("^[A-Z]{6}\\+(.+)$");
    private static final Pattern ENCODING_SUFFIX = Pattern.compile("-Identity-[HV]$");

    private final byte[] documentId;

    DeterministicSubsetPrefixWriter(OutputStream out, WriterProperties properties, byte[] documentId) {
        super(out, properties);
        this.documentId = documentId.clone();
    }

    @Override
    protected void writeToBody(PdfObject object) {
        if (object instanceof PdfDictionary dictionary) {
            retag(dictionary, PdfName.BaseFont);
            retag(dictionary, PdfName.FontName);
        }
        super.writeToBody(object);
    }

    private void retag(PdfDictionary dictionary, PdfName key) {
        PdfName name = dictionary.getAsName(key);
        if (name == null) {
            return;
        }
        Matcher m = SUBSET_TAG.matcher(name.getValue());
        if (m.matches()) {
            String baseName = m.group(1);
            String fontName = ENCODING_SUFFIX.matcher(baseName).replaceFirst("");
            dictionary.put(key, new PdfName(tagFor(fontName) + "+" + baseName));
        }
    }

    private String tagFor(String fontName) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(documentId);
            byte[] digest = sha.digest(fontName.getBytes(StandardCharsets.UTF_8));
            StringBuilder tag = new StringBuilder(6);
            for (int i = 0; i < 6; i++) {
                tag.append((char) ('A' + Math.floorMod(digest[i], 26)));
            }
            return tag.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }
}
