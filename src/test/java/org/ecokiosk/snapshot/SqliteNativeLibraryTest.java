package org.ecokiosk.snapshot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ecokiosk.resources.ExtractedResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteNativeLibraryTest {
    @TempDir
    Path dir;

    @Test
    void theSqliteDriverFindsItsLibraryInTheCache() throws Exception {
        // the tests' own JVM: the driver was pointed at a checked copy before its first connection
        try (var c = SqliteConnections.forBuilding(dir.resolve("x.sqlite"))) {
            assertTrue(c.isValid(1));
        }
        Path library = Path.of(System.getProperty("org.sqlite.lib.path"), System.getProperty("org.sqlite.lib.name"));
        assertTrue(library.startsWith(ExtractedResources.cacheDir()), library.toString());
        assertTrue(Files.isRegularFile(library), library.toString());
    }
}
