package org.ecokiosk.snapshot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.AirHour;
import org.ecokiosk.model.ContentImage;
import org.ecokiosk.model.ContentPage;
import org.ecokiosk.model.EcoTown;
import org.ecokiosk.model.Facility;
import org.ecokiosk.model.GeoPoint;
import org.ecokiosk.model.GreenMetric;
import org.ecokiosk.model.IndicatorValue;
import org.ecokiosk.model.NoiseReading;
import org.ecokiosk.model.OpenDay;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.model.Station;
import org.ecokiosk.model.WaterSample;
import org.ecokiosk.model.WaterSection;

/** Turns records into rows, one prepared, batched statement per table. */
final class RowInserter {
    private static final int BATCH = 5_000;
    static final int AIR_HOUR_COLUMNS = 10;

    /** The hourly insert of {@code rows} rows, key first (AirHourSink binds the same columns one by one). */
    static String airHourInsert(int rows) {
        String row = "(" + String.join(", ", java.util.Collections.nCopies(AIR_HOUR_COLUMNS, "?")) + ")";
        return "INSERT OR REPLACE INTO air_hour (hour_key, station, hour, pm25, pm10, so2, no2, co, o3, published_aqi) "
                + "VALUES " + String.join(", ", java.util.Collections.nCopies(rows, row));
    }

    private RowInserter() {
    }

    /** A record's values in column order (an hour whose key cannot be formed is refused). */
    private interface Binder<T> {
        Object[] values(T row) throws SnapshotException;
    }

    static void insertAll(Connection c, SnapshotContent content, AirHourKeys.Numbering numbering)
            throws SQLException, SnapshotException {
        insert(c, "indicator", 17, content.indicators(), RowInserter::indicator);
        insert(c, "indicator_value", 6, content.indicatorValues(), v -> new Object[] {
                v.indicatorCode(), v.year(), v.value().display(), v.origin().code(), v.note().zh(), v.note().en()});
        insert(c, "published_figure", 11, content.publishedFigures(), f -> new Object[] {
                f.year(), f.topic(), f.item(), f.value().display(), f.unit(), f.note(), f.document().title().zh(),
                f.document().title().en(), f.document().publisher(), f.document().publishedOn().toString(),
                f.document().url()});
        insert(c, "station", 7, content.stations(), s -> new Object[] {
                s.code(), s.name().zh(), s.name().en(), s.city(), s.origin().code(),
                s.position().map(GeoPoint::longitude).orElse(null), s.position().map(GeoPoint::latitude).orElse(null)});
        insertHours(c, content.airHours(), numbering);
        insert(c, "air_day", 13, content.airDays(), RowInserter::airDay);
        insert(c, "water_section", 10, content.waterSections(), w -> new Object[] {
                w.code(), w.name().zh(), w.name().en(), w.river().zh(), w.river().en(), w.body().code(),
                w.targetClass(), w.drinkingSource() ? 1 : 0, w.note().zh(), w.note().en()});
        insert(c, "water_sample", 4, content.waterSamples(), s -> new Object[] {
                s.section(), s.date().toString(), s.reportedClass().orElse(""), s.origin().code()});
        insertMeasurements(c, content.waterSamples());
        insert(c, "noise_reading", 7, content.noiseReadings(), RowInserter::noise);
        insert(c, "green_metric", 7, content.greenMetrics(), RowInserter::green);
        insert(c, "eco_town", 8, content.ecoTowns(), RowInserter::town);
        insert(c, "facility", 15, content.facilities(), RowInserter::facility);
        insert(c, "open_day", 8, content.openDays(), RowInserter::openDay);
        insert(c, "page", 10, content.pages(), RowInserter::page);
        insert(c, "image", 3, content.images(), i -> new Object[] {i.name(), i.mediaType(), i.bytes()});
    }

    private static <T> void insert(Connection c, String table, int columns, List<T> rows, Binder<T> binder)
            throws SQLException, SnapshotException {
        if (rows.isEmpty()) {
            return;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(columns, "?"));
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO " + table + " VALUES (" + marks + ")")) {
            int pending = 0;
            for (T row : rows) {
                Object[] values = binder.values(row);
                for (int i = 0; i < values.length; i++) {
                    bind(ps, i + 1, values[i]);
                }
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            ps.executeBatch();
        }
    }

    /** Hours of a content list (not streamed): the same columns AirHourSink writes, key first. */
    private static void insertHours(Connection c, List<AirHour> hours, AirHourKeys.Numbering numbering)
            throws SQLException, SnapshotException {
        insert(c, "air_hour", AIR_HOUR_COLUMNS, hours, h -> keyed(h, numbering));
    }

