package org.ecokiosk.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A snapshot is one file. SQLite would also read a {@code -wal} beside it (or roll back a hot
 * {@code -journal}), so checks made through SQLite could see other content than the file that
 * is copied. A file with side files, or one in WAL mode (whose content may live in a side file
 * that is missing or comes later), is refused before SQLite ever opens it.
 */
final class StandaloneFile {
    private static final List<String> SIDE_FILES = List.of("-wal", "-shm", "-journal");
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private StandaloneFile() {
    }

    /** Empty when {@code file} stands alone; otherwise the reason, in words. */
    static java.util.Optional<String> problem(Path file) {
        for (String suffix : SIDE_FILES) {
            Path side = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(side)) {
                return java.util.Optional.of("it has a side file " + side.getFileName() + " (is the snapshot still open "
                        + "in another program, or was it copied from one that was?); a snapshot must be one "
                        + "self-contained file: close the program, or build the snapshot again");
            }
        }
        byte[] header = new byte[20];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(header, 0, header.length) < header.length) {
                return java.util.Optional.of("it is too short to be an SQLite file");
            }
        } catch (IOException e) {
            return java.util.Optional.of("it cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (header[i] != MAGIC[i]) {
                return java.util.Optional.of("it is not an SQLite file");
            }
        }
        // bytes 18 and 19: file format write/read version, 1 = rollback journal, 2 = WAL
        if (header[18] != 1 || header[19] != 1) {
            return java.util.Optional.of("it is in SQLite's WAL mode, so part of its content may live in another "
                    + "file; build the snapshot again with eco-kiosk (snapshot build or import)");
        }
        return java.util.Optional.empty();
    }
}
