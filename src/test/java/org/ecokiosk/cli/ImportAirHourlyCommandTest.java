package org.ecokiosk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.ecokiosk.ingest.SnapshotBuilds;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportAirHourlyCommandTest {
    private static final String FIXTURES = "src/test/resources/air/";
    private static final String CONTENT = Fixtures.content().toString();

    @Test
    void badRowExitsOneNamingFileLineColumnAndChangesNothing(@TempDir Path dir) throws Exception {
        Path s = dir.resolve("s.sqlite");
        SnapshotBuilds.fromContent(Fixtures.content(), s, Instant.EPOCH);
        byte[] before = Files.readAllBytes(s);
        CliRun run = CliRun.of("import", "air-hourly", "--audit-log", dir.resolve("audit.jsonl").toString(),
                "--snapshot", s.toString(), "--content", CONTENT,
                FIXTURES + "prsa-bad-row.csv");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("prsa-bad-row.csv:5:7 [PM10]"), run.err());
        assertTrue(run.err().contains("negative"), run.err());
        assertArrayEquals(before, Files.readAllBytes(s));
    }

    @Test
    void unknownTypeAndImpossibleHourAreReported(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad-national.csv");
        Files.writeString(bad, "date,hour,type,5001A\n20250301,0,PM2.5,30\n20250301,24,PM2.5,31\n20250301,1,PM1,3\n"
                + "20250230,2,PM2.5,5\n20250301,0,PM2.5,30\n");
        Path s = dir.resolve("s.sqlite");
        CliRun run = CliRun.of("import", "air-hourly", "--audit-log", dir.resolve("audit.jsonl").toString(),
                "--snapshot", s.toString(), "--content", CONTENT,
                bad.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("bad-national.csv:3:2 [hour]"), run.err());
        assertTrue(run.err().contains("bad-national.csv:4:3 [type]"), run.err());
        assertTrue(run.err().contains("bad-national.csv:5:1 [date]"), run.err());
        assertTrue(run.err().contains("bad-national.csv:6:3 [type]"), run.err()); // a second PM2.5 row for hour 0
        assertTrue(Files.notExists(s), "no snapshot appears when the import fails");
    }

    @Test
    void importThenEvaluateTheImportedStation(@TempDir Path dir) throws Exception {
        Path s = dir.resolve("s.sqlite");
        CliRun run = CliRun.of("import", "air-hourly", "--audit-log", dir.resolve("audit.jsonl").toString(),
                "--snapshot", s.toString(), "--content", CONTENT,
                FIXTURES + "prsa-excerpt.csv", FIXTURES + "national-20250301-gbk.csv");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("96 hours"), run.out());
        CliRun eval = CliRun.of("eval", "air-annual", "--snapshot", s.toString(), "--year", "2025", "--station", "5001A");
        assertEquals(0, eval.exit(), eval.err());
        JsonNode r = new ObjectMapper().readTree(eval.out()).get(0);
        assertEquals(1, r.get("days").asInt());
        assertEquals(41.5, r.get("annual_mean").get("PM2.5").asDouble(), 1e-9);
        assertTrue(r.get("annual_mean").get("PM2.5").isNumber());
    }
}
