package org.ecokiosk.snapshot;

import java.nio.file.Path;
import java.time.Instant;
import org.ecokiosk.ingest.SnapshotBuilds;

/** Builds snapshots of the repository's own content/ for tests. */
public final class TestSnapshots {
    public static final Instant BUILT_AT = Instant.parse("2026-01-01T00:00:00Z");

    private TestSnapshots() {
    }

    public static Path fromContent(Path dir) throws Exception {
        Path out = dir.resolve("content.sqlite");
        SnapshotBuilds.fromContent(Path.of("content"), out, BUILT_AT);
        return out;
    }
}
