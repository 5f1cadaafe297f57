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
            SnapshotMeta old = MetaTable.read(c);
            MetaTable.write(c, new SnapshotMeta(old.schemaVersion(), old.builtAt(), old.source(), ContentHasher.hash(c),
                    old.containsSample(), old.dataAsOf()));
        }
    }
}
