package org.ecokiosk.snapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.AirHour;
import org.ecokiosk.model.ContentImage;
import org.ecokiosk.model.ContentPage;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.Direction;
import org.ecokiosk.model.EcoTown;
import org.ecokiosk.model.Facility;
import org.ecokiosk.model.GreenMetric;
import org.ecokiosk.model.IndicatorKind;
import org.ecokiosk.model.IndicatorValue;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.model.NoiseKind;
import org.ecokiosk.model.NoiseReading;
import org.ecokiosk.model.O3HourPeak;
import org.ecokiosk.model.OpenDay;
import org.ecokiosk.model.PageKind;
import org.ecokiosk.model.PlanFigure;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.model.PublishedDocument;
import org.ecokiosk.model.PublishedFigure;
import org.ecokiosk.model.PlanTable;
import org.ecokiosk.model.SnapshotMeta;
import org.ecokiosk.model.GeoPoint;
import org.ecokiosk.model.Station;
import org.ecokiosk.model.WaterBody;
import org.ecokiosk.model.WaterSample;
import org.ecokiosk.model.WaterSection;

/**
 * Reads one snapshot, read-only. Opening checks the schema version and meta but not the
 * content hash (that is {@link SnapshotVerifier}'s slower job, done before publishing).
 * Not thread-safe: give each background task its own reader or confine one to one thread.
 */
public final class SnapshotReader implements AutoCloseable {
    private final Path file;
    private final Connection connection;
    private final SnapshotMeta meta;
    /** Filled on the first hourly read. */
    private java.util.SortedMap<String, Long> hourStations;

    private SnapshotReader(Path file, Connection connection, SnapshotMeta meta) {
        this.file = file;
        this.connection = connection;
        this.meta = meta;
    }

