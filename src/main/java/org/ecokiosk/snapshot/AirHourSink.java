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
 * finished table, so that the writer need not read those rows back: but only for a station whose
 * hours all arrived in one run in strictly increasing order, and that the table did not hold
 * before — or held only as the verified base had it, every new hour after the base's last one,
 * so that the digest goes on from the base's ({@link OpenHourDigest}). Those are exactly the rows,
 * in exactly the order, the hasher would read. Any other station (one that comes back after
 * another, one out of order, one whose base hours are replaced) is left to be read back.
 */
public final class AirHourSink implements AutoCloseable {
    /**
     * Rows per INSERT: one statement of 200 rows costs SQLite and the driver one step instead of 200
     * (about a fifth less CPU per row than a batch of single-row inserts); 2,000 parameters, far
     * below SQLite's limit. The last, shorter group goes in row by row.
     */
    private static final int ROWS_PER_INSERT = 200;

    private final Connection connection;
    private final PreparedStatement insertMany;
    private final PreparedStatement insertOne;
    private final AirHour[] pendingHours = new AirHour[ROWS_PER_INSERT];
    private final long[] pendingKeys = new long[ROWS_PER_INSERT];
    private final String[] pendingTexts = new String[ROWS_PER_INSERT];
    private final AirHourKeys.Numbering numbering;
    private final Set<String> stationsBefore;
    private final Set<String> seen = new HashSet<>();
    private final Map<String, byte[]> streamed = new HashMap<>();
    private final Map<String, OpenHourDigest> baseHours;
    private final ByteBuffer scratch = ByteBuffer.allocate(8);
    private String station;
    private MessageDigest digest;
    private String lastHour;
    private byte[] stationUtf8 = new byte[0];
    /** Room for an hour key of any year AirTime writes (a year past 9999 has more digits). */
    private final byte[] hourUtf8 = new byte[32];
    private int pending;
    private long written;

    /** @param baseHours the base's stations as verified and not written since, whose digests may be continued */
    AirHourSink(Connection connection, AirHourKeys.Numbering numbering, Map<String, OpenHourDigest> baseHours)
            throws SnapshotException {
        this.connection = connection;
        this.numbering = numbering;
        this.baseHours = Map.copyOf(baseHours);
        this.stationsBefore = numbering.stations();
        try {
            this.insertMany = connection.prepareStatement(RowInserter.airHourInsert(ROWS_PER_INSERT));
            this.insertOne = connection.prepareStatement(RowInserter.airHourInsert(1));
        } catch (SQLException e) {
            throw new SnapshotException("cannot prepare the hourly insert: " + e.getMessage(), e);
        }
    }

    public void add(AirHour hour) throws SnapshotException {
        String key = AirTime.hourKey(hour.hour());
        long rowKey = AirHourKeys.key(numbering.number(hour.station()), AirHourKeys.hourIndex(hour.hour()));
        pendingHours[pending] = hour;
        pendingKeys[pending] = rowKey;
        pendingTexts[pending] = key;
        written++;
        if (++pending == ROWS_PER_INSERT) {
            try {
                for (int r = 0; r < pending; r++) {
                    bind(insertMany, r * RowInserter.AIR_HOUR_COLUMNS, r);
                }
                insertMany.executeUpdate();
            } catch (SQLException e) {
                throw new SnapshotException("cannot write the hours of " + pendingHours[0].station() + " from "
                        + pendingHours[0].hour() + ": " + e.getMessage(), e);
            }
            pending = 0;
        }
        hash(hour, key);
    }

    /** Binds pending row {@code r} at parameters {@code offset + 1 …}, in RowInserter's column order, unboxed. */
    private void bind(PreparedStatement ps, int offset, int r) throws SQLException {
        AirHour hour = pendingHours[r];
        ps.setLong(offset + 1, pendingKeys[r]);
        ps.setString(offset + 2, hour.station());
        ps.setString(offset + 3, pendingTexts[r]);
        bindConcentration(ps, offset + 4, hour.pm25());
        bindConcentration(ps, offset + 5, hour.pm10());
        bindConcentration(ps, offset + 6, hour.so2());
        bindConcentration(ps, offset + 7, hour.no2());
        bindConcentration(ps, offset + 8, hour.co());
        bindConcentration(ps, offset + 9, hour.o3());
        if (hour.publishedAqi().isPresent()) {
            ps.setInt(offset + 10, hour.publishedAqi().getAsInt());
        } else {
            ps.setNull(offset + 10, java.sql.Types.INTEGER);
        }
    }

    /** The row as {@link ContentHasher} reads it back: station, hour, six REALs (NULL when missing), the AQI. */
    private void hash(AirHour hour, String key) {
        if (!hour.station().equals(station)) {
            startStation(hour.station());
        }
        if (digest != null && key.compareTo(lastHour) <= 0) {
            digest = null;  // out of order, a second row for this hour, or a base hour replaced: read back instead
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
        // a station seen before this run, or held before this sink other than as the verified base, cannot be
        // hashed from this run alone
        boolean firstRun = seen.add(next) && isAscii(next);
        boolean fresh = firstRun && !stationsBefore.contains(next);
        OpenHourDigest base = firstRun && !fresh ? baseHours.get(next) : null;
        if (fresh) {
            digest = ContentHasher.sha256();
            lastHour = "";
        } else if (base != null) {
            digest = base.resume();
            lastHour = AirHourKeys.hourText(base.lastKey());
        } else {
            digest = null;
            streamed.remove(next);
        }
        stationUtf8 = next.getBytes(java.nio.charset.StandardCharsets.UTF_8);
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
    private static void bindConcentration(PreparedStatement ps, int index, double value) throws SQLException {
        if (Double.isNaN(value)) {
            ps.setNull(index, java.sql.Types.REAL);
        } else {
            ps.setDouble(index, value);
        }
    }

    /** Stations this sink wrote hours for. */
    Set<String> stationsWritten() {
        return Set.copyOf(seen);
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
            for (int r = 0; r < pending; r++) {
                bind(insertOne, 0, r);
                insertOne.addBatch();
            }
            insertOne.executeBatch();
            pending = 0;
            insertOne.close();
            insertMany.close();
            connection.commit();
        } catch (SQLException e) {
            throw new SnapshotException("cannot write hourly rows: " + e.getMessage(), e);
        }
    }
}
