package org.ecokiosk.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.ecokiosk.model.AirHour;
import org.ecokiosk.model.SnapshotMeta;

/**
 * Builds a snapshot file that nobody reads yet: a new empty one, or a copy of an existing
 * snapshot to which imports append. Rows with the key of an existing row replace it, so
 * importing the same file twice gives the same snapshot. {@link #finish} stamps the meta
 * table with the content hash and flushes the file; publishing it is the caller's next step.
 */
public final class SnapshotWriter implements AutoCloseable {
    private final Path file;
    private final Connection connection;
    private boolean finished;
    /** The sink that streamed hours into this file, whose digests stand for those rows unless hours are written otherwise. */
    private java.util.Optional<AirHourSink> sink = java.util.Optional.empty();
    private boolean hoursWrittenOtherwise;
    /** How this build numbers stations in hourly keys: one numbering for every writer of hours, read once. */
    private java.util.Optional<AirHourKeys.Numbering> numbering = java.util.Optional.empty();
    /** The base's hours per station as verifying it hashed them: valid for every station this build leaves alone. */
    private final java.util.Map<String, OpenHourDigest> baseHours;
    /** Stations some hour was written for, by {@link #append} or a sink. */
    private final Set<String> hoursTouched = new HashSet<>();

    private SnapshotWriter(Path file, Connection connection, java.util.Map<String, OpenHourDigest> baseHours) {
        this.file = file;
        this.connection = connection;
        this.baseHours = baseHours;
    }

