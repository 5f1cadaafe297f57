package org.ecokiosk.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes {@code report.pdf.sha256} beside {@code report.pdf} in {@code sha256sum} format
 * ("hex, two spaces, file name"), so anyone can check a published file with
 * {@code sha256sum -c report.pdf.sha256} in the folder that holds both.
 */
public final class Sha256Sidecar {

    private Sha256Sidecar() {
    }

    /** @return the path of the checksum file written */
    public static Path writeBeside(Path file) throws IOException {
        String line = sha256Hex(file) + "  " + file.getFileName() + "\n";
        Path sidecar = file.resolveSibling(file.getFileName() + ".sha256");
        Files.writeString(sidecar, line, StandardCharsets.UTF_8);
        return sidecar;
    }

    public static String sha256Hex(Path file) throws IOException {
        MessageDigest sha = newSha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(newSha256().digest(bytes));
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }
}
