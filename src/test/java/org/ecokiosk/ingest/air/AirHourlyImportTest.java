package org.ecokiosk.ingest.air;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.ingest.ImportFailedException;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.ingest.SnapshotBuilds;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.AirHour;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.Station;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AirHourlyImportTest {
    static final Path CONTENT = Fixtures.content();
    static final Path FIXTURES = Path.of("src/test/resources/air");
    static final Instant BUILT = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    static Path shared;
    static Path base;

    @BeforeAll
    static void buildBase() throws Exception {
        base = shared.resolve("base.sqlite");
        SnapshotBuilds.fromContent(CONTENT, base, BUILT);
    }

    private static Path copyOfBase(Path dir) throws Exception {
        Path s = dir.resolve("s.sqlite");
        Files.copy(base, s);
        return s;
    }

    @Test
    void prsaExcerptImportsHoursDaysAndStation(@TempDir Path dir) throws Exception {
        Path s = copyOfBase(dir);
        AirHourlyImport.Summary summary = AirHourlyImport.run(s, CONTENT,
                List.of(FIXTURES.resolve("prsa-excerpt.csv")), BUILT);
        assertEquals(48, summary.hours());
        assertEquals(2, summary.days());
        assertEquals(List.of("Aotizhongxin"), summary.newStations());
        try (SnapshotReader r = SnapshotReader.open(s)) {
            List<AirHour> hours = r.airHours("Aotizhongxin", LocalDate.of(2013, 3, 1), LocalDate.of(2013, 3, 1));
            assertEquals(24, hours.size());
            // first row: CO 300 µg/m³ → 0.3 mg/m³; PM2.5 4
            assertEquals(0.3, hours.get(0).co(), 1e-12);
            assertEquals(4.0, hours.get(0).pm25(), 1e-12);
            AirDay day = r.airDays(Optional.of("Aotizhongxin"), LocalDate.of(2013, 3, 1), LocalDate.of(2013, 3, 1)).get(0);
            assertEquals(DataOrigin.IMPORTED, day.origin());
            assertEquals("HJ663-2013", day.rules());
            assertTrue(day.aqi().isPresent());
            double meanPm25 = hours.stream().mapToDouble(AirHour::pm25).average().orElseThrow();
            assertEquals(meanPm25, day.pm25(), 1e-9);
            Station station = r.stations().stream().filter(x -> x.code().equals("Aotizhongxin")).findFirst().orElseThrow();
            assertEquals(DataOrigin.IMPORTED, station.origin());
        }
    }

    @Test
    void nationalLayoutInGbkKeepsPublishedAqiAndRefusesDayWith19Hours(@TempDir Path dir) throws Exception {
        Path s = copyOfBase(dir);
        AirHourlyImport.Summary summary = AirHourlyImport.run(s, CONTENT,
                List.of(FIXTURES.resolve("national-20250301-gbk.csv")), BUILT);
        assertEquals(48, summary.hours());
        assertEquals(List.of("5001A", "虎溪"), summary.newStations());
        LocalDate day = LocalDate.of(2025, 3, 1);
        try (SnapshotReader r = SnapshotReader.open(s)) {
            List<AirHour> hours = r.airHours("5001A", day, day);
            assertEquals(24, hours.size());
            assertEquals(40, hours.get(0).publishedAqi().orElseThrow());
            assertEquals(0.8, hours.get(0).co(), 1e-12);
            AirDay full = r.airDays(Optional.of("5001A"), day, day).get(0);
            assertEquals(30 + 11.5, full.pm25(), 1e-9); // hours 0..23 of 30 + h
            AirDay missing = r.airDays(Optional.of("虎溪"), day, day).get(0);
            assertTrue(Double.isNaN(missing.pm25()), "19 valid hours give no 24 h mean");
            assertEquals(90.0, missing.pm10(), 1e-9);
        }
    }

    @Test
    void badRowNamesFileLineAndColumnAndLeavesSnapshotByteIdentical(@TempDir Path dir) throws Exception {
        Path s = copyOfBase(dir);
        byte[] before = Files.readAllBytes(s);
        ImportFailedException e = assertThrows(ImportFailedException.class, () -> AirHourlyImport.run(s, CONTENT,
                List.of(FIXTURES.resolve("prsa-excerpt.csv"), FIXTURES.resolve("prsa-bad-row.csv")), BUILT));
        assertArrayEquals(before, Files.readAllBytes(s));
        Problem negative = e.problems().stream().filter(p -> p.field().equals("PM10")).findFirst().orElseThrow();
        assertTrue(negative.file().endsWith("prsa-bad-row.csv"));
        assertEquals(5, negative.line());
        assertEquals(7, negative.column());
        // the bad file also repeats hours the excerpt already gave: duplicates are problems too
        assertTrue(e.problems().stream().anyMatch(p -> p.messageEn().contains("second row")));
        try (var files = Files.list(dir)) {
            // the import's lock file stays (see ImportLock); nothing else may
            assertEquals(List.of(s.getFileName().toString()), files.map(f -> f.getFileName().toString())
                    .filter(n -> !n.equals(org.ecokiosk.snapshot.ImportLock.fileFor(s).getFileName().toString()))
                    .toList(), "no temporary file left behind");
        }
    }

    @Test
    void newSnapshotIsBuiltFromContentWhenAbsent(@TempDir Path dir) throws Exception {
        Path s = dir.resolve("new.sqlite");
        AirHourlyImport.run(s, CONTENT, List.of(FIXTURES.resolve("prsa-excerpt.csv")), BUILT);
        try (SnapshotReader r = SnapshotReader.open(s)) {
            assertFalse(r.indicators().isEmpty());
            assertTrue(r.meta().containsSample());
        }
    }
}