    public static SnapshotReader open(Path file) throws SnapshotException {
        if (!Files.isRegularFile(file)) {
            throw new SnapshotException("no snapshot file at " + file);
        }
        Connection c = null;
        try {
            c = SqliteConnections.readOnly(file);
            int version;
            try (PreparedStatement ps = c.prepareStatement("PRAGMA user_version"); ResultSet rs = ps.executeQuery()) {
                version = rs.next() ? rs.getInt(1) : -1;
            }
            java.util.Optional<String> unreadable = SnapshotSchema.versionProblem(version);
            if (unreadable.isPresent()) {
                throw new SnapshotException(unreadable.get());
            }
            return new SnapshotReader(file, c, MetaTable.read(c));
        } catch (SQLException e) {
            closeQuietly(c);
            throw new SnapshotException("cannot read snapshot " + file + ": " + e.getMessage(), e);
        } catch (SnapshotException e) {
            closeQuietly(c);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    public SnapshotMeta meta() {
        return meta;
    }

    /** Row count of each table, for {@code snapshot info}. */
    public Map<String, Long> tableCounts() throws SnapshotException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (SnapshotSchema.Table t : SnapshotSchema.TABLES) {
            counts.put(t.name(), query("SELECT count(*) FROM " + t.name(), List.of(), rs -> rs.getLong(1)).get(0));
        }
        return counts;
    }

    public List<PlanIndicator> indicators() throws SnapshotException {
        return query("SELECT code, source_table, seq, group_zh, group_en, name_zh, name_en, unit, kind, direction, "
                + "cumulative, baseline_year, baseline, target_year, target, note_zh, note_en FROM indicator "
                + "ORDER BY source_table, seq, code", List.of(), rs -> new PlanIndicator(
                        rs.getString(1), PlanTable.fromCode(rs.getString(2)), rs.getInt(3),
                        text(rs, 4), text(rs, 6), rs.getString(8), IndicatorKind.fromCode(rs.getString(9)),
                        Direction.fromCode(rs.getString(10)), rs.getInt(11) != 0, rs.getInt(12),
                        PlanFigure.parse(rs.getString(13)), rs.getInt(14), PlanFigure.parse(rs.getString(15)),
                        text(rs, 16)));
    }

    public List<IndicatorValue> indicatorValues() throws SnapshotException {
        return query("SELECT indicator_code, year, value, origin, note_zh, note_en FROM indicator_value "
                + "ORDER BY indicator_code, year, origin", List.of(), rs -> new IndicatorValue(
                        rs.getString(1), rs.getInt(2), PlanFigure.parse(rs.getString(3)),
                        DataOrigin.fromCode(rs.getString(4)), text(rs, 5)));
    }

    /** The figures the district published, each with its document, by year, topic and item. */
    public List<PublishedFigure> publishedFigures() throws SnapshotException {
        return query("SELECT year, topic, item, value, unit, note, title_zh, title_en, publisher, published_on, url "
                + "FROM published_figure ORDER BY year, topic, item", List.of(), rs -> new PublishedFigure(rs.getInt(1),
                        rs.getString(2), rs.getString(3), PlanFigure.parse(rs.getString(4)), rs.getString(5),
                        rs.getString(6), new PublishedDocument(text(rs, 7), rs.getString(9),
                        LocalDate.parse(rs.getString(10)), rs.getString(11))));
    }

    public List<Station> stations() throws SnapshotException {
        return query("SELECT code, name_zh, name_en, city, origin, lon, lat FROM station ORDER BY code", List.of(),
                rs -> new Station(rs.getString(1), text(rs, 2), rs.getString(4), DataOrigin.fromCode(rs.getString(5)),
                        position(rs.getObject(6), rs.getObject(7))));
    }

    /** A stored position; empty when either column is NULL (not known) or out of range (never drawn). */
    private static Optional<GeoPoint> position(Object lon, Object lat) {
        if (lon instanceof Number x && lat instanceof Number y && GeoPoint.valid(x.doubleValue(), y.doubleValue())) {
            return Optional.of(new GeoPoint(x.doubleValue(), y.doubleValue()));
        }
        return Optional.empty();
    }

    /** Days of one station, or of all stations when {@code station} is empty, in [from, to]. */
    public List<AirDay> airDays(Optional<String> station, LocalDate from, LocalDate to) throws SnapshotException {
        List<Object> params = new ArrayList<>(List.of(from.toString(), to.toString()));
        // Every station over more than a year (a report's whole trend) is most of the table: the primary key
        // (station, date) yields it in the order asked, where the date index would need every row read sorted
        // again ("+date" keeps the planner off that index). The order is total (the key is unique), so the
        // rows and their order are the same either way; a short period still uses the date index.
        boolean longPeriod = station.isEmpty() && java.time.temporal.ChronoUnit.DAYS.between(from, to) > 366;
        String where = longPeriod ? "+date BETWEEN ? AND ?" : "date BETWEEN ? AND ?";
        if (station.isPresent()) {
            where += " AND station = ?";
            params.add(station.get());
        }
        return query("SELECT station, date, pm25, pm10, so2, no2, co, o3_8h_max, aqi, published_aqi, "
                + "primary_pollutants, rules, origin FROM air_day WHERE " + where + " ORDER BY station, date",
                params, rs -> new AirDay(rs.getString(1), IsoDay.parse(rs.getString(2)), real(rs, 3), real(rs, 4),
                        real(rs, 5), real(rs, 6), real(rs, 7), real(rs, 8), optionalInt(rs, 9), optionalInt(rs, 10),
                        split(rs.getString(11)), rs.getString(12), DataOrigin.fromCode(rs.getString(13))));
    }

    /** The latest day that has a daily AQI at any station. */
    public Optional<LocalDate> latestAirDay() throws SnapshotException {
        return query("SELECT max(date) FROM air_day WHERE aqi IS NOT NULL OR published_aqi IS NOT NULL", List.of(),
                rs -> Optional.ofNullable(rs.getString(1)).map(LocalDate::parse)).get(0);
    }

    /** The start of the newest hour any station has (real-time data), empty when there are no hours. */
    public Optional<java.time.LocalDateTime> latestAirHour() throws SnapshotException {
        Optional<String> latest = Optional.empty();
        for (long station : hourStations().values()) {
            List<String> last = query("SELECT hour FROM air_hour WHERE hour_key BETWEEN ? AND ? ORDER BY hour_key DESC "
                    + "LIMIT 1", List.of(AirHourKeys.first(station), AirHourKeys.last(station)), rs -> rs.getString(1));
            if (!last.isEmpty() && (latest.isEmpty() || last.get(0).compareTo(latest.get()) > 0)) {
                latest = Optional.of(last.get(0));
            }
        }
        try {
            return latest.map(AirTime::parseHour);
        } catch (RuntimeException e) {
            throw new SnapshotException("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** Every station's hours from {@code from} (inclusive) to {@code to} (inclusive), in time order. */
    public List<AirHour> airHoursBetween(java.time.LocalDateTime from, java.time.LocalDateTime to)
            throws SnapshotException {
        List<AirHour> hours = new ArrayList<>();
        for (long station : hourStations().values()) {
            hours.addAll(hoursInKeys(AirHourKeys.hours(station, from, to)));
        }
        // as ORDER BY hour, station would give them (stations come in code order, so a stable sort by hour does)
        hours.sort(java.util.Comparator.comparing(AirHour::hour));
        return hours;
    }

    public List<AirHour> airHours(String station, LocalDate from, LocalDate to) throws SnapshotException {
        Long number = hourStations().get(station);
        return number == null ? List.of() : hoursInKeys(AirHourKeys.days(number, from, to));
    }

    private List<AirHour> hoursInKeys(long[] keys) throws SnapshotException {
        return query("SELECT station, hour, pm25, pm10, so2, no2, co, o3, published_aqi FROM air_hour "
                + "WHERE hour_key BETWEEN ? AND ? ORDER BY hour_key", List.of(keys[0], keys[1]), SnapshotReader::airHour);
    }

    /**
     * Each station-day's highest hourly O3 in [from, to], for every station that has hours. An
     * aggregate read, so a year of a dozen stations' hours never becomes row objects.
     */
    public List<O3HourPeak> o3HourPeaks(LocalDate from, LocalDate to) throws SnapshotException {
        List<O3HourPeak> peaks = new ArrayList<>();
        for (long station : hourStations().values()) {
            long[] keys = AirHourKeys.days(station, from, to);
            peaks.addAll(query("SELECT station, substr(hour, 1, 10), max(o3) FROM air_hour WHERE hour_key BETWEEN ? AND ? "
                    + "AND o3 IS NOT NULL GROUP BY station, substr(hour, 1, 10) ORDER BY station, 2",
                    List.of(keys[0], keys[1]),
                    rs -> new O3HourPeak(rs.getString(1), IsoDay.parse(rs.getString(2)), rs.getDouble(3))));
        }
        return peaks;
    }

    /** Every hourly row, streamed in key order without holding them (for the publish checks). */
    public void forEachAirHour(java.util.function.Consumer<AirHour> each) throws SnapshotException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT station, hour, pm25, pm10, so2, no2, co, o3, "
                + "published_aqi FROM air_hour WHERE hour_key BETWEEN ? AND ? ORDER BY hour_key")) {
            for (long station : hourStations().values()) {
                ps.setLong(1, AirHourKeys.first(station));
                ps.setLong(2, AirHourKeys.last(station));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        each.accept(airHour(rs));
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            throw new SnapshotException("cannot read the hourly rows of " + file.getFileName(), e);
        }
    }

    /** The stations with hours and their key numbers, by code; read once (a snapshot never changes while read). */
    private java.util.SortedMap<String, Long> hourStations() throws SnapshotException {
        if (hourStations == null) {
            try {
                hourStations = java.util.Collections.unmodifiableSortedMap(AirHourKeys.stations(connection));
            } catch (SQLException e) {
                throw new SnapshotException("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
            }
        }
        return hourStations;
    }

    /** Maps a row selected as station, hour, pm25, pm10, so2, no2, co, o3, published_aqi. */
    static AirHour airHour(ResultSet rs) throws SQLException {
        return new AirHour(rs.getString(1), AirTime.parseHour(rs.getString(2)), real(rs, 3), real(rs, 4),
                real(rs, 5), real(rs, 6), real(rs, 7), real(rs, 8), optionalInt(rs, 9));
    }

    public List<WaterSection> waterSections() throws SnapshotException {
        return query("SELECT code, name_zh, name_en, river_zh, river_en, body, target_class, drinking_source, "
                + "note_zh, note_en FROM water_section ORDER BY code", List.of(), rs -> new WaterSection(
                        rs.getString(1), text(rs, 2), text(rs, 4), WaterBody.fromCode(rs.getString(6)),
                        rs.getString(7), rs.getInt(8) != 0, text(rs, 9)));
    }

    public List<WaterSample> waterSamples() throws SnapshotException {
        Map<String, Map<String, Double>> measurements = new HashMap<>();
        query("SELECT section, date, parameter, value FROM water_measurement", List.of(), rs -> {
            measurements.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2), k -> new HashMap<>())
                    .put(rs.getString(3), rs.getDouble(4));
            return Boolean.TRUE;
        });
        return query("SELECT section, date, reported_class, origin FROM water_sample ORDER BY section, date",
                List.of(), rs -> new WaterSample(rs.getString(1), IsoDay.parse(rs.getString(2)),
                        measurements.getOrDefault(rs.getString(1) + "|" + rs.getString(2), Map.of()),
                        Optional.of(rs.getString(3)).filter(s -> !s.isEmpty()), DataOrigin.fromCode(rs.getString(4))));
    }

    public List<NoiseReading> noiseReadings() throws SnapshotException {
        return query("SELECT kind, zone, site, year, night, leq, origin FROM noise_reading "
                + "ORDER BY year, kind, zone, site, night", List.of(), rs -> new NoiseReading(
                        NoiseKind.fromCode(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5) != 0, rs.getDouble(6), DataOrigin.fromCode(rs.getString(7))));
    }

    public List<GreenMetric> greenMetrics() throws SnapshotException {
        return query("SELECT code, year, name_zh, name_en, value, unit, origin FROM green_metric ORDER BY code, year",
                List.of(), rs -> new GreenMetric(rs.getString(1), text(rs, 3), rs.getInt(2), rs.getDouble(5),
                        rs.getString(6), DataOrigin.fromCode(rs.getString(7))));
    }

    public List<EcoTown> ecoTowns() throws SnapshotException {
        return query("SELECT code, name_zh, name_en, batch_year, status, summary_zh, summary_en, origin FROM eco_town "
                + "ORDER BY batch_year = 0, batch_year, code", List.of(), rs -> new EcoTown(rs.getString(1),
                        text(rs, 2), rs.getInt(4), rs.getString(5), text(rs, 6), DataOrigin.fromCode(rs.getString(8))));
    }

    public List<Facility> facilities() throws SnapshotException {
        return query("SELECT code, name_zh, name_en, kind, address_zh, address_en, booking_phone, booking_url, "
                + "virtual_tour_url, description_zh, description_en, origin, photo, transport_zh, transport_en "
                + "FROM facility ORDER BY code", List.of(),
                rs -> new Facility(rs.getString(1), text(rs, 2), rs.getString(4), text(rs, 5), rs.getString(7),
                        rs.getString(8), rs.getString(9), text(rs, 10), DataOrigin.fromCode(rs.getString(12)),
                        rs.getString(13), text(rs, 14)));
    }

    public List<OpenDay> openDays() throws SnapshotException {
        return query("SELECT facility, date, start, end_time, quota, note_zh, note_en, origin FROM open_day "
                + "ORDER BY date, start, facility", List.of(), rs -> new OpenDay(rs.getString(1),
                        LocalDate.parse(rs.getString(2)), LocalTime.parse(rs.getString(3)),
                        LocalTime.parse(rs.getString(4)), rs.getInt(5), text(rs, 6),
                        DataOrigin.fromCode(rs.getString(8))));
    }

    public List<ContentPage> pages(PageKind kind) throws SnapshotException {
        return query("SELECT slug, title_zh, title_en, body_zh, body_en, publish_from, publish_until, images, origin "
                + "FROM page WHERE kind = ? ORDER BY publish_from DESC, slug",
                List.of(kind.name().toLowerCase(Locale.ROOT)), rs -> new ContentPage(rs.getString(1), kind,
                        text(rs, 2), text(rs, 4), LocalDate.parse(rs.getString(6)),
                        Optional.of(rs.getString(7)).filter(s -> !s.isEmpty()).map(LocalDate::parse),
                        split(rs.getString(8), "\n"), DataOrigin.fromCode(rs.getString(9))));
    }

    public Optional<ContentImage> image(String name) throws SnapshotException {
        List<ContentImage> found = query("SELECT name, media_type, bytes FROM image WHERE name = ?", List.of(name),
                rs -> new ContentImage(rs.getString(1), rs.getString(2), rs.getBytes(3)));
        return found.stream().findFirst();
    }

    /** Names of the images the snapshot holds, so imported pages can be checked against them. */
    public List<String> imageNames() throws SnapshotException {
        return query("SELECT name FROM image ORDER BY name", List.of(), rs -> rs.getString(1));
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, List<Object> params, RowMapper<T> mapper) throws SnapshotException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        } catch (SQLException | RuntimeException e) {
            throw new SnapshotException("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static LocalizedText text(ResultSet rs, int zhColumn) throws SQLException {
        return new LocalizedText(rs.getString(zhColumn), rs.getString(zhColumn + 1));
    }

    private static double real(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : v;
    }

    private static OptionalInt optionalInt(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(v);
    }

    private static List<String> split(String joined) {
        return split(joined, ",");
    }

    private static List<String> split(String joined, String separator) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator));
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing useful to do: the reader is being discarded
        }
    }
}
