package org.ecokiosk.snapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.ecokiosk.model.SnapshotMeta;

/**
 * Decides whether a file can be trusted as a snapshot: one self-contained file (no side files,
 * not in WAL mode), SQLite's own integrity check, our application id and schema version, every
 * table present, and the content hash recomputed. The content hash is a corruption check, not a
 * signature: anyone who can edit the file can recompute it, so a hand-edited, re-hashed file
 * verifies, and the content rules (ingest's {@code PublishChecks}) must run as well before it is
 * shown to residents. Origin is proved by the fleet's signed manifest, not here.
 */
public final class SnapshotVerifier {

    /** The outcome: ok with the meta, or the first problem found, in words. */
    public record Result(boolean ok, String problem, java.util.Optional<SnapshotMeta> meta) {
        static Result failed(String problem) {
            return new Result(false, problem, java.util.Optional.empty());
        }
    }

    private SnapshotVerifier() {
    }

    public static Result verify(Path file) {
        return verify(file, SnapshotSchema.VERSION);
    }

    /** As {@link #verify(Path)}, for a file of schema {@code version} (the older one only on its way to an upgrade). */
    static Result verify(Path file, int expectedVersion) {
        return verify(file, expectedVersion, new java.util.HashMap<>());
    }

    /** As {@link #verify(Path, int)}, leaving the running digest of each station's hours in {@code hourDigests}. */
    static Result verify(Path file, int expectedVersion, java.util.Map<String, OpenHourDigest> hourDigests) {
        if (!Files.isRegularFile(file)) {
            return Result.failed("no snapshot file at " + file);
        }
        java.util.Optional<String> notAlone = StandaloneFile.problem(file);
        if (notAlone.isPresent()) {
            return Result.failed("not a self-contained snapshot file: " + notAlone.get());
        }
        try (Connection c = SqliteConnections.readOnly(file)) {
            String integrity = single(c, "PRAGMA integrity_check");
            if (!"ok".equals(integrity)) {
                return Result.failed("SQLite integrity check failed: " + integrity);
            }
            int appId = Integer.parseInt(single(c, "PRAGMA application_id"));
            if (appId != SnapshotSchema.APPLICATION_ID) {
                return Result.failed("not an eco-kiosk snapshot (application id " + appId + ")");
            }
            int version = Integer.parseInt(single(c, "PRAGMA user_version"));
            if (version != expectedVersion) {
                return Result.failed(SnapshotSchema.versionProblem(version).orElse("schema version " + version
                        + " where version " + expectedVersion + " was expected"));
            }
            Set<String> tables = tableNames(c);
            for (SnapshotSchema.Table t : SnapshotSchema.TABLES) {
                if (!tables.contains(t.name())) {
                    return Result.failed("table '" + t.name() + "' is missing");
                }
            }
            SnapshotMeta meta = MetaTable.read(c);
            if (meta.schemaVersion() != version) {
                return Result.failed("meta says schema version " + meta.schemaVersion() + " but the file is version "
                        + version);
            }
            String scheme = MetaTable.hashScheme(c);
            java.util.Optional<String> hashed = ContentHasher.hash(c, scheme, hourDigests);
            if (hashed.isEmpty()) {
                return Result.failed("the content hash scheme of this file is not known to this version");
            }
            String actual = hashed.get();
            if (!actual.equals(meta.contentSha256())) {
                return Result.failed("content hash mismatch: meta says " + meta.contentSha256() + ", content is "
                        + actual + " (the file was changed after it was built)");
            }
            return new Result(true, "", java.util.Optional.of(meta));
        } catch (SQLException e) {
            return Result.failed("unreadable as SQLite: " + e.getMessage());
        } catch (SnapshotException | RuntimeException e) {
            return Result.failed(e.getMessage());
        }
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static Set<String> tableNames(Connection c) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
