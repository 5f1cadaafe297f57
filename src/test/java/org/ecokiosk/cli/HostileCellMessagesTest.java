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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fresh cases (guard review) of "messages never echo a file's raw content": a cell that is long,
 * carries a terminal escape sequence or a bidi override, reported through the command line. The
 * message names file, line and field, quotes a short printable excerpt and nothing else.
 */
class HostileCellMessagesTest {
    @TempDir
    Path dir;

    private StaffCli.Run importWater(String csv) throws Exception {
        Path snapshot = dir.resolve("s.sqlite");
        if (Files.notExists(snapshot)) {
            SnapshotBuilds.fromContent(Fixtures.content(), snapshot, Instant.parse("2026-01-01T00:00:00Z"));
        }
        Path input = dir.resolve("water.csv");
        Files.writeString(input, csv);
        byte[] before = Files.readAllBytes(snapshot);
        StaffCli.Run run = StaffCli.run("import", "water", "--snapshot", snapshot, "--content", Fixtures.content(),
                "--audit-log", dir.resolve("audit.jsonl"), "--by", "hostile-test", input);
        assertArrayEquals(before, Files.readAllBytes(snapshot), "nothing changed");
        return run;
    }

    @Test
    void aLongCellWithATerminalEscapeIsQuotedShortAndPrintable() throws Exception {
        String hostile = "\u001b[2J\u001b[31m" + "9".repeat(5_000);
        StaffCli.Run run = importWater("section,date,do\nws-jialing,2026-05-10," + hostile + "\n");
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("water.csv:2"), run.err());
        assertFalse(run.err().contains("\u001b"), "no escape sequence reaches the terminal");
        assertFalse(run.err().contains("9".repeat(200)), "no long echo of the cell: " + run.err().substring(0, Math.min(1500, run.err().length())));
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void aBidiOverrideInASectionNameIsNotEchoed() throws Exception {
        StaffCli.Run run = importWater("section,date,do\nws-\u202ejialing,2026-05-10,8.1\n");
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("water.csv:2"), run.err());
        assertFalse(run.err().contains("\u202e"), "the override would turn the rest of the line around: " + run.err());
    }
}
