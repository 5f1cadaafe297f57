package org.ecokiosk.snapshot;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fresh case (guard review): a colleague "tidies" the store and leaves a folder where the lock
 * file belongs. Without its lock a publish must not go ahead unlocked: it stops, and the store
 * keeps what it showed.
 */
class StoreLockFileTamperedTest {
    @TempDir
    Path dir;

    @Test
    void aLockThatCannotBeTakenStopsPublishAndRollbackInsteadOfRunningUnlocked() throws Exception {
        Path first = TestSnapshots.fromContent(dir, "first.sqlite", TestSnapshots.BUILT_AT);
        Path second = TestSnapshots.fromContent(dir, "second.sqlite", TestSnapshots.BUILT_AT.plusSeconds(60));
        SnapshotStore store = new SnapshotStore(dir.resolve("store"));
        store.publish(first, 5);
        store.publish(second, 5);
        Path shown = store.current().orElseThrow();
        Path lock = dir.resolve("store").resolve(".publish.lock");
        Files.deleteIfExists(lock);
        Files.createDirectory(lock);
        assertThrows(Exception.class, () -> store.publish(first, 5));
        assertThrows(Exception.class, store::rollback, "a rollback would be possible, but not unlocked");
        assertTrue(Files.isRegularFile(shown));
        assertTrue(store.current().orElseThrow().equals(shown), "current still names what it named");
        assertFalse(Files.isRegularFile(lock), "the folder was not replaced behind the colleague's back");
    }
}
