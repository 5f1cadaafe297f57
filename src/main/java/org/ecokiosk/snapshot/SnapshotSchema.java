package org.ecokiosk.snapshot;

import java.util.List;

/**
 * The snapshot's tables. {@link #VERSION} goes up with every change a reader must know about;
 * a reader refuses any other version rather than guessing.
 * Version 2 added air_hour.published_aqi (the real-time AQI national hourly files carry);
 * version 3 added published_figure (figures the district published, with their document);
 * version 4 station.lon and station.lat (WGS 84 degrees, NULL while unknown) for the air map;
 * version 5 added facility.photo, transport_zh and transport_en (a facility's photo and the way there);
 * version 6 made air_hour a rowid table keyed by {@code hour_key} ({@link AirHourKeys}: station number and
 * hour in one integer), so in-order imports append to full pages; its other columns and their meaning are
 * version 5's, and so is the content hash of the same content. A version 5 file is upgraded by import
 * ({@link SnapshotUpgrade}) and refused, with that advice, everywhere else.
 */
public final class SnapshotSchema {
    public static final int VERSION = 6;
    /** The older version an import can upgrade ({@link SnapshotUpgrade}); no other version is read. */
    public static final int UPGRADABLE_VERSION = 5;
    /** Written to SQLite's application_id header field so a stray SQLite file is recognised as not ours. */
    public static final int APPLICATION_ID = 0x45434b31; // "ECK1"

    /**
     * Each table with the ORDER BY that makes its content hash independent of insertion order, and
     * the column (if any, else "") by whose values the hash takes its rows in groups ({@link ContentHasher}).
     */
    record Table(String name, String ddl, String orderBy, String groupBy, String hashedColumns) {
        Table(String name, String ddl, String orderBy) {
            this(name, ddl, orderBy, "", "*");
        }
    }

    /** The hourly columns the content hash takes, in version 5's order: the key is storage, not content. */
    static final String AIR_HOUR_HASHED = "station, hour, pm25, pm10, so2, no2, co, o3, published_aqi";

