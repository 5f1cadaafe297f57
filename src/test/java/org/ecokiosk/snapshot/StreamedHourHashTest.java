package org.ecokiosk.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.ecokiosk.model.AirHour;
import org.ecokiosk.model.SnapshotMeta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hours a sink streamed are hashed as they go in (content hash scheme 2), and that digest must be
 * the one verify computes from the rows: checked for awkward values (-0.0, tiny and huge numbers,
 * missing hours, a published AQI), and for the stations that must be read back instead (held by
 * the base and given an hour before its last, out of order, coming back after another station);
 * a base station that only gains later hours goes on from the digest verify left open, and one the
 * build leaves alone keeps it. Scheme 1 files still verify.
 */
class StreamedHourHashTest {
    private static final Instant BUILT = Instant.parse("2026-01-01T00:00:00Z");
    private static final LocalDateTime T0 = LocalDateTime.of(2024, 3, 1, 0, 0);

    @TempDir
    Path dir;

    private static AirHour hour(String station, int h, double pm25, double co, OptionalInt aqi) {
        return new AirHour(station, T0.plusHours(h), pm25, 0.1 + 0.2, -0.0, 1e-300, co, Double.NaN, aqi);
    }

    @Test
    void streamedDigestsAreWhatVerifyComputesAndOnlyInOrderStationsAreStreamed() throws Exception {
        Path base = dir.resolve("base.sqlite");
        try (SnapshotWriter w = SnapshotWriter.createNew(base)) {
            w.append(SnapshotContent.builder().airHours(List.of(hour("BASE", 0, 5, 0.4, OptionalInt.empty()),
                    hour("REPLACED", 0, 1, 0.1, OptionalInt.empty()), hour("REPLACED", 3, 2, 0.1, OptionalInt.of(7)),
                    hour("UNTOUCHED", 0, 4, 0.2, OptionalInt.of(40)))).build());
            w.finish("test", BUILT);
        }
        Path out = dir.resolve("out.sqlite");
        Map<String, byte[]> streamed;
        try (SnapshotWriter w = SnapshotWriter.startFrom(base, out)) {
            AirHourSink sink = w.airHourSink();
            for (int h = 0; h < 50; h++) {
                sink.add(hour("FRESH-A", h, h * 1.5, 123456789.125, h % 3 == 0 ? OptionalInt.of(h) : OptionalInt.empty()));
            }
            sink.add(hour("BASE", 5, 7, 0.5, OptionalInt.empty()));     // after the base's last hour: goes on from its digest
            sink.add(hour("BASE", 6, -0.0, 0.5, OptionalInt.of(3)));
            sink.add(hour("REPLACED", 1, 8, 0.1, OptionalInt.empty())); // before the base's last hour: read back
            sink.add(hour("LATE", 3, 1, 0.1, OptionalInt.empty()));
            sink.add(hour("LATE", 2, 1, 0.1, OptionalInt.empty()));     // out of order: read back
            sink.add(hour("TWICE", 0, 9, 1e6, OptionalInt.of(500)));
            sink.add(hour("FRESH-B", 0, Double.MAX_VALUE, 0, OptionalInt.empty()));
            sink.add(hour("TWICE", 1, 9, 1e6, OptionalInt.empty()));    // comes back after FRESH-B: read back
            sink.close();
            streamed = sink.streamedDigests();
            SnapshotMeta meta = w.finish("test", BUILT);
            assertEquals(Set.of("FRESH-A", "FRESH-B", "BASE"), streamed.keySet(), "what was streamed");
            try (Connection c = SqliteConnections.readOnly(out)) {
                assertEquals(ContentHasher.hash(c), meta.contentSha256(), "streamed = read back, row for row");
            }
        }
        assertTrue(SnapshotVerifier.verify(out).ok(), SnapshotVerifier.verify(out).problem());
    }

