package org.ecokiosk.snapshot;

import java.nio.file.Path;
import org.ecokiosk.model.SnapshotMeta;

/**
 * A snapshot file {@link SnapshotVerifier} found sound, with its meta: what a builder may start
 * from ({@link SnapshotWriter#startFrom(VerifiedSnapshot, Path)}) without verifying it a second
 * time. Only this package makes one, and only after verifying; an import verifies its base once.
 */
public final class VerifiedSnapshot {
    private final Path file;
    private final SnapshotMeta meta;
    private final java.util.Map<String, OpenHourDigest> hourDigests;

    private VerifiedSnapshot(Path file, SnapshotMeta meta, java.util.Map<String, OpenHourDigest> hourDigests) {
        this.file = file;
        this.meta = meta;
        this.hourDigests = java.util.Map.copyOf(hourDigests);
    }

    /** Verifies {@code file}; the exception's message is the verifier's problem, in words. */
    public static VerifiedSnapshot of(Path file) throws SnapshotException {
        java.util.Map<String, OpenHourDigest> hourDigests = new java.util.HashMap<>();
        SnapshotVerifier.Result check = SnapshotVerifier.verify(file, SnapshotSchema.VERSION, hourDigests);
        if (!check.ok()) {
            throw new SnapshotException(check.problem());
        }
        return new VerifiedSnapshot(file, check.meta().orElseThrow(), hourDigests);
    }

    /** Per station, its hours as verifying hashed them (digest left open): what a build copied from this file starts with. */
    java.util.Map<String, OpenHourDigest> hourDigests() {
        return hourDigests;
    }

    public Path file() {
        return file;
    }

    public SnapshotMeta meta() {
        return meta;
    }
}
