package org.ecokiosk.snapshot;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import org.ecokiosk.ingest.SnapshotBuilds;
import org.ecokiosk.model.SnapshotMeta;
import org.ecokiosk.testing.Fixtures;

/** Builds snapshots of the test content ({@link org.ecokiosk.testing.Fixtures#content()}) for tests. */
public final class TestSnapshots {
    public static final Instant BUILT_AT = Instant.parse("2026-01-01T00:00:00Z");

    private TestSnapshots() {
    }

    public static Path fromContent(Path dir) throws Exception {
        return fromContent(dir, "content.sqlite", BUILT_AT);
    }

    public static Path fromContent(Path dir, String name, Instant builtAt) throws Exception {
        Path out = dir.resolve(name);
        SnapshotBuilds.fromContent(Fixtures.content(), out, builtAt);
        return out;
    }

    /**
     * What an attacker or a clumsy colleague with an SQLite editor does: edits rows, then
     * recomputes the content hash so that the file verifies again.
     */
    public static void editAndRehash(Path file, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
            rehash(c);
        }
    }

    /** Records the content hash of what {@code c} holds now, as a builder would (no other check). */
    public static void rehash(Connection c) throws Exception {
        SnapshotMeta old = MetaTable.read(c);
        MetaTable.write(c, new SnapshotMeta(old.schemaVersion(), old.builtAt(), old.source(), ContentHasher.hash(c),
                old.containsSample(), old.dataAsOf()));
    }

    /**
     * Rewrites a current snapshot as schema 5 wrote it: air_hour a WITHOUT ROWID table keyed by its
     * text (station, hour), version 5 in the header and meta. The content, and so the content hash,
     * stay as they were: a file an older eco-kiosk would have built from the same content.
     */
    public static void downgradeToVersion5(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE air_hour_v5 (station TEXT NOT NULL, hour TEXT NOT NULL, pm25 REAL, pm10 REAL, "
                    + "so2 REAL, no2 REAL, co REAL, o3 REAL, published_aqi INTEGER, PRIMARY KEY (station, hour)) WITHOUT ROWID");
            st.execute("INSERT INTO air_hour_v5 SELECT " + SnapshotSchema.AIR_HOUR_HASHED + " FROM air_hour");
            st.execute("DROP TABLE air_hour");
            st.execute("ALTER TABLE air_hour_v5 RENAME TO air_hour");
            st.execute("PRAGMA user_version = 5");
            st.execute("UPDATE meta SET value = '5' WHERE key = 'schema_version'");
            st.execute("VACUUM");
        }
    }
}
