package org.ecokiosk.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.ecokiosk.model.SnapshotMeta;

/**
 * Turns a verified schema 5 snapshot into a schema 6 copy with the same content (and so the same
 * content hash): only air_hour's storage changes, from a WITHOUT ROWID table keyed by its text
 * (station, hour) to a rowid table keyed by {@link AirHourKeys}. Imports do it to their base;
 * everything else refuses a version 5 file and says so ({@link SnapshotSchema#versionProblem}).
 * The copy is re-hashed row by row, every row checked against its new key, and must give the hash
 * the old file recorded: an upgrade that changed anything fails instead of being built on.
 */
public final class SnapshotUpgrade {
    private SnapshotUpgrade() {
    }

    /**
     * True when {@code file} declares the older version this program upgrades; false for anything
     * else, unreadable files included (verifying them says what is wrong).
     */
    public static boolean needed(Path file) {
        if (!Files.isRegularFile(file) || StandaloneFile.problem(file).isPresent()) {
            return false;
        }
        try {
            return version(file) == SnapshotSchema.UPGRADABLE_VERSION;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Writes the upgraded copy of the version 5 snapshot {@code old} to {@code out} (which must not exist). */
    public static SnapshotMeta copy(Path old, Path out) throws SnapshotException {
        SnapshotVerifier.Result check = SnapshotVerifier.verify(old, SnapshotSchema.UPGRADABLE_VERSION);
        if (!check.ok()) {
            throw new SnapshotException("the snapshot " + old + " is not sound: " + check.problem());
        }
        SnapshotMeta before = check.meta().orElseThrow();
        try {
            Files.copy(old, out);
            try (Connection c = SqliteConnections.forBuilding(out)) {
                rekeyHours(c);
                String hash = ContentHasher.hash(c);
                if (!hash.equals(before.contentSha256())) {
                    throw new SnapshotException("upgrading " + old + " to schema version " + SnapshotSchema.VERSION
                            + " changed its content (hash " + hash + "); it was not upgraded");
                }
                SnapshotMeta after = new SnapshotMeta(SnapshotSchema.VERSION, before.builtAt(), before.source(), hash,
                        before.containsSample(), before.dataAsOf());
                MetaTable.write(c, after);
                c.commit();
                c.setAutoCommit(true);
                try (Statement st = c.createStatement()) {
                    st.execute("VACUUM");  // the old table's pages
                }
                AtomicFiles.fsync(out);
                return after;
            }
        } catch (SQLException | IOException e) {
            throw new SnapshotException("cannot upgrade " + old + " to schema version " + SnapshotSchema.VERSION + ": "
                    + e.getMessage(), e);
        }
    }

    /** Moves the hours into the keyed table: stations numbered in code order, keys from the stored hour text. */
    private static void rekeyHours(Connection c) throws SQLException, SnapshotException {
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM air_hour WHERE hour NOT GLOB "
                    + "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]' OR hour < '"
                    + AirTime.hourKey(AirHourKeys.FIRST_HOUR) + "' OR hour > '" + AirTime.hourKey(AirHourKeys.LAST_HOUR)
                    + "'")) {
                long outside = rs.next() ? rs.getLong(1) : 0;
                if (outside > 0) {
                    throw new SnapshotException(outside + " hourly row(s) have an hour that is not between "
                            + AirHourKeys.FIRST_HOUR.toLocalDate() + " and " + AirHourKeys.LAST_HOUR.toLocalDate()
                            + "; build the snapshot anew from content and the source files");
                }
            }
            st.execute("ALTER TABLE air_hour RENAME TO air_hour_v5");
            st.execute(SnapshotSchema.TABLES.stream().filter(t -> t.name().equals("air_hour")).findFirst()
                    .orElseThrow().ddl());
            st.execute("CREATE TEMP TABLE upgrade_station AS SELECT station, row_number() OVER (ORDER BY station) "
                    + "AS number FROM (SELECT DISTINCT station FROM air_hour_v5)");
            // julianday of two midnights differs by whole days, exactly; the hour is the text's last two digits
            st.execute("INSERT INTO air_hour (hour_key, " + SnapshotSchema.AIR_HOUR_HASHED + ") SELECT "
                    + "(n.number << " + AirHourKeys.HOUR_BITS + ") + CAST(round((julianday(substr(h.hour, 1, 10)) "
                    + "- julianday('" + AirHourKeys.FIRST_HOUR.toLocalDate() + "')) * 24) AS INTEGER) "
                    + "+ CAST(substr(h.hour, 12, 2) AS INTEGER), h." + SnapshotSchema.AIR_HOUR_HASHED.replace(", ", ", h.")
                    + " FROM air_hour_v5 h JOIN upgrade_station n ON n.station = h.station ORDER BY h.station, h.hour");
            st.execute("DROP TABLE air_hour_v5");
            st.execute("DROP TABLE upgrade_station");
            st.execute("PRAGMA user_version = " + SnapshotSchema.VERSION);
        }
        c.commit();
    }

    private static int version(Path file) throws SQLException {
        try (Connection c = SqliteConnections.readOnly(file);
             PreparedStatement ps = c.prepareStatement("PRAGMA user_version");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : -1;
        }
    }
}
