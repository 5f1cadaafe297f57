package org.ecokiosk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecokiosk.audit.AuditLog;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.config.PinHash;
import org.ecokiosk.model.audit.AuditAction;
import org.ecokiosk.model.audit.AuditEntry;
import org.ecokiosk.model.audit.AuditOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetPinCommandTest {
    @TempDir
    Path dir;

    private CliRunner.Result setPin(Path config, String typed) {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream((typed + "\n").getBytes(StandardCharsets.UTF_8)));
            return CliRunner.run("admin", "set-pin", "--pin-stdin", "--config", config.toString(),
                    "--audit-log", dir.resolve("audit.jsonl").toString());
        } finally {
            System.setIn(stdin);
        }
    }

    private List<AuditEntry> audit() throws Exception {
        return new AuditLog(dir.resolve("audit.jsonl")).last(10);
    }

    @Test
    void theHashReplacesTheOldOneEverythingElseStaysAndItIsAudited() throws Exception {
        Path config = dir.resolve("kiosk.properties");
        Files.writeString(config, "# a comment\nkiosk.id=k1\nadmin.pin.hash=old\nidle.seconds=60\nstate.dir=" + dir + "\n");
        CliRunner.Result r = setPin(config, "97531");
        assertEquals(0, r.exitCode(), r.err());
        String text = Files.readString(config);
        assertTrue(text.startsWith("# a comment\nkiosk.id=k1\n"));
        assertTrue(text.contains("idle.seconds=60"));
        assertFalse(text.contains("97531"), "never the PIN itself");
        KioskConfig c = KioskConfig.load(config);
        assertTrue(PinHash.matches("97531".toCharArray(), c.adminPinHash()));
        AuditEntry entry = audit().get(0);
        assertEquals(1, audit().size());
        assertEquals(AuditAction.PIN_SET, entry.action());
        assertEquals(AuditOutcome.OK, entry.outcome());
        assertEquals("k1", entry.actor().kioskId());
        assertEquals(System.getProperty("user.name"), entry.actor().osUser());
        assertFalse(Files.readString(dir.resolve("audit.jsonl")).contains(c.adminPinHash()), "nor its hash");
    }

    @Test
    void aPinThatIsNotFourToTwelveDigitsIsRefusedAndTheRefusalAudited() throws Exception {
        Path config = dir.resolve("k.properties");
        CliRunner.Result r = setPin(config, "12a4");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("4 to 12 digits"), r.err());
        assertFalse(Files.exists(config), "nothing written");
        assertEquals(List.of(AuditAction.PIN_SET + ":" + AuditOutcome.REJECTED),
                audit().stream().map(e -> e.action() + ":" + e.outcome()).toList());
    }

    @Test
    void setPinStartsTheTryCounterSoThatDeletingItLocksThePad() throws Exception {
        Path config = dir.resolve("kiosk.properties");
        Files.writeString(config, "kiosk.id=k1\nstate.dir=" + dir.resolve("var") + "\n");
        assertEquals(0, setPin(config, "864209").exitCode());
        KioskConfig c = KioskConfig.load(config);
        assertTrue(c.pinTriesRequired(), Files.readString(config));
        assertTrue(Files.isRegularFile(c.pinTriesFile()), "set-pin wrote a fresh counter");
        java.time.Clock now = java.time.Clock.fixed(java.time.Instant.parse("2026-12-01T02:00:00Z"),
                java.time.ZoneOffset.UTC);
        org.ecokiosk.config.PinGuard guard = new org.ecokiosk.config.PinGuard(c.adminPinHash(), c.pinTriesFile(), now,
                c.pinTriesRequired());
        assertEquals(org.ecokiosk.config.PinGuard.Verdict.REJECTED, guard.attempt("111111".toCharArray()).verdict());
        Files.delete(c.pinTriesFile());
        assertEquals(org.ecokiosk.config.PinGuard.Verdict.LOCKED, guard.attempt("864209".toCharArray()).verdict());
        // setting the PIN again (someone allowed to edit the configuration) starts afresh
        assertEquals(0, setPin(config, "864209").exitCode());
        KioskConfig again = KioskConfig.load(config);
        assertEquals(org.ecokiosk.config.PinGuard.Verdict.ACCEPTED, new org.ecokiosk.config.PinGuard(
                again.adminPinHash(), again.pinTriesFile(), now, again.pinTriesRequired())
                .attempt("864209".toCharArray()).verdict());
    }
}
