package org.ecokiosk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.ecokiosk.ingest.SnapshotBuilds;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staff who name a folder (dragging the data folder instead of the files in it) or a file that is
 * not there are told which, for staff files and hourly air files alike, and nothing changes.
 */
class ImportPathsNotFilesTest {
    @TempDir
    static Path dir;
    static Path snapshot;

    @BeforeAll
    static void buildSnapshot() throws Exception {
        snapshot = dir.resolve("base.sqlite");
        SnapshotBuilds.fromContent(Fixtures.content(), snapshot, Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static StaffCli.Run importing(String kind, Path file) {
        return StaffCli.run("import", kind, "--snapshot", snapshot, "--content", Fixtures.content(),
                "--audit-log", dir.resolve("audit.jsonl"), "--by", "paths-test", file);
    }

    @Test
    void aFolderIsCalledAFolderNotAMissingFile() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("water-data"));
        byte[] before = Files.readAllBytes(snapshot);
        for (String kind : new String[] {"water", "air-hourly"}) {
            StaffCli.Run run = importing(kind, folder);
            assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), run.all());
            assertTrue(run.err().contains(folder + " — ") && run.err().contains("this is a folder, not a file")
                    && run.err().contains("文件夹"), kind + ": " + run.err());
            assertFalse(run.err().contains("no such file"), kind + ": " + run.err());
        }
        assertArrayEquals(before, Files.readAllBytes(snapshot), "the snapshot changed");
    }

    @Test
    void aMissingFileIsCalledMissing() {
        Path missing = dir.resolve("no-such.csv");
        for (String kind : new String[] {"water", "air-hourly"}) {
            StaffCli.Run run = importing(kind, missing);
            assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), run.all());
            assertTrue(run.err().contains(missing + " — ") && run.err().contains("no such file"), kind + ": " + run.err());
        }
    }
}
