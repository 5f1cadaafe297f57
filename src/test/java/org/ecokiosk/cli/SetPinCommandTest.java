package org.ecokiosk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.config.PinHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetPinCommandTest {
    @TempDir
    Path dir;

    @Test
    void theHashReplacesTheOldOneAndEverythingElseStays() throws Exception {
        Path config = dir.resolve("kiosk.properties");
        Files.writeString(config, "# a comment\nkiosk.id=k1\nadmin.pin.hash=old\nidle.seconds=60\n");
        SetPinCommand.writeHash(config, PinHash.hash("97531".toCharArray()));
        String text = Files.readString(config);
        assertTrue(text.startsWith("# a comment\nkiosk.id=k1\n"));
        assertTrue(text.contains("idle.seconds=60"));
        assertFalse(text.contains("97531"), "never the PIN itself");
        KioskConfig c = KioskConfig.load(config);
        assertTrue(PinHash.matches("97531".toCharArray(), c.adminPinHash()));
    }

    @Test
    void aPinThatIsNotFourToTwelveDigitsIsRefused() {
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("12a4\n".getBytes()));
            CliRunner.Result r = CliRunner.run("admin", "set-pin", "--pin-stdin", "--config", dir.resolve("k.properties").toString());
            assertEquals(1, r.exitCode());
            assertTrue(r.err().contains("4 to 12 digits"), r.err());
        } finally {
            System.setIn(stdin);
        }
    }
}
