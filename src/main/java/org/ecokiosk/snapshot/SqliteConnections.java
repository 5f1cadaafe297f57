package org.ecokiosk.snapshot;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/** Opens snapshot files: read-only for everything that shows or checks, read-write only for builders. */
final class SqliteConnections {
    static {
        SqliteNativeLibrary.useCachedCopy();
    }

    private SqliteConnections() {
    }

    static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        // a missing file must be an error, not a new empty database
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    static Connection forBuilding(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        // the file is private to its builder until the atomic rename: no journal needed, fsync at the end
        config.setJournalMode(SQLiteConfig.JournalMode.OFF);
        config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
        // one writer, nobody else: no locking round trips, a 64 MB page cache (native memory, not heap)
        config.setLockingMode(SQLiteConfig.LockingMode.EXCLUSIVE);
        config.setCacheSize(-64 * 1024);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.enforceForeignKeys(true);
        Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        c.setAutoCommit(false);
        return c;
    }
}
