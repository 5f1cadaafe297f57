package org.ecokiosk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.ecokiosk.ingest.CsvTable;
import org.ecokiosk.ingest.SnapshotBuilds;
import org.ecokiosk.ingest.imports.Importer;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import size limits at the limit and one byte over: staff files ({@link Importer#MAX_FILE_BYTES})
 * and air data ({@link CsvTable#MAX_BYTES}). Files over a limit are sparse, so they take no disk
 * and show the limit is checked before anything is read.
 */
class ImportSizeLimitTest {
    private static final String WATER = "section,date,do,codmn,nh3n,tp,class\nws-jialing,2026-05-10,8.1,2.5,0.3,0.08,II\n";

    @TempDir
    static Path dir;
    static Path base;

    @BeforeAll
    static void buildSnapshot() throws Exception {
        base = dir.resolve("base.sqlite");
        SnapshotBuilds.fromContent(Fixtures.content(), base, Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static Path copyOfBase(String name) throws IOException {
        return Files.copy(base, dir.resolve(name));
    }

    private static StaffCli.Run importWater(Path snapshot, Path file) {
        return StaffCli.run("import", "water", "--snapshot", snapshot, "--content", Fixtures.content(),
                "--audit-log", dir.resolve("audit.jsonl"), "--by", "size-test", file);
    }

    private static Path sparse(Path file, byte[] start, long length) throws IOException {
        Files.write(file, start);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(length);
        }
        return file;
    }

    @Test
    void aStaffFileOfExactlyTheLimitImports() throws Exception {
        Path snapshot = copyOfBase("at-limit.sqlite");
        Path file = dir.resolve("water-at-limit.csv");
        byte[] rows = WATER.getBytes(StandardCharsets.UTF_8);
        byte[] blankLines = new byte[1 << 20];
        Arrays.fill(blankLines, (byte) '\n');
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(rows);
            // blank lines (which every CSV reader skips) fill the file to the limit, byte for byte
            for (long left = Importer.MAX_FILE_BYTES - rows.length; left > 0; left -= blankLines.length) {
                out.write(blankLines, 0, (int) Math.min(left, blankLines.length));
            }
        }
        assertEquals(Importer.MAX_FILE_BYTES, Files.size(file));

        StaffCli.Run run = importWater(snapshot, file);

        assertEquals(ExitCodes.OK, run.exitCode(), run.all());
        try (SnapshotReader reader = SnapshotReader.open(snapshot)) {
            assertTrue(reader.waterSamples().stream().anyMatch(w -> w.section().equals("ws-jialing")
                    && w.date().toString().equals("2026-05-10")), "the row of the file at the limit was imported");
        }
    }

    @Test
    void aStaffFileOneByteOverTheLimitIsRefusedForItsSizeAndChangesNothing() throws Exception {
        Path snapshot = copyOfBase("over-limit.sqlite");
        byte[] before = Files.readAllBytes(snapshot);
        Path file = sparse(dir.resolve("water-over-limit.csv"), WATER.getBytes(StandardCharsets.UTF_8),
                Importer.MAX_FILE_BYTES + 1);

        StaffCli.Run run = importWater(snapshot, file);

        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), run.all());
        assertTrue(run.err().contains(file + " — ") && run.err().contains("limit 8 MB"), run.err());
        assertArrayEquals(before, Files.readAllBytes(snapshot), "the snapshot changed");
    }

    @Test
    void anAirFileOfExactlyTheLimitIsReadAndJudgedByItsContent() throws Exception {
        Path snapshot = copyOfBase("air-at-limit.sqlite");
        // 0xFF is neither UTF-8 nor GBK: once read, the file is refused for its encoding, not its size
        Path file = sparse(dir.resolve("air-at-limit.csv"), new byte[] {(byte) 0xFF, (byte) 0xFF}, CsvTable.MAX_BYTES);

        CliRun run = CliRun.of("import", "air-hourly", "--snapshot", snapshot.toString(),
                "--content", Fixtures.content().toString(), file.toString());

        assertEquals(ExitCodes.INVALID_INPUT, run.exit(), run.err());
        assertTrue(run.err().contains("neither UTF-8 nor GBK"), run.err());
        assertFalse(run.err().contains("64 MB"), run.err());
    }

    @Test
    void anAirFileOneByteOverTheLimitIsRefusedForItsSize() throws Exception {
        Path snapshot = copyOfBase("air-over-limit.sqlite");
        byte[] before = Files.readAllBytes(snapshot);
        Path file = sparse(dir.resolve("air-over-limit.csv"),
                "date,hour,type,5001A\n20250301,0,PM2.5,30\n".getBytes(StandardCharsets.UTF_8), CsvTable.MAX_BYTES + 1);

        CliRun run = CliRun.of("import", "air-hourly", "--snapshot", snapshot.toString(),
                "--content", Fixtures.content().toString(), file.toString());

        assertEquals(ExitCodes.INVALID_INPUT, run.exit(), run.err());
        assertTrue(run.err().contains("larger than 64 MB"), run.err());
        assertArrayEquals(before, Files.readAllBytes(snapshot), "the snapshot changed");
    }
}
