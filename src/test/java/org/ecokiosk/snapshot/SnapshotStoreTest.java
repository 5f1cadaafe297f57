package org.ecokiosk.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.ecokiosk.ingest.SnapshotBuilds;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotStoreTest {
    @TempDir
    Path dir;

    @Test
    void publishSwitchesCurrentAndRollbackGoesBackOne() throws Exception {
        Path a = dir.resolve("a.sqlite");
        Path b = dir.resolve("b.sqlite");
        SnapshotBuilds.fromContent(Fixtures.content(), a, Instant.parse("2026-01-01T00:00:00Z"));
        SnapshotBuilds.fromContent(Fixtures.content(), b, Instant.parse("2026-01-02T00:00:00Z"));
        SnapshotStore store = new SnapshotStore(dir.resolve("store"));
        Path first = store.publish(a, 5);
        assertEquals(first, store.current().orElseThrow());
        Path second = store.publish(b, 5);
        assertEquals(second, store.current().orElseThrow());
        assertEquals(2, store.history().size());
        assertEquals(first, store.rollback());
        assertEquals(first, store.current().orElseThrow());
        assertThrows(SnapshotException.class, store::rollback);
    }

    @Test
    void anInvalidCandidateIsNotPublished() throws Exception {
        Path bad = dir.resolve("bad.sqlite");
        Files.writeString(bad, "not a database");
        SnapshotStore store = new SnapshotStore(dir.resolve("store"));
        assertThrows(SnapshotException.class, () -> store.publish(bad, 5));
        assertTrue(store.current().isEmpty());
    }

    @Test
    void onlyTheNewestKeepSnapshotsStay() throws Exception {
        SnapshotStore store = new SnapshotStore(dir.resolve("store"));
        for (int i = 1; i <= 4; i++) {
            Path s = dir.resolve(i + ".sqlite");
            SnapshotBuilds.fromContent(Fixtures.content(), s, Instant.parse("2026-01-0" + i + "T00:00:00Z"));
            store.publish(s, 2);
        }
        assertEquals(2, store.history().size());
        try (var files = Files.list(store.dir())) {
            assertEquals(2, files.filter(f -> f.getFileName().toString().endsWith(".sqlite")).count());
        }
    }
}
