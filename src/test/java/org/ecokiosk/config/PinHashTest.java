package org.ecokiosk.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.Test;

class PinHashTest {
    @Test
    void aPinMatchesItsHashAndNothingElse() {
        String stored = PinHash.hash("531864".toCharArray());
        assertTrue(stored.startsWith("pbkdf2-sha256:600000:"));
        assertTrue(PinHash.matches("531864".toCharArray(), stored));
        assertFalse(PinHash.matches("531865".toCharArray(), stored));
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
    void theTestConfigHoldsAStrongHashOfTheTestPin() throws Exception {
        KioskConfig c = KioskConfig.load(Fixtures.kioskConfigTemplate());
        assertTrue(c.warnings().isEmpty(), c.warnings().toString());
        assertTrue(PinHash.isStrong(c.adminPinHash()));
        assertTrue(PinHash.matches(Fixtures.PIN.toCharArray(), c.adminPinHash()));
    }
}
