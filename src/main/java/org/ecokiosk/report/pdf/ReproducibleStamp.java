package org.ecokiosk.report.pdf;

import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Everything in a PDF that would otherwise come from the clock or a random generator.
 * The same stamp and the same content give the same bytes, so a disclosure PDF can be
 * rebuilt from its snapshot and checked against the published checksum.
 *
 * @param documentIdHex 32 hex digits (16 bytes): the trailer /ID, both halves
 * @param created creation date written to the Info dictionary and the XMP
 * @param modified modification date (usually equal to {@code created})
 */
public record ReproducibleStamp(String documentIdHex, ZonedDateTime created, ZonedDateTime modified) {

    public ReproducibleStamp {
        if (documentIdHex == null || !documentIdHex.matches("[0-9a-fA-F]{32}")) {
            throw new IllegalArgumentException("document id must be 32 hex digits");
        }
        if (created == null || modified == null) {
            throw new IllegalArgumentException("dates are required");
        }
        documentIdHex = documentIdHex.toLowerCase(Locale.ROOT);
        // PDF dates carry whole seconds only; drop the rest so Info and XMP agree.
        created = created.withNano(0);
        modified = modified.withNano(0);
    }

    /**
     * The usual way to get a stamp: the first 16 bytes of the snapshot's content hash as the
     * ID, and the snapshot's data date as both dates.
     */
    public static ReproducibleStamp fromContentHash(String sha256Hex, ZonedDateTime date) {
        if (sha256Hex == null || sha256Hex.length() < 32) {
            throw new IllegalArgumentException("need at least 32 hex digits of a content hash");
        }
        return new ReproducibleStamp(sha256Hex.substring(0, 32), date, date);
    }

    byte[] documentId() {
        return HexFormat.of().parseHex(documentIdHex);
    }
}
