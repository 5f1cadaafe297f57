package org.ecokiosk.snapshot;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.ecokiosk.model.AirHour;

/**
 * Streams hourly rows into a snapshot under construction, in prepared batches, so an import of
 * hundreds of thousands of hours never holds them all in memory. Like every write to a
 * {@link SnapshotWriter}, nothing is visible to anyone before the writer finishes.
 *
 * <p>It also hashes what it writes, station by station, the way {@link ContentHasher} hashes the
 * finished table, so that the writer need not read those rows back: but only for a station the
 * table did not hold before, whose hours all arrived in one run in strictly increasing order —
 * exactly the rows, in exactly the order, the hasher would read. Any other station (one the base
 * had, one that comes back after another, one out of order) is left to be read back.
 */
public final class AirHourSink implements AutoCloseable {
    private static final int BATCH = 5_000;

    private final Connection connection;
    private final PreparedStatement insert;
    private final AirHourKeys.Numbering numbering;
    private final Set<String> stationsBefore;
    private final Set<String> seen = new HashSet<>();
    private final Map<String, byte[]> streamed = new HashMap<>();
    private final ByteBuffer scratch = ByteBuffer.allocate(8);
    private String station;
    private MessageDigest digest;
    private String lastHour;
    private byte[] stationUtf8 = new byte[0];
    /** Room for an hour key of any year AirTime writes (a year past 9999 has more digits). */
    private final byte[] hourUtf8 = new byte[32];
    private int pending;
    private long written;

    AirHourSink(Connection connection, AirHourKeys.Numbering numbering) throws SnapshotException {
        this.connection = connection;
        this.numbering = numbering;
        this.stationsBefore = numbering.stations();
        try {
            this.insert = connection.prepareStatement(RowInserter.AIR_HOUR_INSERT);
        } catch (SQLException e) {
            throw new SnapshotException("cannot prepare the hourly insert: " + e.getMessage(), e);
        }
    }

    public void add(AirHour hour) throws SnapshotException {
        String key = AirTime.hourKey(hour.hour());
        long rowKey = AirHourKeys.key(numbering.number(hour.station()), AirHourKeys.hourIndex(hour.hour()));
        try {
            // bound one by one, in RowInserter.airHour's column order: no boxed row per hour
            insert.setLong(1, rowKey);
            insert.setString(2, hour.station());
            insert.setString(3, key);
            bindConcentration(4, hour.pm25());
            bindConcentration(5, hour.pm10());
            bindConcentration(6, hour.so2());
            bindConcentration(7, hour.no2());
            bindConcentration(8, hour.co());
            bindConcentration(9, hour.o3());
            if (hour.publishedAqi().isPresent()) {
                insert.setInt(10, hour.publishedAqi().getAsInt());
            } else {
                insert.setNull(10, java.sql.Types.INTEGER);
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
        hash(hour, key);
    }

    /** The row as {@link ContentHasher} reads it back: station, hour, six REALs (NULL when missing), the AQI. */
    private void hash(AirHour hour, String key) {
        if (!hour.station().equals(station)) {
            startStation(hour.station());
        } else if (digest != null && key.compareTo(lastHour) <= 0) {
            digest = null;  // out of order (or a second row for this hour): read back instead
        }
        lastHour = key;
        if (digest == null) {
            return;
        }
        digest.update((byte) 'R');
        ContentHasher.putText(digest, scratch, stationUtf8, stationUtf8.length);
        // the hour key is ASCII (digits, '-', 'T'): its chars are its UTF-8 bytes
        for (int i = 0; i < key.length(); i++) {
            hourUtf8[i] = (byte) key.charAt(i);
        }
        ContentHasher.putText(digest, scratch, hourUtf8, key.length());
        real(hour.pm25());
        real(hour.pm10());
        real(hour.so2());
        real(hour.no2());
        real(hour.co());
        real(hour.o3());
        if (hour.publishedAqi().isPresent()) {
            ContentHasher.putWhole(digest, scratch, hour.publishedAqi().getAsInt());
        } else {
            ContentHasher.putNull(digest);
        }
    }

    private void real(double value) {
        if (Double.isNaN(value)) {
            ContentHasher.putNull(digest);
        } else {
            ContentHasher.putReal(digest, scratch, value);
        }
    }

    private void startStation(String next) {
        endStation();
        station = next;
        lastHour = null;
        // a station seen before this run, or held before this sink, cannot be hashed from this run alone
        boolean fresh = seen.add(next) && !stationsBefore.contains(next) && isAscii(next);
        if (!fresh) {
            streamed.remove(next);
        }
        digest = fresh ? ContentHasher.sha256() : null;
        stationUtf8 = next.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (fresh) {
            lastHour = "";
        }
    }

    private void endStation() {
        if (station != null && digest != null) {
            streamed.put(station, digest.digest());
        }
        digest = null;
    }

    /** Codes are plain ASCII by the content rules; anything else is simply read back (no doubt about its bytes). */
    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
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

    /**
     * Per station whose rows this sink alone wrote, in key order, the digest {@link ContentHasher}
     * would compute from them; valid once the sink is closed and as long as nothing else writes hours.
     */
    Map<String, byte[]> streamedDigests() {
        return Map.copyOf(streamed);
    }

    /** Writes what is still batched and commits it to the (still private) file. */
    @Override
    public void close() throws SnapshotException {
        endStation();
        station = null;
        try {
            insert.executeBatch();
            insert.close();
            connection.commit();
        } catch (SQLException e) {
            throw new SnapshotException("cannot write hourly rows: " + e.getMessage(), e);
        }
    }
}
