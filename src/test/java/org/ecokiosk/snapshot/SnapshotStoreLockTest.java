package org.ecokiosk.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two publishers at once (admin mode and the command line, two office PCs): the first holds the
 * store from its first check to its last prune; the second is turned away at once with a message
 * saying so, changing nothing; neither ever deletes what the other placed or what the pointer names.
 * The first publisher is held at a named step by the store's step hook, so nothing here is timed.
 */
class SnapshotStoreLockTest {
    @TempDir
    Path dir;
    Path a;
    Path b;
    Path storeDir;

    @BeforeEach
    void twoCandidates() throws Exception {
        a = TestSnapshots.fromContent(dir, "a.sqlite", Instant.parse("2026-01-01T00:00:00Z"));
        b = TestSnapshots.fromContent(dir, "b.sqlite", Instant.parse("2026-01-02T00:00:00Z"));
        storeDir = dir.resolve("store");
    }

    /** A store whose publishes stop at {@code step} until {@code release} is counted down. */
    private SnapshotStore heldAt(String step, CountDownLatch arrived, CountDownLatch release) {
        return new SnapshotStore(storeDir, s -> {
            if (s.equals(step)) {
                arrived.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
    }

    @Test
    void aSecondPublishDuringTheFirstFailsLoudlyAndChangesNothing() throws Exception {
        for (String step : List.of("copied", "verified", "placed", "current-written", "history-written")) {
            CountDownLatch arrived = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            SnapshotStore first = heldAt(step, arrived, release);
            Path winner = step.hashCode() % 2 == 0 ? a : b;
            Path loser = winner == a ? b : a;
            CompletableFuture<Path> running = CompletableFuture.supplyAsync(() -> publish(first, winner));
            assertTrue(arrived.await(60, TimeUnit.SECONDS));
            List<String> filesBefore = listing();
            SnapshotStore second = new SnapshotStore(storeDir);
            LockBusyException busy = assertThrows(LockBusyException.class, () -> second.publish(loser, 5));
            assertTrue(busy.getMessage().startsWith("another publish is running"), busy.getMessage());
            assertTrue(busy.getMessage().contains("pid " + ProcessHandle.current().pid()), busy.getMessage());
            assertThrows(LockBusyException.class, second::rollback);
            assertEquals(filesBefore, listing(), "the loser touched the store at step " + step);
            release.countDown();
            Path placed = running.get(60, TimeUnit.SECONDS);
            assertEquals(placed, second.current().orElseThrow());
            assertTrue(SnapshotVerifier.verify(placed).ok());
        }
    }

    @Test
    void aRollbackHoldsTheLockToo() throws Exception {
        SnapshotStore store = new SnapshotStore(storeDir);
        Path first = store.publish(a, 5);
        store.publish(b, 5);
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SnapshotStore rolling = heldAt("rollback-history-written", arrived, release);
        CompletableFuture<Path> running = CompletableFuture.supplyAsync(() -> {
            try {
                return rolling.rollback();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(arrived.await(60, TimeUnit.SECONDS));
        LockBusyException busy = assertThrows(LockBusyException.class, () -> store.publish(a, 1));
        assertTrue(busy.getMessage().contains("rollback"), "the holder's note says what it does: " + busy.getMessage());
        release.countDown();
        assertEquals(first, running.get(60, TimeUnit.SECONDS));
        assertEquals(first, store.current().orElseThrow());
    }

    @Test
    void theLockIsFreeAgainAfterAFailedPublish() throws Exception {
        Path broken = dir.resolve("broken.sqlite");
        Files.writeString(broken, "SQLite format 3\0 but not really");
        SnapshotStore store = new SnapshotStore(storeDir);
        assertThrows(SnapshotException.class, () -> store.publish(broken, 5));
        assertThrows(SnapshotException.class, () -> store.publish(a, 5, placed -> {
            throw new SnapshotException("refused by the content rules");
        }));
        assertTrue(store.current().isEmpty());
        Path placed = store.publish(a, 5);
        assertEquals(placed, store.current().orElseThrow());
    }

    @Test
    void pruningNeverDeletesTheFileCurrentNames() throws Exception {
        SnapshotStore store = new SnapshotStore(storeDir);
        Path placed = store.publish(a, 0);
        assertTrue(Files.isRegularFile(placed), "keep 0 must not delete the snapshot just made current");
        assertEquals(placed, store.current().orElseThrow());
        // an older, unlocked program pointed current at a file outside the kept history
        Path older = store.publish(b, 1);
        Files.writeString(storeDir.resolve("current"), placed.getFileName() + "\n");
        Path c = TestSnapshots.fromContent(dir, "c.sqlite", Instant.parse("2026-01-03T00:00:00Z"));
        Path newest = store.publish(c, 1);
        assertTrue(Files.isRegularFile(newest));
        assertFalse(Files.exists(older), "a file neither current nor kept is pruned");
    }

    @Test
    void staleTemporariesOfKilledRunsAreRemovedUnderTheLock() throws Exception {
        SnapshotStore store = new SnapshotStore(storeDir);
        store.publish(a, 5);
        List<Path> leftovers = List.of(storeDir.resolve(".incoming.sqlite.123.part"),
                storeDir.resolve(".current4711.tmp"), storeDir.resolve(".history99.tmp"));
        for (Path p : leftovers) {
            Files.writeString(p, "half a file");
        }
        Path staffFile = storeDir.resolve("notes.txt");
        Files.writeString(staffFile, "not ours to delete");
        store.publish(b, 5);
        leftovers.forEach(p -> assertFalse(Files.exists(p), p + " left behind"));
        Files.writeString(leftovers.get(0), "again");
        store.rollback();
        assertFalse(Files.exists(leftovers.get(0)), "rollback tidies too");
        Files.writeString(leftovers.get(1), "again");
        store.removeStaleTemporaries();
        assertFalse(Files.exists(leftovers.get(1)), "start-up tidies too");
        assertTrue(Files.exists(staffFile));
        assertTrue(Files.exists(storeDir.resolve(SnapshotStore.LOCK)), "the lock file itself stays");
    }

    @Test
    void tidyingUpIsSkippedWhilePublishing() throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SnapshotStore first = heldAt("copied", arrived, release);
        CompletableFuture<Path> running = CompletableFuture.supplyAsync(() -> publish(first, a));
        assertTrue(arrived.await(60, TimeUnit.SECONDS));
        List<String> during = listing();
        assertTrue(during.stream().anyMatch(n -> n.endsWith(".part")), "the running publish's copy: " + during);
        new SnapshotStore(storeDir).removeStaleTemporaries();
        assertEquals(during, listing(), "a running publish's copy is not stale");
        release.countDown();
        running.get(60, TimeUnit.SECONDS);
    }

    private static Path publish(SnapshotStore store, Path candidate) {
        try {
            return store.publish(candidate, 5);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> listing() throws Exception {
        if (!Files.isDirectory(storeDir)) {
            return List.of();
        }
        try (var files = Files.list(storeDir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
