package org.ecokiosk.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ecokiosk.model.audit.AuditEntry;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotStore;
import org.ecokiosk.snapshot.TestSnapshots;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publish and rollback through operations: done, refused or failed, each one typed audit entry. */
class PublishingTest {
    private static Path built;
    @TempDir
    Path dir;

    @BeforeAll
    static void build(@TempDir Path shared) throws Exception {
        built = TestSnapshots.fromContent(shared);
    }

    @Test
    void aPublishIsAuditedOnceWithTheHashesOfTheSwitch() throws Exception {
        OperationsFixture ops = new OperationsFixture(dir);
        SnapshotStore store = new SnapshotStore(dir.resolve("store"));
        SnapshotSwitch done = new Publishing(ops.trail).publish(store, built, 3);
        assertEquals(store.current().orElseThrow(), done.to());
        assertEquals(List.of("publish:ok"), ops.logged());
        AuditEntry e = ops.entries().get(0);
        assertEquals(OperationsFixture.CLOCK.instant(), e.time());
        assertEquals(OperationsFixture.ACTOR, e.actor());
        assertEquals("", e.hashBefore(), "nothing was published before");
        assertEquals(done.hashAfter(), e.hashAfter());
        assertEquals(Map.of("keep", 3), e.counts());
        assertEquals(List.of(built.toString()), e.files());
    }

    @Test
    void aCandidateThatDoesNotVerifyIsRefusedAuditedAndTheStoreStaysAsItWas() throws Exception {
        OperationsFixture ops = new OperationsFixture(dir);
        SnapshotStore store = new SnapshotStore(dir.resolve("store"));
        Publishing publishing = new Publishing(ops.trail);
        SnapshotSwitch first = publishing.publish(store, built, 3);
        Path bad = Files.writeString(dir.resolve("bad.sqlite"), "not a database");
        assertThrows(SnapshotException.class, () -> publishing.publish(store, bad, 3));
        assertEquals(first.to(), store.current().orElseThrow());
        assertEquals(List.of("publish:ok", "publish:rejected"), ops.logged());
    }

    @Test
    void aStoreThatCannotBeWrittenIsAuditedAsFailed() throws Exception {
        OperationsFixture ops = new OperationsFixture(dir);
        // a file where the store's folder should be: the store cannot be created
        SnapshotStore store = new SnapshotStore(Files.writeString(dir.resolve("store"), "a file"));
        assertThrows(IOException.class, () -> new Publishing(ops.trail).publish(store, built, 3));
        assertEquals(List.of("publish:failed"), ops.logged());
    }

    @Test
    void rollbackIsAuditedAndWithoutHistoryRefused() throws Exception {
        OperationsFixture ops = new OperationsFixture(dir);
        SnapshotStore store = new SnapshotStore(dir.resolve("store"));
        Publishing publishing = new Publishing(ops.trail);
        assertThrows(SnapshotException.class, () -> publishing.rollback(store));
        SnapshotSwitch first = publishing.publish(store, built, 3);
        Path edited = dir.resolve("edited.sqlite");
        new Imports(ops.trail).run(org.ecokiosk.ingest.imports.ImportKind.GREEN, copy(built, edited),
                List.of(Files.writeString(dir.resolve("g.csv"), "code,name_zh,name_en,year,value,unit\n"
                        + "forest-cover,森林覆盖率,Forest cover,2025,33.1,%\n")), Fixtures.content());
        SnapshotSwitch second = publishing.publish(store, edited, 3);
        SnapshotSwitch back = publishing.rollback(store);
        assertEquals(first.to(), back.to());
        assertEquals(List.of("rollback:rejected", "publish:ok", "import:ok", "publish:ok", "rollback:ok"), ops.logged());
        AuditEntry rollback = ops.entries().get(4);
        assertEquals(second.hashAfter(), rollback.hashBefore());
        assertEquals(first.hashAfter(), rollback.hashAfter());
        assertTrue(rollback.detail().contains(first.to().getFileName().toString()), rollback.detail());
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.copy(from, to);
        return to;
    }
}
