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
        Files.writeString(config, "# a comment\nkiosk.id=k1\nadmin.pin.hash=old\nidle.seconds=60\n");
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
}