    @Test
    void theBaseDigestsStandOnlyForStationsTheBuildLeftAlone() throws Exception {
        Path base = dir.resolve("base2.sqlite");
        try (SnapshotWriter w = SnapshotWriter.createNew(base)) {
            w.append(SnapshotContent.builder().airHours(List.of(hour("A", 0, 1, 0.1, OptionalInt.empty()),
                    hour("B", 0, 2, 0.2, OptionalInt.empty()), hour("C", 0, 3, 0.3, OptionalInt.empty()))).build());
            w.finish("test", BUILT);
        }
        // hours appended outside a sink (before and after it), a second sink, other tables only
        Path out = dir.resolve("out2.sqlite");
        try (SnapshotWriter w = SnapshotWriter.startFrom(base, out)) {
            w.append(SnapshotContent.builder().airHours(List.of(hour("A", 9, 5, 0.1, OptionalInt.empty()))).build());
            AirHourSink sink = w.airHourSink();
            sink.add(hour("A", 10, 6, 0.1, OptionalInt.empty()));  // A was written before the sink: read back
            sink.add(hour("B", 4, 6, 0.1, OptionalInt.empty()));
            sink.close();
            w.append(SnapshotContent.builder().airHours(List.of(hour("B", 5, 5, 0.1, OptionalInt.empty()))).build());
            SnapshotMeta meta = w.finish("test", BUILT);
            try (Connection c = SqliteConnections.readOnly(out)) {
                assertEquals(ContentHasher.hash(c), meta.contentSha256(), "only C may keep the base's digest");
            }
        }
        Path other = dir.resolve("out3.sqlite");
        try (SnapshotWriter w = SnapshotWriter.startFrom(base, other)) {
            w.append(SnapshotContent.builder().stations(List.of()).build());
            SnapshotMeta meta = w.finish("test", BUILT);
            try (Connection c = SqliteConnections.readOnly(other)) {
                assertEquals(ContentHasher.hash(c), meta.contentSha256(), "no hour written: every base digest stands");
            }
        }
        assertTrue(SnapshotVerifier.verify(out).ok(), SnapshotVerifier.verify(out).problem());
        assertTrue(SnapshotVerifier.verify(other).ok(), SnapshotVerifier.verify(other).problem());
    }

    @Test
    void aBaseEditedBehindTheBuildersBackIsStillRefused() throws Exception {
        Path base = dir.resolve("base3.sqlite");
        try (SnapshotWriter w = SnapshotWriter.createNew(base)) {
            w.append(SnapshotContent.builder().airHours(List.of(hour("A", 0, 1, 0.1, OptionalInt.empty()))).build());
            w.finish("test", BUILT);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + base); Statement st = c.createStatement()) {
            st.execute("UPDATE air_hour SET pm25 = 2");
        }
        SnapshotException refused = org.junit.jupiter.api.Assertions.assertThrows(SnapshotException.class,
                () -> SnapshotWriter.startFrom(base, dir.resolve("never.sqlite")));
        assertTrue(refused.getMessage().contains("content hash mismatch"), refused.getMessage());
    }

    @Test
    void anEditToAStreamedStationIsDetected() throws Exception {
        Path out = dir.resolve("edited.sqlite");
        try (SnapshotWriter w = SnapshotWriter.createNew(out)) {
            AirHourSink sink = w.airHourSink();
            for (int h = 0; h < 30; h++) {
                sink.add(hour("S1", h, h, 0.3, OptionalInt.empty()));
            }
            sink.close();
            w.finish("test", BUILT);
        }
        assertTrue(SnapshotVerifier.verify(out).ok());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out); Statement st = c.createStatement()) {
            st.execute("UPDATE air_hour SET pm25 = 999 WHERE hour = '2024-03-01T07'");
        }
        SnapshotVerifier.Result r = SnapshotVerifier.verify(out);
        assertFalse(r.ok());
        assertTrue(r.problem().contains("content hash mismatch"), r.problem());
    }

    @Test
    void aFileHashedByTheSingleStreamSchemeStillVerifiesAndItsEditsAreStillFound() throws Exception {
        Path old = TestSnapshots.fromContent(dir, "old.sqlite", BUILT);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old); Statement st = c.createStatement()) {
            st.execute("DELETE FROM meta WHERE key = '" + ContentHasher.SCHEME_KEY + "'");
            String single = ContentHasher.hash(c, ContentHasher.SINGLE_STREAM).orElseThrow();
            assertFalse(single.equals(ContentHasher.hash(c)), "the schemes differ");
            st.execute("UPDATE meta SET value = '" + single + "' WHERE key = 'content_sha256'");
        }
        assertTrue(SnapshotVerifier.verify(old).ok(), SnapshotVerifier.verify(old).problem());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old); Statement st = c.createStatement()) {
            st.execute("UPDATE air_hour SET pm25 = 1");
        }
        assertTrue(SnapshotVerifier.verify(old).problem().contains("content hash mismatch"));
    }

    @Test
    void anUnknownSchemeIsRefused() throws Exception {
        Path file = TestSnapshots.fromContent(dir, "future.sqlite", BUILT);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("UPDATE meta SET value = '9' WHERE key = '" + ContentHasher.SCHEME_KEY + "'");
        }
        SnapshotVerifier.Result r = SnapshotVerifier.verify(file);
        assertFalse(r.ok());
        assertTrue(r.problem().contains("scheme"), r.problem());
    }
}
