package org.ecokiosk.config;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The admin PIN, stored only as PBKDF2-HMAC-SHA256 with a random salt, in the form
 * {@code pbkdf2-sha256:<iterations>:<salt base64>:<hash base64>}. 600,000 iterations follow
 * OWASP's 2023 advice for this algorithm: a PIN has few digits, so each guess must be slow.
 */
public final class PinHash {
    public static final int ITERATIONS = 600_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private PinHash() {
    }

    public static String hash(char[] pin) {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return format(ITERATIONS, salt, derive(pin, salt, ITERATIONS));
    }

    /** True when {@code pin} matches {@code stored}; false for a malformed, empty or too weak stored value. */
    public static boolean matches(char[] pin, String stored) {
        String[] parts = stored == null ? new String[0] : stored.trim().split(":");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            if (iterations < ITERATIONS) {
                // below the floor: refused, not merely warned about (a weak hash is cheap to crack offline)
                return false;
            }
            return MessageDigest.isEqual(expected, derive(pin, salt, iterations));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** Whether a stored hash meets today's iteration floor (older or hand-made hashes may not). */
    public static boolean isStrong(String stored) {
        String[] parts = stored == null ? new String[0] : stored.trim().split(":");
        try {
            return parts.length == 4 && parts[0].equals(PREFIX) && Integer.parseInt(parts[1]) >= ITERATIONS;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** PINs are 4 to 12 digits: a touch screen offers only a digit pad. */
    public static boolean isAcceptablePin(char[] pin) {
        if (pin.length < 4 || pin.length > 12) {
            return false;
        }
        for (char c : pin) {
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String format(int iterations, byte[] salt, byte[] hash) {
        Base64.Encoder b64 = Base64.getEncoder();
        return PREFIX + ":" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
