package org.ecokiosk.snapshot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.ecokiosk.ingest.SnapshotBuilds;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.model.PlanTable;
import org.ecokiosk.model.SnapshotMeta;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotBuildVerifyTest {
    @TempDir
    Path dir;

    @Test
    void sameContentGivesSameContentHashWhateverTheBuildTime() throws Exception {
        SnapshotMeta a = SnapshotBuilds.fromContent(Fixtures.content(), dir.resolve("a.sqlite"), Instant.parse("2026-01-01T00:00:00Z"));
        SnapshotMeta b = SnapshotBuilds.fromContent(Fixtures.content(), dir.resolve("b.sqlite"), Instant.parse("2026-06-30T12:00:00Z"));
        assertEquals(a.contentSha256(), b.contentSha256());
        assertEquals(64, a.contentSha256().length());
        assertTrue(SnapshotVerifier.verify(dir.resolve("a.sqlite")).ok());
    }

    @Test
    void readerReturnsWhatWasBuilt() throws Exception {
        Path file = TestSnapshots.fromContent(dir);
        try (SnapshotReader reader = SnapshotReader.open(file)) {
            List<PlanIndicator> indicators = reader.indicators();
            assertEquals(19, indicators.stream().filter(i -> i.table() == PlanTable.ZL2).count());
            assertEquals(30, indicators.stream().filter(i -> i.table() == PlanTable.ZL1).count());
            PlanIndicator pm25 = indicators.stream().filter(i -> i.code().equals("zl2-09")).findFirst().orElseThrow();
            assertEquals("30", pm25.baseline().display());
            assertEquals("34", pm25.target().display());
            assertEquals(SnapshotSchema.VERSION, reader.meta().schemaVersion());
            assertEquals(TestSnapshots.BUILT_AT, reader.meta().builtAt());
            // the sample station is placed by the sample settings (station.lon / station.lat)
            org.ecokiosk.model.Station sample = reader.stations().stream().filter(s -> s.code().equals("SPB-SAMPLE"))
                    .findFirst().orElseThrow();
            assertEquals(java.util.Optional.of(new org.ecokiosk.model.GeoPoint(106.44, 29.55)), sample.position());
        }
    }

    @Test
    void aStationWithoutAPositionReadsBackWithoutOne() throws Exception {
        Path file = dir.resolve("stations.sqlite");
        org.ecokiosk.model.Station placed = new org.ecokiosk.model.Station("A", org.ecokiosk.model.LocalizedText.of("甲", "A"),
                "Chongqing", org.ecokiosk.model.DataOrigin.IMPORTED).at(new org.ecokiosk.model.GeoPoint(106.3, 29.6));
        org.ecokiosk.model.Station unplaced = new org.ecokiosk.model.Station("B", org.ecokiosk.model.LocalizedText.of("乙", "B"),
                "Chongqing", org.ecokiosk.model.DataOrigin.IMPORTED);
        try (SnapshotWriter writer = SnapshotWriter.createNew(file)) {
            writer.append(SnapshotContent.builder().stations(List.of(placed, unplaced)).build());
            writer.finish("test", TestSnapshots.BUILT_AT);
        }
        try (SnapshotReader reader = SnapshotReader.open(file)) {
            assertEquals(List.of(placed, unplaced), reader.stations());
        }
    }

    @Test
    void readerIsReadOnly() throws Exception {
        Path file = TestSnapshots.fromContent(dir);
        assertTrue(Files.isWritable(file), "the file itself is writable: only the reader's connection may refuse");
        byte[] before = Files.readAllBytes(file);
        try (SnapshotReader reader = SnapshotReader.open(file)) {
            int indicators = reader.indicators().size();
            // the reader has no write method: reach its own connection and try what a careless caller could
            Connection connection = connectionOf(reader);
            for (String write : List.of("DELETE FROM indicator", "UPDATE meta SET value = 'x'",
                    "CREATE TABLE intruder (x)", "PRAGMA user_version = 99")) {
                try (Statement st = connection.createStatement()) {
                    SQLException refused = assertThrows(SQLException.class, () -> st.execute(write), write);
                    assertTrue(refused.getMessage().contains("readonly"), write + ": " + refused.getMessage());
                }
            }
            assertEquals(indicators, reader.indicators().size(), "the reader still reads after the refused writes");
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    private static Connection connectionOf(SnapshotReader reader) throws IllegalAccessException {
        for (Field field : SnapshotReader.class.getDeclaredFields()) {
            if (field.getType() == Connection.class) {
                field.setAccessible(true);
                return (Connection) field.get(reader);
            }
        }
        throw new AssertionError("SnapshotReader holds no JDBC connection any more: rewrite this test");
    }

    @Test
    void aCorruptedFileFailsVerificationWithAReason() throws Exception {
        Path file = TestSnapshots.fromContent(dir);
        byte[] bytes = Files.readAllBytes(file);
        for (int i = bytes.length / 3; i < bytes.length / 3 + 4096; i++) {
            bytes[i] = (byte) (bytes[i] ^ 0x5A);
        }
        Files.write(file, bytes);
        SnapshotVerifier.Result result = SnapshotVerifier.verify(file);
        assertFalse(result.ok());
        assertFalse(result.problem().isBlank());
    }

    @Test
    void aTruncatedFileFailsVerification() throws Exception {
        Path file = TestSnapshots.fromContent(dir);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertFalse(SnapshotVerifier.verify(file).ok());
    }

    @Test
    void aWrongSchemaVersionIsRefusedByVerifierAndReader() throws Exception {
        Path file = TestSnapshots.fromContent(dir);
        sql(file, "PRAGMA user_version = 99");
        SnapshotVerifier.Result result = SnapshotVerifier.verify(file);
        assertFalse(result.ok());
        assertTrue(result.problem().contains("schema version 99"), result.problem());
        SnapshotException e = assertThrows(SnapshotException.class, () -> SnapshotReader.open(file));
        assertTrue(e.getMessage().contains("99"));
    }

    @Test
    void anEditBehindTheBuildersBackIsCaughtByTheContentHash() throws Exception {
        Path file = TestSnapshots.fromContent(dir);
        sql(file, "UPDATE indicator SET target = '35' WHERE code = 'zl2-09'");
        SnapshotVerifier.Result result = SnapshotVerifier.verify(file);
        assertFalse(result.ok());
        assertTrue(result.problem().contains("content hash mismatch"), result.problem());
    }

    @Test
    void aForeignSqliteFileIsNotTakenForASnapshot() throws Exception {
        Path file = dir.resolve("other.sqlite");
        sql(file, "CREATE TABLE t (x)");
        SnapshotVerifier.Result result = SnapshotVerifier.verify(file);
        assertFalse(result.ok());
        assertTrue(result.problem().contains("not an eco-kiosk snapshot"), result.problem());
    }

    @Test
    void aMissingFileIsAnErrorNotANewDatabase() {
        Path missing = dir.resolve("missing.sqlite");
        assertThrows(SnapshotException.class, () -> SnapshotReader.open(missing));
        assertFalse(Files.exists(missing));
    }

    private static void sql(Path file, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }
}
