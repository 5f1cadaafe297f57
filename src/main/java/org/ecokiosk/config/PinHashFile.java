package org.ecokiosk.config;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a new admin PIN hash into kiosk.properties: owner-only (rw-------, the hash is what a
 * guesser would attack offline), atomically (temp file, fsync, rename), keeping every other line
 * and comment except the demo-PIN note, which is untrue once a real PIN is set. Beside the hash
 * it writes {@value #TRIES_REQUIRED}{@code =true}: call {@link PinGuard#startCounting} first.
 */
public final class PinHashFile {
    /**
     * Written beside the hash: the PIN try counter exists (set-pin started it), so a kiosk that
     * finds none knows it was deleted ({@link PinGuard}).
     */
    public static final String TRIES_REQUIRED = "admin.pin.tries.required";

    private PinHashFile() {
    }

    public static void write(Path config, String hash) throws IOException {
        List<String> lines = Files.exists(config) ? Files.readAllLines(config, StandardCharsets.UTF_8) : List.of();
        List<String> out = new ArrayList<>();
        boolean replaced = false;
        for (String line : lines) {
            String t = line.trim();
            if (t.startsWith("#") && (t.toUpperCase(java.util.Locale.ROOT).contains("DEMO PIN") || t.contains("246810"))) {
                continue;
            }
            if (t.startsWith(TRIES_REQUIRED)) {
                continue;
            }
            if (t.startsWith("admin.pin.hash")) {
                if (!replaced) {
                    out.add("admin.pin.hash=" + hash);
                    out.add(TRIES_REQUIRED + "=true");
                    replaced = true;
                }
            } else {
                out.add(line);
            }
        }
        if (!replaced) {
            out.add("admin.pin.hash=" + hash);
            out.add(TRIES_REQUIRED + "=true");
        }
        Path dir = config.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + config.getFileName(), ".tmp");
        try {
            ownerOnly(temp);
            Files.writeString(temp, String.join("\n", out) + "\n", StandardCharsets.UTF_8);
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(temp, config, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            ownerOnly(config);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's ACL decides; kiosk-config belongs in an admin-only folder there
        }
    }
}