    private static Object[] keyed(AirHour h, AirHourKeys.Numbering numbering) throws SnapshotException {
        Object[] columns = airHour(h);
        Object[] row = new Object[columns.length + 1];
        row[0] = AirHourKeys.key(numbering.number(h.station()), AirHourKeys.hourIndex(h.hour()));
        System.arraycopy(columns, 0, row, 1, columns.length);
        return row;
    }

    private static void insertMeasurements(Connection c, List<WaterSample> samples) throws SQLException {
        if (samples.isEmpty()) {
            return;
        }
        try (PreparedStatement clear = c.prepareStatement(
                     "DELETE FROM water_measurement WHERE section = ? AND date = ?");
             PreparedStatement ps = c.prepareStatement("INSERT INTO water_measurement VALUES (?, ?, ?, ?)")) {
            for (WaterSample s : samples) {
                // a re-imported sample replaces all of its parameters, not just the ones named again
                clear.setString(1, s.section());
                clear.setString(2, s.date().toString());
                clear.executeUpdate();
                for (Map.Entry<String, Double> p : s.parameters().entrySet()) {
                    ps.setString(1, s.section());
                    ps.setString(2, s.date().toString());
                    ps.setString(3, p.getKey());
                    ps.setDouble(4, p.getValue());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NULL);
        } else if (value instanceof Double d) {
            if (d.isNaN()) {
                ps.setNull(index, Types.REAL);
            } else {
                ps.setDouble(index, d);
            }
        } else if (value instanceof Integer i) {
            ps.setInt(index, i);
        } else if (value instanceof Long l) {
            ps.setLong(index, l);
        } else if (value instanceof OptionalInt oi) {
            if (oi.isPresent()) {
                ps.setInt(index, oi.getAsInt());
            } else {
                ps.setNull(index, Types.INTEGER);
            }
        } else if (value instanceof byte[] bytes) {
            ps.setBytes(index, bytes);
        } else {
            ps.setString(index, value.toString());
        }
    }

    private static Object[] indicator(PlanIndicator i) {
        return new Object[] {i.code(), i.table().code(), i.seq(), i.group().zh(), i.group().en(), i.name().zh(),
                i.name().en(), i.unit(), i.kind().code(), i.direction().code(), i.cumulative() ? 1 : 0,
                i.baselineYear(), i.baseline().display(), i.targetYear(), i.target().display(), i.note().zh(),
                i.note().en()};
    }

    static Object[] airHour(AirHour h) {
        return new Object[] {h.station(), AirTime.hourKey(h.hour()), h.pm25(), h.pm10(), h.so2(), h.no2(), h.co(),
                h.o3(), h.publishedAqi()};
    }

    private static Object[] airDay(AirDay d) {
        return new Object[] {d.station(), d.date().toString(), d.pm25(), d.pm10(), d.so2(), d.no2(), d.co(),
                d.o3max8h(), d.aqi(), d.publishedAqi(), String.join(",", d.primaryPollutants()), d.rules(),
                d.origin().code()};
    }

    private static Object[] noise(NoiseReading n) {
        return new Object[] {n.kind().code(), n.zone(), n.site(), n.year(), n.night() ? 1 : 0, n.leq(),
                n.origin().code()};
    }

    private static Object[] green(GreenMetric g) {
        return new Object[] {g.code(), g.year(), g.name().zh(), g.name().en(), g.value(), g.unit(), g.origin().code()};
    }

    private static Object[] town(EcoTown t) {
        return new Object[] {t.code(), t.name().zh(), t.name().en(), t.batchYear(), t.status(), t.summary().zh(),
                t.summary().en(), t.origin().code()};
    }

    private static Object[] facility(Facility f) {
        return new Object[] {f.code(), f.name().zh(), f.name().en(), f.kind(), f.address().zh(), f.address().en(),
                f.bookingPhone(), f.bookingUrl(), f.virtualTourUrl(), f.description().zh(), f.description().en(),
                f.origin().code(), f.photo(), f.transport().zh(), f.transport().en()};
    }

    private static Object[] openDay(OpenDay o) {
        return new Object[] {o.facility(), o.date().toString(), o.start().toString(), o.end().toString(), o.quota(),
                o.note().zh(), o.note().en(), o.origin().code()};
    }

    private static Object[] page(ContentPage p) {
        return new Object[] {p.kind().name().toLowerCase(java.util.Locale.ROOT), p.slug(), p.title().zh(),
                p.title().en(), p.markdown().zh(), p.markdown().en(), p.publishFrom().toString(),
                p.publishUntil().map(Object::toString).orElse(""), String.join("\n", p.images()), p.origin().code()};
    }
}
