package org.ecokiosk.resources;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;

/**
 * Resources of the jar that a library can only use as files (the SQLite driver's native library,
 * the bundled fonts): copied once into a cache folder and reused by every later start, instead of
 * being copied out of the jar on each one (the driver wrote and compared its 1 MB library byte by
 * byte; JavaFX wrote 21 MB of fonts to temporary files).
 *
 * <p>A copy is named by the jar entry's CRC-32 and size, read from the jar's directory without
 * unpacking, so a new version of the resource gets a new file. Before each use the copy's CRC-32
 * is computed again (native code, milliseconds for the fonts): a damaged or half-replaced copy
 * is written anew, never used. This is a check against damage, not against someone who can
 * write the kiosk account's own cache; that account could already replace the driver's copy in
 * the temporary folder. Run from classes on disk (a checkout, the tests) the resource is already
 * a file and is used where it is.
 *
 * <p>The folder: the system property {@value #CACHE_DIR_PROPERTY}, else {@code $XDG_CACHE_HOME/eco-kiosk},
 * else {@code ~/.cache/eco-kiosk} (on an installed kiosk {@code /var/lib/eco-kiosk/.cache/eco-kiosk},
 * the kiosk account's home).
 */
public final class ExtractedResources {
    public static final String CACHE_DIR_PROPERTY = "ecokiosk.cache.dir";

    private ExtractedResources() {
    }

    /** The folder copies go into (it may not exist yet). */
    public static Path cacheDir() {
        String configured = System.getProperty(CACHE_DIR_PROPERTY, "");
        if (!configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "eco-kiosk");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "eco-kiosk");
    }

    /**
     * {@code resource} (absolute, e.g. {@code /fonts/NotoSansSC-Regular.ttf}) as a file: where it is
     * when it is one, else its checked copy in {@link #cacheDir()}, made now if missing or damaged.
     * Empty when the resource does not exist or no copy can be made (the caller then reads the stream).
     */
    public static Optional<Path> asFile(String resource) {
        URL url = ExtractedResources.class.getResource(resource);
        return url == null ? Optional.empty() : asFile(url, cacheDir());
    }

    /** {@code url} (a {@code file:} or {@code jar:} URL) as a file, copied into {@code cacheDir} if it is in a jar. */
    static Optional<Path> asFile(URL url, Path cacheDir) {
        try {
            if (url.getProtocol().equals("file")) {
                return Optional.of(Path.of(url.toURI()));
            }
            if (!(url.openConnection() instanceof JarURLConnection jar)) {
                return Optional.empty();
            }
            jar.setUseCaches(true);
            JarEntry entry = jar.getJarEntry();
            if (entry.getCrc() < 0 || entry.getSize() < 0) {
                return Optional.empty();
            }
            String entryName = entry.getName();
            String name = entryName.substring(entryName.lastIndexOf('/') + 1);
            Path dir = cacheDir.resolve(String.format("%08x-%d", entry.getCrc(), entry.getSize()));
            Path copy = dir.resolve(name);
            if (Files.isRegularFile(copy) && Files.size(copy) == entry.getSize() && crc(copy) == entry.getCrc()) {
                return Optional.of(copy);
            }
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "." + name + ".", ".part");
            try {
                try (InputStream in = url.openStream()) {
                    Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                }
                if (crc(temp) != entry.getCrc()) {
                    return Optional.empty();
                }
                readableByAll(temp);
                // renamed into place, not synced: a copy torn by a power cut fails its CRC and is written anew
                Files.move(temp, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return Optional.of(copy);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Temporary files are owner-only; a cache folder may be shared ({@value #CACHE_DIR_PROPERTY}) by accounts that only read. */
    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: files inherit the folder's ACL
        }
    }

    private static long crc(Path file) throws IOException {
        CRC32 crc = new CRC32();
        ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            while (ch.read(buffer) >= 0) {
                buffer.flip();
                crc.update(buffer);
                buffer.clear();
            }
        }
        return crc.getValue();
    }
}
