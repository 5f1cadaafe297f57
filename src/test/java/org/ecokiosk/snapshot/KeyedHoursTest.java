package org.ecokiosk.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.ecokiosk.model.AirHour;
import org.ecokiosk.model.SnapshotMeta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 6's hourly key (station number and hour in one integer): its bounds, what readers see
 * whatever order and numbering the rows came in, damage to a key, and version 5 files (refused
 * when read, upgraded with the same content hash).
 */
class KeyedHoursTest {
    private static final Instant BUILT = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private static AirHour hour(String station, LocalDateTime at, double pm25) {
        return new AirHour(station, at, pm25, 20, 5, 30, 0.6, at.getHour() * 3.0, OptionalInt.empty());
    }

    @Test
    void keysCoverEveryHourFrom2000To2099AndNothingElse() throws Exception {
        assertEquals(0, AirHourKeys.hourIndex(LocalDateTime.of(2000, 1, 1, 0, 0)));
        long last = AirHourKeys.hourIndex(LocalDateTime.of(2099, 12, 31, 23, 0));
        assertEquals(876_599, last, "100 years of hours, leap days included");
        assertTrue(last < 1L << AirHourKeys.HOUR_BITS, "the hour fits below the station number");
        assertEquals(AirHourKeys.hourIndex(LocalDateTime.of(2013, 3, 1, 7, 0)),
                AirHourKeys.hourIndex(LocalDateTime.of(2013, 3, 1, 7, 59)), "minutes are not part of the hour");
        SnapshotException before = assertThrows(SnapshotException.class,
                () -> AirHourKeys.hourIndex(LocalDateTime.of(1999, 12, 31, 23, 0)));
        assertTrue(before.getMessage().contains("1999-12-31T23:00"), before.getMessage());
        assertThrows(SnapshotException.class, () -> AirHourKeys.hourIndex(LocalDateTime.of(2100, 1, 1, 0, 0)));
        for (long station : List.of(1L, 2L, 4_000_000_000L)) {
            for (LocalDateTime at : List.of(LocalDateTime.of(2000, 1, 1, 0, 0), LocalDateTime.of(2024, 2, 29, 13, 0),
                    LocalDateTime.of(2099, 12, 31, 23, 0))) {
                long key = AirHourKeys.key(station, AirHourKeys.hourIndex(at));
                assertEquals(station, AirHourKeys.station(key));
                assertEquals(AirTime.hourKey(at), AirHourKeys.hourText(key));
                assertTrue(key >= AirHourKeys.first(station) && key <= AirHourKeys.last(station));
                assertTrue(key > AirHourKeys.last(station - 1), "ranges of stations never overlap");
            }
        }
    }

