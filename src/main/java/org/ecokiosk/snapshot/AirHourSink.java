package org.ecokiosk.snapshot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import org.ecokiosk.model.AirHour;

/**
 * Streams hourly rows into a snapshot under construction, in prepared batches, so an import of
 * hundreds of thousands of hours never holds them all in memory. Like every write to a
 * {@link SnapshotWriter}, nothing is visible to anyone before the writer finishes.
 */
public final class AirHourSink implements AutoCloseable {
    private static final int BATCH = 5_000;

    private final Connection connection;
    private final PreparedStatement insert;
    private int pending;
    private long written;

    AirHourSink(Connection connection) throws SnapshotException {
        this.connection = connection;
        String marks = String.join(", ", Collections.nCopies(RowInserter.AIR_HOUR_COLUMNS, "?"));
        try {
            this.insert = connection.prepareStatement("INSERT OR REPLACE INTO air_hour VALUES (" + marks + ")");
        } catch (SQLException e) {
            throw new SnapshotException("cannot prepare the hourly insert: " + e.getMessage(), e);
        }
    }

    public void add(AirHour hour) throws SnapshotException {
        try {
            Object[] values = RowInserter.airHour(hour);
            for (int i = 0; i < values.length; i++) {
                RowInserter.bind(insert, i + 1, values[i]);
            }
            insert.addBatch();
            written++;
            if (++pending == BATCH) {
                insert.executeBatch();
                pending = 0;
            }
        } catch (SQLException e) {
            throw new SnapshotException("cannot write hour " + hour.station() + " " + hour.hour() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Hours added so far. */
    public long written() {
        return written;
    }

    /** Writes what is still batched and commits it to the (still private) file. */
    @Override
    public void close() throws SnapshotException {
        try {
            insert.executeBatch();
            insert.close();
            connection.commit();
        } catch (SQLException e) {
            throw new SnapshotException("cannot write hourly rows: " + e.getMessage(), e);
        }
    }
}
