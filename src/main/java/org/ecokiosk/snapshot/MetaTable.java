package org.ecokiosk.snapshot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.ecokiosk.model.SnapshotMeta;

/** The key/value meta table: how a snapshot describes itself. */
final class MetaTable {
    private MetaTable() {
    }

    static void write(Connection c, SnapshotMeta meta) throws SQLException {
        Map<String, String> rows = Map.of(
                "schema_version", Integer.toString(meta.schemaVersion()),
                "built_at", meta.builtAt().toString(),
                "source", meta.source(),
                "content_sha256", meta.contentSha256(),
                // the hash is always computed by the current scheme before it is written
                ContentHasher.SCHEME_KEY, ContentHasher.SCHEME,
                "contains_sample", Boolean.toString(meta.containsSample()),
                "data_as_of", meta.dataAsOf().toString());
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)")) {
            for (Map.Entry<String, String> e : rows.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setString(2, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** How {@code content_sha256} was computed: files from before the key existed used scheme 1. */
    static String hashScheme(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, ContentHasher.SCHEME_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : ContentHasher.SINGLE_STREAM;
            }
        }
    }

    static SnapshotMeta read(Connection c) throws SQLException, SnapshotException {
        Map<String, String> rows = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM meta"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getString(2));
            }
        }
        try {
            return new SnapshotMeta(
                    Integer.parseInt(required(rows, "schema_version")),
                    Instant.parse(required(rows, "built_at")),
                    required(rows, "source"),
                    required(rows, "content_sha256"),
                    Boolean.parseBoolean(required(rows, "contains_sample")),
                    LocalDate.parse(required(rows, "data_as_of")));
        } catch (RuntimeException malformed) {
            throw new SnapshotException("the meta table is malformed: " + malformed.getMessage(), malformed);
        }
    }

    private static String required(Map<String, String> rows, String key) throws SnapshotException {
        String value = rows.get(key);
        if (value == null) {
            throw new SnapshotException("the meta table lacks '" + key + "': the snapshot was not finished");
        }
        return value;
    }
}
