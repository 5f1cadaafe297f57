package org.ecokiosk.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PinHashTest {
    @Test
    void aPinMatchesItsHashAndNothingElse() {
        String stored = PinHash.hash("246810".toCharArray());
        assertTrue(stored.startsWith("pbkdf2-sha256:600000:"));
        assertTrue(PinHash.matches("246810".toCharArray(), stored));
        assertFalse(PinHash.matches("246811".toCharArray(), stored));
        assertFalse(PinHash.matches("".toCharArray(), stored));
        assertTrue(PinHash.isStrong(stored));
    }

    @Test
    void theSaltIsRandom() {
        assertNotEquals(PinHash.hash("1234".toCharArray()), PinHash.hash("1234".toCharArray()));
    }

    @Test
    void malformedOrWeakHashesNeverMatch() {
        assertFalse(PinHash.matches("1234".toCharArray(), ""));
        assertFalse(PinHash.matches("1234".toCharArray(), "1234"));
        assertFalse(PinHash.matches("1234".toCharArray(), "pbkdf2-sha256:x:y:z"));
        assertFalse(PinHash.isStrong("pbkdf2-sha256:1000:AAAA:AAAA"));
    }

    @Test
    void theCommittedDemoConfigHasAStrongHashAndSaneValues() throws Exception {
        KioskConfig c = KioskConfig.load(Path.of("kiosk-config/kiosk.properties"));
        assertTrue(c.warnings().isEmpty(), c.warnings().toString());
        assertTrue(PinHash.isStrong(c.adminPinHash()));
        assertTrue(PinHash.matches("246810".toCharArray(), c.adminPinHash()), "README documents demo PIN 246810");
    }
}
