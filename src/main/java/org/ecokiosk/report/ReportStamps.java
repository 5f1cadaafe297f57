package org.ecokiosk.report;

import org.ecokiosk.model.DistrictZone;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import org.ecokiosk.model.SnapshotMeta;
import org.ecokiosk.report.pdf.ReproducibleStamp;

/**
 * The fixed ID and dates of a report. The date is the snapshot's data date (midnight, Beijing
 * time), so rebuilding later changes nothing. The ID hashes the snapshot's content hash with the
 * kind, the year and any officer input, so two different reports never share an ID while the
 * same report always gets the same one.
 */
final class ReportStamps {

    private ReportStamps() {
    }

    static ReproducibleStamp of(SnapshotMeta meta, ReportRequest request) {
        String identity = meta.contentSha256() + "|" + request.kind().code() + "|" + request.year() + "|"
                + request.disclosure().map(Object::toString).orElse("");
        ZonedDateTime date = meta.dataAsOf().atStartOfDay(DistrictZone.ID);
        return ReproducibleStamp.fromContentHash(sha256(identity), date);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }
}
