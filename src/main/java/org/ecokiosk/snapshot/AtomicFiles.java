package org.ecokiosk.snapshot;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces files so a reader sees the old file or the new one, never half of either:
 * the new bytes are flushed to disk before the rename, and the directory after it.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    public static void replace(Path source, Path target) throws IOException {
        fsync(source);
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        fsyncDirectory(target.toAbsolutePath().getParent());
    }

    /** Writes text to a temporary sibling and renames it over {@code target}. */
    public static void writeString(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temp, text);
            readableByAll(temp);
            replace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A fresh temporary path beside {@code target}, on the same file system so the rename is atomic. */
    public static Path siblingTemp(Path target, String suffix) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", suffix);
        Files.delete(temp);
        return temp;
    }

    /**
     * Temporary files are created owner-only; a pointer, PDF or snapshot that the kiosk account
     * or an officer must read gets the usual rw-r--r-- before it is renamed into place.
     */
    public static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: files inherit the folder's ACL, which is what we want there
        }
    }

    public static void fsync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static void fsyncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException notSupported) {
            // some file systems refuse to open directories; the rename itself is still atomic
        }
    }
}