    /** Starts an empty snapshot at {@code file}, which must not exist. */
    public static SnapshotWriter createNew(Path file) throws SnapshotException {
        if (Files.exists(file)) {
            throw new SnapshotException("will not overwrite " + file + ": snapshots are built as new files");
        }
        try {
            Connection c = SqliteConnections.forBuilding(file);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA application_id = " + SnapshotSchema.APPLICATION_ID);
                st.execute("PRAGMA user_version = " + SnapshotSchema.VERSION);
                for (SnapshotSchema.Table table : SnapshotSchema.TABLES) {
                    st.execute(table.ddl());
                }
                for (String index : SnapshotSchema.INDEXES) {
                    st.execute(index);
                }
            }
            c.commit();
            return new SnapshotWriter(file, c, java.util.Map.of());
        } catch (SQLException e) {
            throw new SnapshotException("cannot create snapshot " + file + ": " + e.getMessage(), e);
        }
    }

    /** Starts {@code file} as a copy of the snapshot {@code base}, which is verified first. */
    public static SnapshotWriter startFrom(Path base, Path file) throws SnapshotException {
        VerifiedSnapshot verified;
        try {
            verified = VerifiedSnapshot.of(base);
        } catch (SnapshotException e) {
            throw new SnapshotException("the base snapshot " + base + " is not sound: " + e.getMessage(), e);
        }
        return startFrom(verified, file);
    }

    /** Starts {@code file} as a copy of {@code base}, verified already (an import verifies its base once). */
    public static SnapshotWriter startFrom(VerifiedSnapshot base, Path file) throws SnapshotException {
        try {
            Files.copy(base.file(), file, StandardCopyOption.COPY_ATTRIBUTES);
            return new SnapshotWriter(file, SqliteConnections.forBuilding(file), base.hourDigests());
        } catch (IOException | SQLException e) {
            throw new SnapshotException("cannot copy " + base.file() + " to " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** Appends every part of {@code content}; nothing is visible to anyone until {@link #finish}. */
    public void append(SnapshotContent content) throws SnapshotException {
        if (sink.isPresent() && !content.airHours().isEmpty()) {
            hoursWrittenOtherwise = true;
        }
        content.airHours().forEach(h -> hoursTouched.add(h.station()));
        try {
            RowInserter.insertAll(connection, content, numbering());
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw new SnapshotException("cannot write to snapshot: " + e.getMessage(), e);
        } catch (SnapshotException e) {
            rollbackQuietly();
            throw e;
        }
    }

    /** A sink that streams hourly rows into this snapshot; close it before {@link #finish}. */
    public AirHourSink airHourSink() throws SnapshotException {
        if (sink.isPresent()) {
            hoursWrittenOtherwise = true;  // a second sink: neither one saw every row of its stations
        }
        // a station written before this sink has rows its base digest does not cover
        java.util.Map<String, OpenHourDigest> untouched = new java.util.HashMap<>(baseHours);
        untouched.keySet().removeAll(hoursTouched);
        sink.ifPresent(earlier -> untouched.keySet().removeAll(earlier.stationsWritten()));
        AirHourSink opened = new AirHourSink(connection, numbering(), untouched);
        sink = java.util.Optional.of(opened);
        return opened;
    }

    private AirHourKeys.Numbering numbering() throws SnapshotException {
        if (numbering.isEmpty()) {
            try {
                numbering = java.util.Optional.of(AirHourKeys.Numbering.of(connection));
            } catch (SQLException e) {
                throw new SnapshotException("cannot read the hourly stations: " + e.getMessage(), e);
            }
        }
        return numbering.get();
    }

    /** Codes of the stations already in the snapshot (from the base, or appended so far). */
    public Set<String> stationCodes() throws SnapshotException {
        Set<String> codes = new HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT code FROM station");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
            return codes;
        } catch (SQLException e) {
            throw new SnapshotException("cannot read stations: " + e.getMessage(), e);
        }
    }

    /** Per station with hourly rows, its first and last date (from the base and what was appended so far). */
    public java.util.Map<String, List<LocalDate>> airHourRanges() throws SnapshotException {
        java.util.Map<String, List<LocalDate>> ranges = new java.util.HashMap<>();
        try (PreparedStatement firstRow = connection.prepareStatement(
                     "SELECT hour FROM air_hour WHERE hour_key BETWEEN ? AND ? ORDER BY hour_key LIMIT 1");
             PreparedStatement lastRow = connection.prepareStatement(
                     "SELECT hour FROM air_hour WHERE hour_key BETWEEN ? AND ? ORDER BY hour_key DESC LIMIT 1")) {
            for (java.util.Map.Entry<String, Long> station : AirHourKeys.stations(connection).entrySet()) {
                ranges.put(station.getKey(), List.of(LocalDate.parse(rangeEnd(firstRow, station.getValue()).substring(0, 10)),
                        LocalDate.parse(rangeEnd(lastRow, station.getValue()).substring(0, 10))));
            }
            return ranges;
        } catch (SQLException | RuntimeException e) {
            throw new SnapshotException("cannot read the hourly ranges of the base snapshot", e);
        }
    }

    private static String rangeEnd(PreparedStatement ps, long station) throws SQLException {
        ps.setLong(1, AirHourKeys.first(station));
        ps.setLong(2, AirHourKeys.last(station));
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("no hours under station number " + station);
            }
            return rs.getString(1);
        }
    }

    /**
     * Streams the hours of one station in [from, to] (whole days), in time order, as written so far
     * — base and new rows alike, so daily values derived from them see every hour of the day.
     */
    public void readAirHours(String station, LocalDate from, LocalDate to, Consumer<AirHour> each)
            throws SnapshotException {
        java.util.OptionalLong number = numbering().find(station);
        if (number.isEmpty()) {
            return;
        }
        long[] keys = AirHourKeys.days(number.getAsLong(), from, to);
        try (PreparedStatement ps = connection.prepareStatement("SELECT station, hour, pm25, pm10, so2, no2, co, o3, "
                + "published_aqi FROM air_hour WHERE hour_key BETWEEN ? AND ? ORDER BY hour_key")) {
            ps.setLong(1, keys[0]);
            ps.setLong(2, keys[1]);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    each.accept(SnapshotReader.airHour(rs));
                }
            }
        } catch (SQLException e) {
            throw new SnapshotException("cannot read back hours of " + station + ": " + e.getMessage(), e);
        }
    }

    /** Hashes the content, records the meta table, flushes and closes the file. */
    public SnapshotMeta finish(String source, Instant builtAt) throws SnapshotException {
        try {
            String hash = ContentHasher.hash(connection, knownHourDigests());
            boolean sample = containsSample();
            LocalDate asOf = dataAsOf();
            SnapshotMeta meta = new SnapshotMeta(SnapshotSchema.VERSION, builtAt, source, hash, sample, asOf);
            MetaTable.write(connection, meta);
            connection.commit();
            try (Statement st = connection.createStatement()) {
                connection.setAutoCommit(true);
                // only rows replaced in a copied base leave free pages; a file without any needs no rewrite
                if (Integer.parseInt(queryString("PRAGMA freelist_count").orElse("0")) > 0) {
                    st.execute("VACUUM");
                }
            }
            connection.close();
            finished = true;
            AtomicFiles.fsync(file);
            return meta;
        } catch (SQLException | IOException e) {
            throw new SnapshotException("cannot finish snapshot " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The stations whose hourly digest is known without reading their rows back: those the build
     * left as the verified base had them, and those a sink hashed as it streamed them in (new
     * stations, or base stations that only gained later hours, in order). Any other is read back.
     */
    private java.util.Map<String, byte[]> knownHourDigests() {
        Set<String> touched = new HashSet<>(hoursTouched);
        sink.ifPresent(s -> touched.addAll(s.stationsWritten()));
        java.util.Map<String, byte[]> known = new java.util.HashMap<>();
        baseHours.forEach((station, digest) -> {
            if (!touched.contains(station)) {
                known.put(station, digest.finished());
            }
        });
        if (!hoursWrittenOtherwise) {
            sink.ifPresent(s -> known.putAll(s.streamedDigests()));
        }
        return known;
    }

    private boolean containsSample() throws SQLException {
        List<String> tables = List.of("indicator_value", "station", "air_day", "water_sample", "noise_reading",
                "green_metric", "eco_town", "facility", "open_day", "page");
        for (String table : tables) {
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT 1 FROM " + table + " WHERE origin = 'sample' LIMIT 1")) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The newest dated figure: a day of monitoring if any, else the end of the newest year. */
    private LocalDate dataAsOf() throws SQLException {
        List<LocalDate> candidates = new ArrayList<>();
        for (String sql : List.of("SELECT max(date) FROM air_day", "SELECT max(date) FROM water_sample")) {
            queryString(sql).map(LocalDate::parse).ifPresent(candidates::add);
        }
        if (candidates.isEmpty()) {
            for (String sql : List.of("SELECT max(year) FROM indicator_value", "SELECT max(year) FROM noise_reading",
                    "SELECT max(year) FROM green_metric")) {
                queryString(sql).map(y -> LocalDate.of(Integer.parseInt(y), 12, 31)).ifPresent(candidates::add);
            }
        }
        return candidates.stream().max(LocalDate::compareTo).orElse(LocalDate.of(2020, 12, 31));
    }

    private Optional<String> queryString(String sql) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the file is discarded by the caller anyway
        }
    }

    /** Abandons an unfinished build and deletes its file. */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // deleting the file below is what matters
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless: it is never published
        }
    }
}
