package org.ecokiosk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PIN as someone with a file manager would attack it: reset the try counter by editing it,
 * plant a weak hash, read the hash from a world-readable config. Every one fails closed.
 */
class PinFailsClosedTest {
    private static String hash;
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @BeforeAll
    static void hashOnce() {
        hash = PinHash.hash("1357".toCharArray());
    }

    private PinGuard guard() {
        return new PinGuard(hash, dir.resolve("tries.properties"), NOW);
    }

    @Test
    void anEditedNegativeOrAbsurdCounterMeansLocked() throws Exception {
        for (String edited : List.of("failures=-100\nlocks=0\nlockedUntil=1970-01-01T00:00:00Z\n",
                "failures=0\nlocks=0\nlockedUntil=1970-01-01T00:00:00Z\n",
                "failures=2\nlocks=99999999\nlockedUntil=1970-01-01T00:00:00Z\nmac=00\n",
                "failures=0\nlocks=0\nlockedUntil=3000-01-01T00:00:00Z\n")) {
            Files.writeString(dir.resolve("tries.properties"), edited);
            PinGuard.Outcome o = guard().attempt("1357".toCharArray());
            assertEquals(PinGuard.Verdict.LOCKED, o.verdict(), edited);
        }
    }

    @Test
    void theCounterItselfWritesAValidMacAndCountsOn() {
        PinGuard g = guard();
        assertEquals(PinGuard.Verdict.REJECTED, g.attempt("0000".toCharArray()).verdict());
        assertEquals(3, guard().attempt("0000".toCharArray()).triesLeft(), "a restart keeps the count");
        assertEquals(PinGuard.Verdict.ACCEPTED, guard().attempt("1357".toCharArray()).verdict());
    }

    @Test
    void aHashBelowTheIterationFloorIsRefusedNotWarnedAbout() throws Exception {
        String[] parts = PinHash.hash("1357".toCharArray()).split(":");
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        javax.crypto.SecretKeyFactory f = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        byte[] weak = f.generateSecret(new javax.crypto.spec.PBEKeySpec("1357".toCharArray(), salt, 1000,
                Base64.getDecoder().decode(parts[3]).length * 8)).getEncoded();
        String weakHash = parts[0] + ":1000:" + parts[2] + ":" + Base64.getEncoder().encodeToString(weak);
        assertFalse(PinHash.matches("1357".toCharArray(), weakHash), "the right PIN against a weak hash");
        Path cfg = dir.resolve("kiosk.properties");
        Files.writeString(cfg, "admin.pin.hash=" + weakHash + "\n");
        KioskConfig config = KioskConfig.load(cfg);
        assertEquals("", config.adminPinHash());
        assertTrue(config.warnings().stream().anyMatch(w -> w.contains("refused")));
    }

    @Test
    void settingAPinWritesTheConfigOwnerOnlyAndDropsTheDemoNote() throws Exception {
        Path cfg = dir.resolve("kiosk.properties");
        Files.writeString(cfg, "kiosk.id=a\n# DEMO PIN 246810 — change it before deployment: eco-kiosk admin set-pin.\n"
                + "# Admin PIN as a PBKDF2-HMAC-SHA256 hash.\nadmin.pin.hash=old\n");
        Files.setPosixFilePermissions(cfg, PosixFilePermissions.fromString("rw-r--r--"));
        PinHashFile.write(cfg, hash);
        String text = Files.readString(cfg);
        assertFalse(text.contains("246810"), text);
        assertTrue(text.contains("# Admin PIN as a PBKDF2-HMAC-SHA256 hash."), "other comments stay");
        assertTrue(text.contains("admin.pin.hash=" + hash) && text.contains("kiosk.id=a"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cfg)));
    }
}