    @Test
    void stationsAreOrderedAsSqliteOrdersText() throws Exception {
        List<String> codes = new ArrayList<>(List.of("b", "B", "a", "\uFF5E", "\uD83D\uDE00", "ab", "a"));
        List<String> sqlite = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (x TEXT)");
            for (String code : codes) {
                st.execute("INSERT INTO t VALUES ('" + code + "')");
            }
            try (ResultSet rs = st.executeQuery("SELECT x FROM t ORDER BY x")) {
                while (rs.next()) {
                    sqlite.add(rs.getString(1));
                }
            }
        }
        codes.sort(AirHourKeys::compareAsSqlite);
        assertEquals(sqlite, codes, "an emoji sorts after U+FF5E in UTF-8, before it in UTF-16");
    }

    @Test
    void outOfOrderAndIncrementalHoursReadBackInTimeOrderWithTheHashOfOneOrderedBuild() throws Exception {
        LocalDateTime t = LocalDateTime.of(2024, 5, 1, 0, 0);
        Path stepwise = dir.resolve("stepwise.sqlite");
        try (SnapshotWriter w = SnapshotWriter.createNew(stepwise)) {
            try (AirHourSink sink = w.airHourSink()) {
                sink.add(hour("M", t.plusHours(30), 3));
                sink.add(hour("M", t.plusHours(2), 1));   // out of order
                sink.add(hour("Z", t.plusHours(1), 9));
            }
            w.finish("test", BUILT);
        }
        Path next = dir.resolve("next.sqlite");
        try (SnapshotWriter w = SnapshotWriter.startFrom(stepwise, next)) {
            try (AirHourSink sink = w.airHourSink()) {
                sink.add(hour("A", t.plusHours(5), 7));   // a new station whose code sorts first, numbered last
                sink.add(hour("M", t.plusHours(1), 2));   // an earlier hour for a station the base has
                sink.add(hour("M", t.plusHours(2), 4));   // replaces the base's row for that hour
            }
            w.finish("test", BUILT);
        }
        Path ordered = dir.resolve("ordered.sqlite");
        try (SnapshotWriter w = SnapshotWriter.createNew(ordered)) {
            w.append(org.ecokiosk.snapshot.SnapshotContent.builder().airHours(List.of(hour("A", t.plusHours(5), 7),
                    hour("M", t.plusHours(1), 2), hour("M", t.plusHours(2), 4), hour("M", t.plusHours(30), 3),
                    hour("Z", t.plusHours(1), 9))).build());
            w.finish("test", BUILT);
        }
        SnapshotMeta a = SnapshotReader.open(next).meta();
        assertEquals(SnapshotReader.open(ordered).meta().contentSha256(), a.contentSha256(),
                "the hash is the content's, not the numbering's or the arrival order's");
        assertTrue(SnapshotVerifier.verify(next).ok(), SnapshotVerifier.verify(next).problem());
        try (SnapshotReader r = SnapshotReader.open(next)) {
            List<AirHour> m = r.airHours("M", t.toLocalDate(), t.toLocalDate().plusDays(1));
            assertEquals(List.of(t.plusHours(1), t.plusHours(2), t.plusHours(30)), m.stream().map(AirHour::hour).toList());
            assertEquals(List.of(2.0, 4.0, 3.0), m.stream().map(AirHour::pm25).toList());
            assertEquals(1, r.airHours("M", t.toLocalDate().plusDays(1), t.toLocalDate().plusDays(1)).size());
            assertEquals(List.of(), r.airHours("nowhere", t.toLocalDate(), t.toLocalDate()));
            List<String> all = new ArrayList<>();
            r.forEachAirHour(h -> all.add(h.station() + " " + h.hour()));
            assertEquals(List.of("A " + t.plusHours(5), "M " + t.plusHours(1), "M " + t.plusHours(2),
                    "M " + t.plusHours(30), "Z " + t.plusHours(1)), all, "by station code, then hour");
            assertEquals(t.plusHours(30), r.latestAirHour().orElseThrow());
            assertEquals(List.of("M " + t.plusHours(1), "Z " + t.plusHours(1), "M " + t.plusHours(2), "A " + t.plusHours(5)),
                    r.airHoursBetween(t.plusHours(1), t.plusHours(5)).stream().map(h -> h.station() + " " + h.hour())
                            .toList(), "by hour, then station");
            assertEquals(List.of("A 2024-05-01 15.0", "M 2024-05-01 6.0", "M 2024-05-02 18.0", "Z 2024-05-01 3.0"),
                    r.o3HourPeaks(t.toLocalDate(), t.toLocalDate().plusDays(1)).stream()
                            .map(p -> p.station() + " " + p.date() + " " + p.o3()).toList());
        }
    }

    @Test
    void hoursGoInByTheHundredsAndTheRestOneByOneAllOfThemAndHashedAsReadBack() throws Exception {
        Path file = dir.resolve("many.sqlite");
        LocalDateTime t = LocalDateTime.of(2020, 1, 1, 0, 0);
        SnapshotMeta meta;
        try (SnapshotWriter w = SnapshotWriter.createNew(file)) {
            AirHourSink sink = w.airHourSink();
            for (int h = 0; h < 451; h++) {
                sink.add(hour(h < 300 ? "P" : "Q", t.plusHours(h), h));
            }
            sink.add(hour("P", t.plusHours(5), -1));  // P again, after Q: replaces hour 5, read back
            sink.close();
            assertEquals(java.util.Set.of("Q"), sink.streamedDigests().keySet());
            meta = w.finish("test", BUILT);
        }
        try (Connection c = SqliteConnections.readOnly(file)) {
            assertEquals(ContentHasher.hash(c), meta.contentSha256());
        }
        try (SnapshotReader r = SnapshotReader.open(file)) {
            assertEquals(451, r.tableCounts().get("air_hour"));
            List<AirHour> p = r.airHours("P", t.toLocalDate(), t.toLocalDate().plusDays(30));
            assertEquals(300, p.size());
            assertEquals(-1.0, p.get(5).pm25());
            assertEquals(299.0, p.get(299).pm25());
            List<AirHour> q = r.airHours("Q", t.toLocalDate(), t.toLocalDate().plusDays(30));
            assertEquals(151, q.size());
            assertEquals(450.0, q.get(150).pm25(), "the last, shorter group is written too");
        }
    }

    @Test
    void anHourWhoseKeyWasChangedIsFoundByVerify() throws Exception {
        Path file = dir.resolve("keyed.sqlite");
        try (SnapshotWriter w = SnapshotWriter.createNew(file)) {
            try (AirHourSink sink = w.airHourSink()) {
                for (int h = 0; h < 5; h++) {
                    sink.add(hour("S1", LocalDateTime.of(2024, 1, 1, h, 0), h));
                }
            }
            w.finish("test", BUILT);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("UPDATE air_hour SET hour = '2024-01-01T09' WHERE hour = '2024-01-01T03'");
        }
        SnapshotVerifier.Result r = SnapshotVerifier.verify(file);
        assertFalse(r.ok());
        assertTrue(r.problem().contains("does not match its key"), r.problem());
    }

    @Test
    void aVersion5FileIsRefusedWithAdviceAndUpgradedWithTheSameContentHash() throws Exception {
        Path current = TestSnapshots.fromContent(dir, "current.sqlite", BUILT);
        String hash = SnapshotVerifier.verify(current).meta().orElseThrow().contentSha256();
        Path old = dir.resolve("old.sqlite");
        Files.copy(current, old);
        TestSnapshots.downgradeToVersion5(old);
        assertTrue(SnapshotVerifier.verify(old, SnapshotSchema.UPGRADABLE_VERSION).ok(),
                "a version 5 file of the same content has the same hash");

        SnapshotVerifier.Result refused = SnapshotVerifier.verify(old);
        assertFalse(refused.ok());
        assertTrue(refused.problem().contains("schema version 5") && refused.problem().contains("import"),
                refused.problem());
        SnapshotException notRead = assertThrows(SnapshotException.class, () -> SnapshotReader.open(old));
        assertTrue(notRead.getMessage().contains("older eco-kiosk"), notRead.getMessage());

        assertTrue(SnapshotUpgrade.needed(old));
        assertFalse(SnapshotUpgrade.needed(current));
        Path upgraded = dir.resolve("upgraded.sqlite");
        SnapshotMeta meta = SnapshotUpgrade.copy(old, upgraded);
        assertEquals(hash, meta.contentSha256());
        assertEquals(SnapshotSchema.VERSION, meta.schemaVersion());
        assertTrue(SnapshotVerifier.verify(upgraded).ok(), SnapshotVerifier.verify(upgraded).problem());
        try (SnapshotReader a = SnapshotReader.open(current); SnapshotReader b = SnapshotReader.open(upgraded)) {
            List<AirHour> before = new ArrayList<>();
            List<AirHour> after = new ArrayList<>();
            a.forEachAirHour(before::add);
            b.forEachAirHour(after::add);
            assertFalse(before.isEmpty(), "the test content has sample hours");
            assertEquals(before, after);
            assertEquals(a.latestAirHour(), b.latestAirHour());
        }
    }

    @Test
    void aVersion5FileWithAnHourNoKeyCanHoldIsNotUpgraded() throws Exception {
        Path old = TestSnapshots.fromContent(dir, "old.sqlite", BUILT);
        TestSnapshots.downgradeToVersion5(old);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old); Statement st = c.createStatement()) {
            st.execute("UPDATE air_hour SET hour = '1999-12-31T23' WHERE hour = (SELECT min(hour) FROM air_hour)");
            TestSnapshots.rehash(c);
        }
        assertTrue(SnapshotVerifier.verify(old, SnapshotSchema.UPGRADABLE_VERSION).ok());
        Path out = dir.resolve("out.sqlite");
        SnapshotException e = assertThrows(SnapshotException.class, () -> SnapshotUpgrade.copy(old, out));
        assertTrue(e.getMessage().contains("not between 2000-01-01 and 2099-12-31"), e.getMessage());
    }
}
