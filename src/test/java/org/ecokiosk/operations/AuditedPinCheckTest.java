package org.ecokiosk.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecokiosk.audit.AuditLog;
import org.ecokiosk.config.PinGuard;
import org.ecokiosk.config.PinHash;
import org.ecokiosk.model.audit.AuditEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every PIN try is audited: wrong ones, the lock-out (and tries while locked), and the right one. */
class AuditedPinCheckTest {
    /** One real hash (the iteration floor refuses weaker ones), made once for the class. */
    private static String hash;
    @TempDir
    Path dir;

    @BeforeAll
    static void realHash() {
        hash = PinHash.hash("2468".toCharArray());
    }

    private AuditedPinCheck check(OperationsFixture ops) {
        return new AuditedPinCheck(new PinGuard(hash, dir.resolve("tries.properties"), OperationsFixture.CLOCK),
                ops.trail);
    }

    @Test
    void wrongTriesTheLockOutAndTriesWhileLockedAreAudited() throws Exception {
        OperationsFixture ops = new OperationsFixture(dir);
        AuditedPinCheck pin = check(ops);
        for (int i = 0; i < PinGuard.TRIES_BEFORE_LOCK; i++) {
            pin.attempt("1111".toCharArray());
        }
        PinGuard.Outcome whileLocked = pin.attempt("2468".toCharArray());
        assertEquals(PinGuard.Verdict.LOCKED, whileLocked.verdict(), "even the right PIN waits for the lock");
        assertEquals(List.of("pin-rejected:rejected", "pin-rejected:rejected", "pin-rejected:rejected",
                "pin-rejected:rejected", "pin-locked:rejected", "pin-locked:rejected"), ops.logged());
        List<AuditEntry> entries = ops.entries();
        assertEquals(4, entries.get(0).counts().get("triesLeft"));
        assertEquals(1, entries.get(3).counts().get("triesLeft"));
        assertEquals(OperationsFixture.CLOCK.instant(), entries.get(4).time());
        assertEquals(OperationsFixture.ACTOR, entries.get(4).actor());
        assertFalse(Files.readString(ops.log.file()).contains("1111"), "never the PIN tried");
    }

    @Test
    void theRightPinIsAudited() throws Exception {
        OperationsFixture ops = new OperationsFixture(dir);
        assertEquals(PinGuard.Verdict.ACCEPTED, check(ops).attempt("2468".toCharArray()).verdict());
        assertEquals(List.of("pin-accepted:ok"), ops.logged());
    }

    @Test
    void aLogThatCannotBeWrittenNeverChangesTheVerdict() throws Exception {
        Files.createDirectories(dir.resolve("log-is-a-folder.jsonl"));
        AuditTrail broken = new AuditTrail(new AuditLog(dir.resolve("log-is-a-folder.jsonl")), OperationsFixture.ACTOR,
                OperationsFixture.CLOCK);
        AuditedPinCheck pin = new AuditedPinCheck(new PinGuard(hash, dir.resolve("tries.properties"),
                OperationsFixture.CLOCK), broken);
        assertEquals(PinGuard.Verdict.REJECTED, pin.attempt("1111".toCharArray()).verdict());
        assertEquals(PinGuard.Verdict.ACCEPTED, pin.attempt("2468".toCharArray()).verdict());
    }
}
