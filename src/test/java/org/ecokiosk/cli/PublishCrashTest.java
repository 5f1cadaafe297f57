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
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during publish and rollback: a separate JVM runs {@code eco-kiosk publish} (or
 * rollback) and is killed with {@link Process#destroyForcibly()} at every named step of the
 * store, and then at random moments of a slowed-down publish. After every kill, what a kiosk
 * would open from the store must be a complete snapshot that verifies: the old or the new one.
 * A random kill counts only when the child's step trace shows it landed inside the publish
 * (begun, not finished); the test goes on until {@link #RANDOM_KILLS} such kills are made.
 */
class PublishCrashTest {
    /** The store's steps of a publish, in order (SnapshotStore reports each to the crash-test hook). */
    private static final List<String> PUBLISH_STEPS = List.of("copied", "verified", "checked", "placed",
            "current-written", "history-written", "pruned");
    private static final int RANDOM_KILLS = 20;
    private static final int STEP_DELAY_MS = 60;

    @TempDir
    Path dir;
    private Path config;

    @Test
    void aKillAtAnyPointLeavesTheOldOrTheNewSnapshotCurrent() throws Exception {
        long started = System.nanoTime();
        config = Fixtures.kioskConfig(dir.resolve("config"));
        Path a = dir.resolve("a.sqlite");
        SnapshotBuilds.fromContent(Fixtures.content(), a, Instant.parse("2026-01-01T00:00:00Z"));
        Path b = dir.resolve("b.sqlite");
        Files.copy(a, b);
        Path openDays = dir.resolve("open_days.csv");
        Files.writeString(openDays, "facility_code,date,start,end,quota,note_zh,note_en,sample\n"
                + "fac-jingkou-wwtp,2027-08-21,09:30,11:30,30,,,true\n");
        assertEquals(0, StaffCli.run("import", "open-days", "--snapshot", b, "--audit-log", dir.resolve("a.jsonl"),
                "--config", config, openDays).exitCode());
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
            killAtStep(List.of("publish", candidate.toString(), "--store", storeDir.toString()), step);
            kills++;
            String after = assertKioskOpensACompleteSnapshot(store, storeDir, before, hash(candidate));
            outcomes.merge(step + (after.equals(before) ? " -> old" : " -> new"), 1, Integer::sum);
        }
        // rollback, killed between writing the history and moving the pointer
        String beforeRollback = currentHash(store);
        killAtStep(List.of("rollback", "--store", storeDir.toString()), "rollback-history-written");
        kills++;
        assertKioskOpensACompleteSnapshot(store, storeDir, beforeRollback, beforeRollback.equals(hashA) ? hashB : hashA);

        Random random = new Random(20261129L);
        Map<String, Integer> landedAfter = new TreeMap<>();
        int duringPublish = 0;
        int attempts = 0;
        while (duringPublish < RANDOM_KILLS) {
            assertTrue(attempts < 3 * RANDOM_KILLS, "only " + duringPublish + " of " + attempts
                    + " random kills landed inside a publish: " + landedAfter);
            attempts++;
            String before = currentHash(store);
            Path candidate = before.equals(hashA) ? b : a;
            // a random moment: somewhere in the slowed pause after a random step or in the work that follows it
            List<String> trace = killAfterStep(List.of("publish", candidate.toString(), "--store", storeDir.toString()),
                    random.nextInt(PUBLISH_STEPS.size() - 1), random.nextInt(2 * STEP_DELAY_MS));
            kills++;
            String after = assertKioskOpensACompleteSnapshot(store, storeDir, before, hash(candidate));
            if (!trace.isEmpty() && !trace.get(trace.size() - 1).equals(PUBLISH_STEPS.get(PUBLISH_STEPS.size() - 1))) {
                duringPublish++;
                landedAfter.merge(trace.get(trace.size() - 1), 1, Integer::sum);
                outcomes.merge("random -> " + (after.equals(before) ? "old" : "new"), 1, Integer::sum);
            }
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        System.out.printf("crash test: %d kills (%d random, %d inside a publish) in %d s; outcomes %s; random kills "
                + "landed after %s%n", kills, attempts, duringPublish, seconds, outcomes, landedAfter);
        assertTrue(landedAfter.size() >= 3, "the random kills landed after too few steps: " + landedAfter);
        assertTrue(outcomes.containsKey("random -> new"), "no random kill came late enough: " + outcomes);
        assertTrue(outcomes.containsKey("random -> old"), "no random kill came early enough: " + outcomes);
    }

    /** Starts the command in a new JVM and kills it once it pauses at {@code step}. */
    private void killAtStep(List<String> command, String step) throws Exception {
        try (SecondJvm.Held held = SecondJvm.heldAt(dir, step, withAudit(command))) {
            assertTrue(held.process().isAlive(), "the child stands still at " + step);
        }
    }

    /**
     * Starts the command in a new JVM with every store step slowed, waits until it has done step
     * number {@code step} (0 = the first), kills it {@code delayMs} later and returns the steps it
     * had done by then (empty when the child had already exited: that kill killed nothing).
     */
    private List<String> killAfterStep(List<String> command, int step, long delayMs) throws Exception {
        Path trace = dir.resolve("trace-" + System.nanoTime());
        Process p = start(command, List.of("-Deco-kiosk.crash-test.trace=" + trace,
                "-Deco-kiosk.crash-test.step-delay-ms=" + STEP_DELAY_MS));
        boolean killedAlive;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!Files.exists(trace) || Files.readAllLines(trace).size() <= step) {
                if (!p.isAlive() || System.nanoTime() > deadline) {
                    fail("the child never reached step " + PUBLISH_STEPS.get(step) + ":\n"
                            + Files.readString(dir.resolve("child.log")));
                }
                Thread.sleep(2);
            }
            Thread.sleep(delayMs);
            killedAlive = p.isAlive();
        } finally {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
        return killedAlive ? Files.readAllLines(trace) : List.of();
    }

    private Process start(List<String> command, List<String> hookProperties) throws Exception {
        return SecondJvm.start(dir.resolve("child.log"), hookProperties, withAudit(command));
    }

    private List<String> withAudit(List<String> command) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--audit-log", dir.resolve("audit.jsonl").toString(), "--by", "crash-test",
                "--config", config.toString()));
        return args;
    }

    /** What a kiosk starting now would show: it must verify and be the old or the new content. */
    private String assertKioskOpensACompleteSnapshot(SnapshotStore store, Path storeDir, String old, String fresh)
            throws Exception {
        Path shown = KioskSnapshots.published(KioskConfig.load(config).withSnapshotStore(storeDir)).orElseThrow();
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
