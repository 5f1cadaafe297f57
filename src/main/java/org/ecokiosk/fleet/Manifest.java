package org.ecokiosk.fleet;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the office publishes: which snapshot the kiosks should show (by content SHA-256, with the
 * file's own SHA-256 and size to check the download), what it holds, and an optional alert.
 * {@code signedAt} moves forward with every signature, so a kiosk can refuse an older manifest
 * replayed at it.
 */
public record Manifest(int format, String snapshotPath, String contentSha256, String fileSha256, long bytes,
                       int schemaVersion, LocalDate dataAsOf, boolean containsSample, Instant publishedAt,
                       Instant signedAt, Optional<FleetAlert> alert) {
    public static final int FORMAT = 1;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public Manifest {
        if (!SHA256.matcher(contentSha256).matches() || !SHA256.matcher(fileSha256).matches()) {
            throw new IllegalArgumentException("a SHA-256 must be 64 lower-case hex digits");
        }
        if (!snapshotPath.equals(pathFor(contentSha256))) {
            throw new IllegalArgumentException("the snapshot must be at " + pathFor(contentSha256) + ", not "
                    + snapshotPath);
        }
        if (bytes <= 0) {
            throw new IllegalArgumentException("the snapshot size must be positive");
        }
    }

    /** Where a snapshot lives in the origin folder, relative to manifest.json. */
    public static String pathFor(String contentSha256) {
        return "snapshots/" + contentSha256 + ".sqlite";
    }

    /** The alert shown at {@code now}, if any. */
    public Optional<FleetAlert> alertAt(Instant now) {
        return alert.filter(a -> a.isActiveAt(now));
    }

    public Manifest withAlert(Optional<FleetAlert> next, Instant signed) {
        return new Manifest(format, snapshotPath, contentSha256, fileSha256, bytes, schemaVersion, dataAsOf,
                containsSample, publishedAt, signed, next);
    }
}
