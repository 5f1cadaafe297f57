package org.ecokiosk.fleet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;

/**
 * The office's Ed25519 key pair, made and read with the JDK's own provider. Files are PEM
 * (PKCS#8 for the private key, X.509 SubjectPublicKeyInfo for the public one), so
 * {@code openssl pkey} reads them too. The private key is created owner-only and refused when
 * others can read it: whoever holds it decides what every kiosk shows.
 */
public final class FleetKeys {
    public static final String PRIVATE_FILE = "fleet.key";
    public static final String PUBLIC_FILE = "fleet.pub";
    static final String ALGORITHM = "Ed25519";
    private static final String PRIVATE_LABEL = "PRIVATE KEY";
    private static final String PUBLIC_LABEL = "PUBLIC KEY";

    private FleetKeys() {
    }

    /** Where keygen put the files. */
    public record Written(Path privateKey, Path publicKey, String fingerprint) {
    }

    /** Writes DIR/fleet.key and DIR/fleet.pub; never overwrites an existing key. */
    public static Written generate(Path dir) throws FleetException, IOException {
        Path priv = dir.resolve(PRIVATE_FILE);
        Path pub = dir.resolve(PUBLIC_FILE);
        for (Path p : new Path[] {priv, pub}) {
            if (Files.exists(p)) {
                throw new FleetException(p + " already exists; kiosks trust the key it belongs to. Move it away"
                        + " first if you really mean to replace the office key");
            }
        }
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no Ed25519 (Java 15+ always has)", e);
        }
        Files.createDirectories(dir);
        try {
            createOwnerOnly(priv);
        } catch (FileAlreadyExistsException e) {
            throw new FleetException(priv + " already exists");
        }
        Files.writeString(priv, pem(PRIVATE_LABEL, pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        Files.writeString(pub, pem(PUBLIC_LABEL, pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        return new Written(priv, pub, fingerprint(pair.getPublic()));
    }

    public static PrivateKey readPrivate(Path file) throws FleetException, IOException {
        refuseReadableByOthers(file);
        byte[] der = unpem(file, PRIVATE_LABEL);
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new FleetException(file + " is not an Ed25519 private key (make one with: eco-kiosk fleet keygen)");
        }
    }

    public static PublicKey readPublic(Path file) throws FleetException, IOException {
        byte[] der = unpem(file, PUBLIC_LABEL);
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new FleetException(file + " is not an Ed25519 public key (use the fleet.pub that keygen wrote)");
        }
    }

    /** First 16 hex digits of the public key's SHA-256: enough for people to compare keys by eye. */
    public static String fingerprint(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }

    private static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the folder's ACL; FLEET.md says to keep the key in a private folder
            Files.createFile(file);
        }
    }

    private static void refuseReadableByOthers(Path file) throws FleetException, IOException {
        Set<PosixFilePermission> perms;
        try {
            perms = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException notPosix) {
            return;
        } catch (NoSuchFileException e) {
            throw new FleetException("no key file at " + file);
        }
        for (PosixFilePermission p : perms) {
            if (p.name().startsWith("GROUP") || p.name().startsWith("OTHERS")) {
                throw new FleetException(file + " can be read by other users (" + PosixFilePermissions.toString(perms)
                        + "); make it owner-only first: chmod 600 " + file);
            }
        }
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static byte[] unpem(Path file, String label) throws FleetException, IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw new FleetException("no key file at " + file);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new FleetException(file + " is not a PEM key file");
        }
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new FleetException(file + " is not a PEM file with a " + label + " block");
        }
        try {
            return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
        } catch (IllegalArgumentException e) {
            throw new FleetException(file + " has a damaged " + label + " block");
        }
    }
}
