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
            // bound one by one, in RowInserter.airHour's column order: no boxed row per hour
            insert.setString(1, hour.station());
            insert.setString(2, AirTime.hourKey(hour.hour()));
            bindConcentration(3, hour.pm25());
            bindConcentration(4, hour.pm10());
            bindConcentration(5, hour.so2());
            bindConcentration(6, hour.no2());
            bindConcentration(7, hour.co());
            bindConcentration(8, hour.o3());
            if (hour.publishedAqi().isPresent()) {
                insert.setInt(9, hour.publishedAqi().getAsInt());
            } else {
                insert.setNull(9, java.sql.Types.INTEGER);
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

    /** A missing hour (NaN) is NULL, as {@link RowInserter#bind} writes it. */
    private void bindConcentration(int index, double value) throws SQLException {
        if (Double.isNaN(value)) {
            insert.setNull(index, java.sql.Types.REAL);
        } else {
            insert.setDouble(index, value);
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
