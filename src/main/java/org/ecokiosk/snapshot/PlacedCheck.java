package org.ecokiosk.snapshot;

import java.nio.file.Path;

/**
 * The content rules run on the copy the store is about to make current, not on the candidate it
 * came from: what was checked is byte for byte what kiosks open. The rules themselves live above
 * this package (ingest's {@code PublishChecks}); the store only says when they run.
 */
@FunctionalInterface
public interface PlacedCheck<E extends Exception> {
    /** Throws when the snapshot at {@code placed} must not be shown. */
    void check(Path placed) throws SnapshotException, E;

    /** Structure only (what {@link SnapshotVerifier} checks): for snapshots this program just built from content/. */
    static PlacedCheck<RuntimeException> structureOnly() {
        return placed -> { };
    }
}
