package org.ecokiosk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.ingest.SnapshotBuilds;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.snapshot.SnapshotStore;
import org.ecokiosk.snapshot.SnapshotVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during publish and rollback: a separate JVM runs {@code eco-kiosk publish} (or
 * rollback) and is killed with {@link Process#destroyForcibly()} at every named step of the
 * store, and then at random moments of a slowed-down publish. After every kill, what a kiosk
 * would open from the store must be a complete snapshot that verifies: the old or the new one.
 */
class PublishCrashTest {
    private static final List<String> PUBLISH_STEPS = List.of("verified", "copied", "placed", "current-written",
            "history-written", "pruned");
    private static final int RANDOM_KILLS = 20;

    @TempDir
    Path dir;

    @Test
    void aKillAtAnyPointLeavesTheOldOrTheNewSnapshotCurrent() throws Exception {
        long started = System.nanoTime();
        Path a = dir.resolve("a.sqlite");
        SnapshotBuilds.fromContent(Path.of("content"), a, Instant.parse("2026-01-01T00:00:00Z"));
        Path b = dir.resolve("b.sqlite");
        Files.copy(a, b);
        Path openDays = dir.resolve("open_days.csv");
        Files.writeString(openDays, "facility_code,date,start,end,quota,note_zh,note_en,sample\n"
                + "fac-jingkou-wwtp,2027-08-21,09:30,11:30,30,,,true\n");
        assertEquals(0, StaffCli.run("import", "open-days", "--snapshot", b, "--audit-log", dir.resolve("a.jsonl"),
                openDays).exitCode());
        String hashA = hash(a);
        String hashB = hash(b);
        Path storeDir = dir.resolve("store");
        SnapshotStore store = new SnapshotStore(storeDir);
        store.publish(a, 3);

        Map<String, Integer> outcomes = new TreeMap<>();
        int kills = 0;
        for (String step : PUBLISH_STEPS) {
            String before = currentHash(store);
            Path candidate = before.equals(hashA) ? b : a;
            killAt(List.of("publish", candidate.toString(), "--store", storeDir.toString()), step, 0, 0);
            kills++;
            String after = assertKioskOpensACompleteSnapshot(store, storeDir, before, hash(candidate));
            outcomes.merge(step + (after.equals(before) ? " -> old" : " -> new"), 1, Integer::sum);
        }
        // rollback, killed between writing the history and moving the pointer
        String beforeRollback = currentHash(store);
        killAt(List.of("rollback", "--store", storeDir.toString()), "rollback-history-written", 0, 0);
        kills++;
        assertKioskOpensACompleteSnapshot(store, storeDir, beforeRollback, beforeRollback.equals(hashA) ? hashB : hashA);

        Random random = new Random(20261129L);
        for (int i = 0; i < RANDOM_KILLS; i++) {
            String before = currentHash(store);
            Path candidate = before.equals(hashA) ? b : a;
            int delayMs = 300 + random.nextInt(1200);
            killAt(List.of("publish", candidate.toString(), "--store", storeDir.toString()), "", 60, delayMs);
            kills++;
            String after = assertKioskOpensACompleteSnapshot(store, storeDir, before, hash(candidate));
            outcomes.merge("random -> " + (after.equals(before) ? "old" : "new"), 1, Integer::sum);
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        System.out.printf("crash test: %d kills in %d s; outcomes %s%n", kills, seconds, outcomes);
        assertTrue(outcomes.keySet().stream().anyMatch(k -> k.endsWith("new")), "no kill came late enough: " + outcomes);
        assertTrue(outcomes.keySet().stream().anyMatch(k -> k.endsWith("old")), "no kill came early enough: " + outcomes);
    }

    /** Starts the command in a new JVM and kills it at {@code step}, or after {@code delayMs}. */
    private void killAt(List<String> command, String step, long stepDelayMs, long delayMs) throws Exception {
        Path marker = dir.resolve("marker-" + System.nanoTime());
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                "-Deco-kiosk.crash-test.pause-at=" + step, "-Deco-kiosk.crash-test.marker=" + marker,
                "-Deco-kiosk.crash-test.step-delay-ms=" + stepDelayMs, "org.ecokiosk.cli.Launcher"));
        cmd.addAll(command);
        cmd.addAll(List.of("--audit-log", dir.resolve("audit.jsonl").toString(), "--by", "crash-test"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            if (step.isEmpty()) {
                p.waitFor(delayMs, TimeUnit.MILLISECONDS);
            } else {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (!Files.exists(marker)) {
                    if (!p.isAlive() || System.nanoTime() > deadline) {
                        fail("the child never reached step " + step + ":\n" + Files.readString(dir.resolve("child.log")));
                    }
                    Thread.sleep(10);
                }
            }
        } finally {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** What a kiosk starting now would show: it must verify and be the old or the new content. */
    private static String assertKioskOpensACompleteSnapshot(SnapshotStore store, Path storeDir, String old,
                                                            String fresh) throws Exception {
        Path shown = KioskSnapshots.resolve(KioskConfig.loadOrDefaults(Path.of("no-such-config.properties"))
                .withSnapshotStore(storeDir));
        SnapshotVerifier.Result check = SnapshotVerifier.verify(shown);
        assertTrue(check.ok(), "the kiosk would open a broken snapshot: " + check.problem());
        String h = check.meta().orElseThrow().contentSha256();
        assertTrue(h.equals(old) || h.equals(fresh), "neither the old nor the new snapshot: " + h);
        try (SnapshotReader reader = SnapshotReader.open(shown)) {
            assertTrue(!reader.facilities().isEmpty(), "the snapshot opens but is empty");
        }
        assertEquals(shown, store.current().orElseThrow(), "the pointer names another file than the kiosk opened");
        return h;
    }

    private static String currentHash(SnapshotStore store) throws Exception {
        return hash(store.current().orElseThrow());
    }

    private static String hash(Path snapshot) {
        return SnapshotVerifier.verify(snapshot).meta().orElseThrow().contentSha256();
    }

}
