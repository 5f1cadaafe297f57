package org.ecokiosk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Someone at an office PC with a file manager deletes the PIN try counter to get fresh tries.
 * Once set-pin marked the configuration, a missing counter is a deleted one: the longest lock,
 * every time, so deleting gains nothing over waiting.
 */
class PinCounterDeletedTest {
    private static String hash;
    private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");

    @TempDir
    Path dir;

    @BeforeAll
    static void hashOnce() {
        hash = PinHash.hash("246813".toCharArray());
    }

    private Path counter() {
        return dir.resolve("admin").resolve("pin-tries.properties");
    }

    private PinGuard guard(Instant at, boolean required) {
        return new PinGuard(hash, counter(), Clock.fixed(at, ZoneOffset.UTC), required);
    }

    @Test
    void aDeletedCounterMeansTheLongestLockNotFreshTries() throws Exception {
        PinGuard.startCounting(hash, counter());
        PinGuard g = guard(T0, true);
        for (int i = 0; i < 3; i++) {
            assertEquals(PinGuard.Verdict.REJECTED, g.attempt("000000".toCharArray()).verdict());
        }
        Files.delete(counter());
        PinGuard.Outcome after = guard(T0, true).attempt("246813".toCharArray());
        assertEquals(PinGuard.Verdict.LOCKED, after.verdict(), "even the right PIN waits: the counter was deleted");
        assertEquals(T0.plus(PinGuard.LONGEST_LOCK), after.lockedUntil());
        // deleting it again, later, still opens nothing
        Instant later = T0.plusSeconds(600);
        Files.delete(counter());
        assertEquals(PinGuard.Verdict.LOCKED, guard(later, true).attempt("246813".toCharArray()).verdict());
        // when the lock is over, one wrong streak locks for the longest time again, not 30 s
        Instant over = later.plus(PinGuard.LONGEST_LOCK).plusSeconds(1);
        PinGuard.Outcome last = null;
        for (int i = 0; i < PinGuard.TRIES_BEFORE_LOCK; i++) {
            last = guard(over, true).attempt("000000".toCharArray());
        }
        assertEquals(PinGuard.Verdict.LOCKED, last.verdict());
        assertEquals(over.plus(PinGuard.LONGEST_LOCK), last.lockedUntil());
    }

    @Test
    void aFreshCounterFromSetPinLetsTheRightPinIn() {
        PinGuard.startCounting(hash, counter());
        assertTrue(Files.isRegularFile(counter()));
        assertEquals(PinGuard.Verdict.ACCEPTED, guard(T0, true).attempt("246813".toCharArray()).verdict());
    }

    @Test
    void aCounterStartedForAnotherHashDoesNotCountForThisOne() {
        PinGuard.startCounting(PinHash.hash("135792".toCharArray()), counter());
        assertEquals(PinGuard.Verdict.LOCKED, guard(T0, true).attempt("246813".toCharArray()).verdict(),
                "a counter copied from another kiosk or an older PIN is not this PIN's counter");
    }

    @Test
    void withoutTheMarkAMissingCounterIsAFirstStartAsBefore() {
        PinGuard.Outcome first = guard(T0, false).attempt("000000".toCharArray());
        assertEquals(PinGuard.Verdict.REJECTED, first.verdict());
        assertEquals(PinGuard.TRIES_BEFORE_LOCK - 1, first.triesLeft());
    }

    @Test
    void setPinWritesTheMarkBesideTheHashAndTheConfigReadsIt() throws Exception {
        Path cfg = dir.resolve("kiosk.properties");
        Files.writeString(cfg, "kiosk.id=a\nstate.dir=" + dir + "\nadmin.pin.hash=old\nadmin.pin.tries.required=false\n");
        assertFalse(KioskConfig.load(cfg).pinTriesRequired());
        PinHashFile.write(cfg, hash);
        String text = Files.readString(cfg);
        assertEquals(1, text.split(PinHashFile.TRIES_REQUIRED, -1).length - 1, text);
        KioskConfig config = KioskConfig.load(cfg);
        assertTrue(config.pinTriesRequired());
        assertEquals(hash, config.adminPinHash());
        assertEquals(counter(), config.pinTriesFile());
    }
}
