package org.ecokiosk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PinGuardTest {
    private static String hash;
    @TempDir
    Path dir;
    private Instant now = Instant.parse("2026-11-29T08:00:00Z");

    @BeforeAll
    static void hashOnce() {
        hash = PinHash.hash("1357".toCharArray());
    }

    private PinGuard guard() {
        return new PinGuard(hash, dir.resolve("tries.properties"), new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        });
    }

    @Test
    void fiveWrongTriesLockWithAGrowingDelayThatSurvivesARestart() {
        for (int i = 1; i <= 4; i++) {
            PinGuard.Outcome o = guard().attempt("0000".toCharArray());
            assertEquals(PinGuard.Verdict.REJECTED, o.verdict());
            assertEquals(5 - i, o.triesLeft());
        }
        PinGuard.Outcome locked = guard().attempt("0000".toCharArray());
        assertEquals(PinGuard.Verdict.LOCKED, locked.verdict());
        assertEquals(now.plusSeconds(30), locked.lockedUntil());
        // even the right PIN is not checked while locked, and a new PinGuard (a restart) remembers
        assertEquals(PinGuard.Verdict.LOCKED, guard().attempt("1357".toCharArray()).verdict());
        now = now.plusSeconds(31);
        for (int i = 0; i < 5; i++) {
            guard().attempt("0000".toCharArray());
        }
        assertEquals(now.plusSeconds(60), guard().lockedUntil(), "the second lock is twice as long");
        now = now.plusSeconds(61);
        assertEquals(PinGuard.Verdict.ACCEPTED, guard().attempt("1357".toCharArray()).verdict());
        assertEquals(PinGuard.Verdict.REJECTED, guard().attempt("0000".toCharArray()).verdict());
    }

    @Test
    void locksNeverExceedAnHour() {
        assertEquals(Duration.ofSeconds(30), PinGuard.lockLength(0));
        assertEquals(Duration.ofMinutes(16), PinGuard.lockLength(5));
        assertEquals(Duration.ofHours(1), PinGuard.lockLength(30));
    }

    @Test
    void aDamagedCounterFileLocksForTheLongestLockInsteadOfOpening() throws Exception {
        Files.writeString(dir.resolve("tries.properties"), "lockedUntil=garbage");
        assertEquals(PinGuard.Verdict.LOCKED, guard().attempt("1357".toCharArray()).verdict());
        now = now.plusSeconds(31);
        assertEquals(PinGuard.Verdict.LOCKED, guard().attempt("1357".toCharArray()).verdict(),
                "damaging the file again and again must not be a way to fresh tries every 30 s");
        now = now.plus(PinGuard.LONGEST_LOCK);
        assertEquals(PinGuard.Verdict.ACCEPTED, guard().attempt("1357".toCharArray()).verdict());
    }
}