    static final List<Table> TABLES = List.of(
            new Table("meta", """
                    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""", "key"),
            new Table("indicator", """
                    CREATE TABLE indicator (
                      code TEXT PRIMARY KEY, source_table TEXT NOT NULL, seq INTEGER NOT NULL,
                      group_zh TEXT NOT NULL, group_en TEXT NOT NULL, name_zh TEXT NOT NULL, name_en TEXT NOT NULL,
                      unit TEXT NOT NULL, kind TEXT NOT NULL, direction TEXT NOT NULL, cumulative INTEGER NOT NULL,
                      baseline_year INTEGER NOT NULL, baseline TEXT NOT NULL, target_year INTEGER NOT NULL,
                      target TEXT NOT NULL, note_zh TEXT NOT NULL, note_en TEXT NOT NULL)""", "code"),
            new Table("indicator_value", """
                    CREATE TABLE indicator_value (
                      indicator_code TEXT NOT NULL REFERENCES indicator(code), year INTEGER NOT NULL,
                      value TEXT NOT NULL, origin TEXT NOT NULL, note_zh TEXT NOT NULL, note_en TEXT NOT NULL,
                      PRIMARY KEY (indicator_code, year, origin))""", "indicator_code, year, origin"),
            new Table("published_figure", """
                    CREATE TABLE published_figure (year INTEGER NOT NULL, topic TEXT NOT NULL, item TEXT NOT NULL,
                      value TEXT NOT NULL, unit TEXT NOT NULL, note TEXT NOT NULL, title_zh TEXT NOT NULL,
                      title_en TEXT NOT NULL, publisher TEXT NOT NULL, published_on TEXT NOT NULL, url TEXT NOT NULL,
                      PRIMARY KEY (year, topic, item))""", "year, topic, item"),
            new Table("station", """
                    CREATE TABLE station (code TEXT PRIMARY KEY, name_zh TEXT NOT NULL, name_en TEXT NOT NULL,
                      city TEXT NOT NULL, origin TEXT NOT NULL, lon REAL, lat REAL)""", "code"),
            new Table("air_hour", """
                    CREATE TABLE air_hour (hour_key INTEGER PRIMARY KEY, station TEXT NOT NULL, hour TEXT NOT NULL,
                      pm25 REAL, pm10 REAL, so2 REAL, no2 REAL, co REAL, o3 REAL, published_aqi INTEGER)""",
                    "station, hour", "station", AIR_HOUR_HASHED),
            new Table("air_day", """
                    CREATE TABLE air_day (station TEXT NOT NULL, date TEXT NOT NULL,
                      pm25 REAL, pm10 REAL, so2 REAL, no2 REAL, co REAL, o3_8h_max REAL,
                      aqi INTEGER, published_aqi INTEGER, primary_pollutants TEXT NOT NULL,
                      rules TEXT NOT NULL, origin TEXT NOT NULL,
                      PRIMARY KEY (station, date)) WITHOUT ROWID""", "station, date"),
            new Table("water_section", """
                    CREATE TABLE water_section (code TEXT PRIMARY KEY, name_zh TEXT NOT NULL, name_en TEXT NOT NULL,
                      river_zh TEXT NOT NULL, river_en TEXT NOT NULL, body TEXT NOT NULL, target_class TEXT NOT NULL,
                      drinking_source INTEGER NOT NULL, note_zh TEXT NOT NULL, note_en TEXT NOT NULL)""", "code"),
            new Table("water_sample", """
                    CREATE TABLE water_sample (section TEXT NOT NULL REFERENCES water_section(code), date TEXT NOT NULL,
                      reported_class TEXT NOT NULL, origin TEXT NOT NULL,
                      PRIMARY KEY (section, date))""", "section, date"),
            new Table("water_measurement", """
                    CREATE TABLE water_measurement (section TEXT NOT NULL, date TEXT NOT NULL,
                      parameter TEXT NOT NULL, value REAL NOT NULL,
                      PRIMARY KEY (section, date, parameter))""", "section, date, parameter"),
            new Table("noise_reading", """
                    CREATE TABLE noise_reading (kind TEXT NOT NULL, zone TEXT NOT NULL, site TEXT NOT NULL,
                      year INTEGER NOT NULL, night INTEGER NOT NULL, leq REAL NOT NULL, origin TEXT NOT NULL,
                      PRIMARY KEY (kind, zone, site, year, night))""", "kind, zone, site, year, night"),
            new Table("green_metric", """
                    CREATE TABLE green_metric (code TEXT NOT NULL, year INTEGER NOT NULL, name_zh TEXT NOT NULL,
                      name_en TEXT NOT NULL, value REAL NOT NULL, unit TEXT NOT NULL, origin TEXT NOT NULL,
                      PRIMARY KEY (code, year))""", "code, year"),
            new Table("eco_town", """
                    CREATE TABLE eco_town (code TEXT PRIMARY KEY, name_zh TEXT NOT NULL, name_en TEXT NOT NULL,
                      batch_year INTEGER NOT NULL, status TEXT NOT NULL, summary_zh TEXT NOT NULL,
                      summary_en TEXT NOT NULL, origin TEXT NOT NULL)""", "code"),
            new Table("facility", """
                    CREATE TABLE facility (code TEXT PRIMARY KEY, name_zh TEXT NOT NULL, name_en TEXT NOT NULL,
                      kind TEXT NOT NULL, address_zh TEXT NOT NULL, address_en TEXT NOT NULL,
                      booking_phone TEXT NOT NULL, booking_url TEXT NOT NULL, virtual_tour_url TEXT NOT NULL,
                      description_zh TEXT NOT NULL, description_en TEXT NOT NULL, origin TEXT NOT NULL,
                      photo TEXT NOT NULL, transport_zh TEXT NOT NULL, transport_en TEXT NOT NULL)""", "code"),
            new Table("open_day", """
                    CREATE TABLE open_day (facility TEXT NOT NULL REFERENCES facility(code), date TEXT NOT NULL,
                      start TEXT NOT NULL, end_time TEXT NOT NULL, quota INTEGER NOT NULL,
                      note_zh TEXT NOT NULL, note_en TEXT NOT NULL, origin TEXT NOT NULL,
                      PRIMARY KEY (facility, date, start))""", "facility, date, start"),
            new Table("page", """
                    CREATE TABLE page (kind TEXT NOT NULL, slug TEXT NOT NULL, title_zh TEXT NOT NULL,
                      title_en TEXT NOT NULL, body_zh TEXT NOT NULL, body_en TEXT NOT NULL,
                      publish_from TEXT NOT NULL, publish_until TEXT NOT NULL, images TEXT NOT NULL,
                      origin TEXT NOT NULL, PRIMARY KEY (kind, slug))""", "kind, slug"),
            new Table("image", """
                    CREATE TABLE image (name TEXT PRIMARY KEY, media_type TEXT NOT NULL, bytes BLOB NOT NULL)""",
                    "name"));

    static final List<String> INDEXES = List.of(
            "CREATE INDEX air_day_date ON air_day(date)",
            "CREATE INDEX open_day_date ON open_day(date)");

    /** Why a file of {@code version} cannot be read, in words; empty for the current version. */
    static java.util.Optional<String> versionProblem(int version) {
        if (version == VERSION) {
            return java.util.Optional.empty();
        }
        String problem = "schema version " + version + " is not supported; this program reads version " + VERSION;
        if (version == UPGRADABLE_VERSION) {
            problem += " (the file was built by an older eco-kiosk: any import into it upgrades it, "
                    + "or build it anew with 'snapshot build')";
        }
        return java.util.Optional.of(problem);
    }

    private SnapshotSchema() {
    }
}
