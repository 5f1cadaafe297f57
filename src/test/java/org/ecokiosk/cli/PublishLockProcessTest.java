package org.ecokiosk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ecokiosk.ingest.SnapshotBuilds;
import org.ecokiosk.snapshot.SnapshotStore;
import org.ecokiosk.snapshot.SnapshotVerifier;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two office PCs publishing to one store: a second JVM runs {@code eco-kiosk publish} and is
 * held at a named step by the crash-test hook, holding the store's OS lock. A publish or
 * rollback from this JVM meanwhile fails with exit 1 and says another publish is running, and
 * the store is as the other left it; once the other is killed -9, the OS has released the lock
 * and the next publish removes what the killed one left behind.
 */
class PublishLockProcessTest {
    @TempDir
    Path dir;
    Path a;
    Path b;
    Path storeDir;

    @BeforeEach
    void candidates() throws Exception {
        a = dir.resolve("a.sqlite");
        b = dir.resolve("b.sqlite");
        SnapshotBuilds.fromContent(Fixtures.content(), a, Instant.parse("2026-01-01T00:00:00Z"));
        SnapshotBuilds.fromContent(Fixtures.content(), b, Instant.parse("2026-01-02T00:00:00Z"));
        storeDir = dir.resolve("store");
        assertEquals(0, cli("publish", a).exitCode());
    }

    @Test
    void whileAnotherProcessPublishesThisOneIsTurnedAwayAndTheStoreStaysWhole() throws Exception {
        for (String step : List.of("copied", "placed", "current-written")) {
            Path currentBefore = new SnapshotStore(storeDir).current().orElseThrow();
            Path candidate = currentBefore.getFileName().toString().contains("20260101") ? b : a;
            try (SecondJvm.Held other = heldAt(step, "publish", candidate.toString(), "--store", storeDir.toString())) {
                List<String> during = listing();
                StaffCli.Run lost = cli("publish", candidate == a ? b : a);
                assertEquals(1, lost.exitCode(), lost.all());
                assertTrue(lost.err().contains("another publish is running"), lost.err());
                assertFalse(lost.err().contains("Exception"), lost.err());
                StaffCli.Run rollback = cli("rollback");
                assertEquals(1, rollback.exitCode(), rollback.all());
                assertTrue(rollback.err().contains("another publish is running"), rollback.err());
                assertEquals(during, listing(), "the turned-away commands changed the store at " + step);
            }
            Path shown = new SnapshotStore(storeDir).current().orElseThrow();
            assertTrue(SnapshotVerifier.verify(shown).ok(), "after the kill at " + step);
        }
        // the killed publishes left copies behind; the next publish (the lock is free again) tidies up
        StaffCli.Run next = cli("publish", b);
        assertEquals(0, next.exitCode(), next.all());
        assertTrue(listing().stream().noneMatch(n -> n.endsWith(".part") || n.endsWith(".tmp")), listing().toString());
        assertTrue(SnapshotVerifier.verify(new SnapshotStore(storeDir).current().orElseThrow()).ok());
    }

    @Test
    void aRollbackInAnotherProcessLocksPublishOut() throws Exception {
        assertEquals(0, cli("publish", b).exitCode());
        try (SecondJvm.Held other = heldAt("rollback-history-written", "rollback", "--store", storeDir.toString())) {
            StaffCli.Run lost = cli("publish", a);
            assertEquals(1, lost.exitCode(), lost.all());
            assertTrue(lost.err().contains("another publish is running"), lost.err());
            assertTrue(lost.err().contains("rollback"), "the message says what holds the store: " + lost.err());
        }
        assertEquals(0, cli("publish", a).exitCode());
    }

    private StaffCli.Run cli(Object... args) {
        List<Object> all = new ArrayList<>(List.of(args));
        if (!all.contains("--store")) {
            all.addAll(List.of("--store", storeDir));
        }
        all.addAll(List.of("--audit-log", dir.resolve("audit.jsonl"), "--by", "lock-test",
                "--config", Fixtures.kioskConfig(dir.resolve("config"))));
        return StaffCli.run(all.toArray());
    }

    /** The command in a second JVM, standing still at {@code step} with the store locked. */
    private SecondJvm.Held heldAt(String step, String... command) throws Exception {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--audit-log", dir.resolve("audit.jsonl").toString(), "--by", "other-pc",
                "--config", Fixtures.kioskConfig(dir.resolve("config")).toString()));
        return SecondJvm.heldAt(dir, step, args);
    }

    private List<String> listing() throws Exception {
        try (var files = Files.list(storeDir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
