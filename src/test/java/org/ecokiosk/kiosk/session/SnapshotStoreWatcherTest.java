package org.ecokiosk.kiosk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ecokiosk.ingest.SnapshotBuilds;
import org.ecokiosk.snapshot.SnapshotStore;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hot-swap watcher without a UI: a fake switcher stands in for the session. */
class SnapshotStoreWatcherTest {
    @TempDir
    Path dir;
    SnapshotStore store;
    Path first;
    Path second;
    final List<Path> switchedTo = new ArrayList<>();
    int reloads;

    @BeforeEach
    void publishFirst() throws Exception {
        Path a = dir.resolve("a.sqlite");
        SnapshotBuilds.fromContent(Fixtures.content(), a, Instant.parse("2026-01-01T00:00:00Z"));
        Path b = dir.resolve("b.sqlite");
        SnapshotBuilds.fromContent(Fixtures.content(), b, Instant.parse("2026-02-01T00:00:00Z"));
        store = new SnapshotStore(dir.resolve("store"));
        first = store.publish(a, 5);
        second = dir.resolve("b.sqlite");
    }

    private SnapshotStoreWatcher watcher() {
        return new SnapshotStoreWatcher(store, first, (next, onSwitched, onRefused) -> {
            switchedTo.add(next);
            onSwitched.run();
        }, () -> reloads++);
    }

    @Test
    void nothingHappensWhileThePointerStays() {
        SnapshotStoreWatcher w = watcher();
        w.poll();
        w.poll();
        assertEquals(List.of(), switchedTo);
        assertEquals(0, reloads);
    }

    @Test
    void aPublishIsPickedUpOnceAndTheScreensReload() throws Exception {
        SnapshotStoreWatcher w = watcher();
        Path published = store.publish(second, 5);
        w.poll();
        w.poll();
        assertEquals(List.of(published.toAbsolutePath().normalize()), switchedTo);
        assertEquals(1, reloads);
        assertEquals(published.toAbsolutePath().normalize(), w.showing());
    }

    @Test
    void aRollbackSwitchesBack() throws Exception {
        SnapshotStoreWatcher w = watcher();
        store.publish(second, 5);
        w.poll();
        store.rollback();
        w.poll();
        assertEquals(first.toAbsolutePath().normalize(), w.showing());
        assertEquals(2, reloads);
    }

    @Test
    void anUnreadableNewSnapshotIsRefusedAndTheKioskStaysOnTheLastGoodOne() throws Exception {
        SnapshotStoreWatcher w = watcher();
        Path published = store.publish(second, 5);
        // damaged after publishing (disk error, hand edit): the pointer names a file that no longer verifies
        Files.write(published, new byte[] {1, 2, 3, 4}, StandardOpenOption.WRITE);
        w.poll();
        w.poll();
        assertEquals(List.of(), switchedTo);
        assertEquals(first.toAbsolutePath().normalize(), w.showing());
    }

    @Test
    void aSwitchTheSessionRefusesKeepsTheOldSnapshotAndIsNotRetriedUntilTheStoreChanges() throws Exception {
        List<Path> attempts = new ArrayList<>();
        List<Path> refusing = new ArrayList<>();
        SnapshotStoreWatcher w = new SnapshotStoreWatcher(store, first, (next, onSwitched, onRefused) -> {
            attempts.add(next);
            if (refusing.contains(next)) {
                onRefused.accept("cannot open");
            } else {
                switchedTo.add(next);
                onSwitched.run();
            }
        }, () -> reloads++);
        Path refused = store.publish(second, 5).toAbsolutePath().normalize();
        refusing.add(refused);
        w.poll();
        w.poll();
        assertEquals(first.toAbsolutePath().normalize(), w.showing());
        assertEquals(0, reloads);
        assertEquals(List.of(refused), attempts, "a refused snapshot is asked for once, not on every poll");

        // the next publish is a new file: the watcher tries again and this time the session opens it
        Path c = dir.resolve("c.sqlite");
        SnapshotBuilds.fromContent(Fixtures.content(), c, Instant.parse("2026-03-01T00:00:00Z"));
        Path accepted = store.publish(c, 5).toAbsolutePath().normalize();
        w.poll();
        assertEquals(List.of(refused, accepted), attempts);
        assertEquals(List.of(accepted), switchedTo);
        assertEquals(accepted, w.showing());
        assertEquals(1, reloads);
    }
}
