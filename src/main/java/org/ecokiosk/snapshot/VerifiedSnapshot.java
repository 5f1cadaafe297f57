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

    private VerifiedSnapshot(Path file, SnapshotMeta meta) {
        this.file = file;
        this.meta = meta;
    }

    /** Verifies {@code file}; the exception's message is the verifier's problem, in words. */
    public static VerifiedSnapshot of(Path file) throws SnapshotException {
        SnapshotVerifier.Result check = SnapshotVerifier.verify(file);
        if (!check.ok()) {
            throw new SnapshotException(check.problem());
        }
        return new VerifiedSnapshot(file, check.meta().orElseThrow());
    }

    public Path file() {
        return file;
    }

    public SnapshotMeta meta() {
        return meta;
    }
}
