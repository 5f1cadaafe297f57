package org.ecokiosk.snapshot;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HexFormat;
import java.util.Map;

/**
 * SHA-256 of everything a snapshot holds except its meta table, row by row in key order.
 * Hashing the rows rather than the file makes the hash a property of the content: two builds
 * of the same content agree although SQLite's page layout and build times differ, and
 * {@code verify} can recompute it to detect any edit made behind the builder's back.
 *
 * <p>Scheme {@value #SCHEME} (meta {@code content_hash_scheme}) hashes each table on its own and
 * then the tables' digests in table order; a table with a group column (the hours, by station)
 * is hashed group by group, each group's rows on their own, then the groups' values and digests
 * in order. Every row and cell still goes through SHA-256 exactly once, so it detects every
 * change the single stream did — but a builder that streamed a whole station's hours in key
 * order into a station the base did not have ({@link AirHourSink}) already holds that group's
 * digest and need not read 400,000 rows back. Scheme 1 (no meta key: files built before) fed
 * all rows of all tables into one digest; it is still verified as such.
 */
final class ContentHasher {
    /** The scheme {@link #hash(Connection)} computes and builders record in meta. */
    static final String SCHEME = "2";
    static final String SCHEME_KEY = "content_hash_scheme";
    /** Schemes before this key existed: one digest over every table's rows. */
    static final String SINGLE_STREAM = "1";

    /** From this schema version on, air_hour is keyed by {@link AirHourKeys}; version 5 files are hashed by their text key. */
    private static final int KEYED_HOURS_VERSION = 6;

    private ContentHasher() {
    }

    private static int schemaVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** The content hash by the current scheme, every row read back. */
    static String hash(Connection connection) throws SQLException {
        return hash(connection, Map.of());
    }

    /**
     * The content hash by the current scheme, taking the rows of each group named in
     * {@code streamedGroups} (station → digest of its hours) as already hashed: the caller saw
     * exactly those rows go in, in key order, and nothing else of that group.
     */
    static String hash(Connection connection, Map<String, byte[]> streamedGroups) throws SQLException {
        return hash(connection, streamedGroups, new java.util.HashMap<>());
    }

    /**
     * As {@link #hash(Connection, Map)}, also leaving in {@code open} the running digest of every
     * station whose hours it read (schema 6 files), for a build from this file to go on from.
     */
    private static String hash(Connection connection, Map<String, byte[]> streamedGroups,
                               Map<String, OpenHourDigest> open) throws SQLException {
        MessageDigest digest = sha256();
        ByteBuffer scratch = ByteBuffer.allocate(8);
        boolean keyedHours = schemaVersion(connection) >= KEYED_HOURS_VERSION;
        for (SnapshotSchema.Table table : SnapshotSchema.TABLES) {
            if (table.name().equals("meta")) {
                continue;
            }
            update(digest, scratch, "table:" + table.name());
            if (table.groupBy().isEmpty()) {
                digest.update(tableDigest(connection, table));
            } else if (keyedHours && table.name().equals("air_hour")) {
                digest.update(keyedHourDigest(connection, table, streamedGroups, open));
            } else {
                digest.update(groupedDigest(connection, table, streamedGroups));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The content hash by {@code scheme} as recorded in a snapshot's meta; empty for a scheme this version does not know. */
    static java.util.Optional<String> hash(Connection connection, String scheme) throws SQLException {
        return hash(connection, scheme, new java.util.HashMap<>());
    }

    /** As {@link #hash(Connection, String)}, leaving the stations' running hour digests in {@code open} (current scheme only). */
    static java.util.Optional<String> hash(Connection connection, String scheme, Map<String, OpenHourDigest> open)
            throws SQLException {
        if (scheme.equals(SCHEME)) {
            return java.util.Optional.of(hash(connection, Map.of(), open));
        }
        if (!scheme.equals(SINGLE_STREAM)) {
            return java.util.Optional.empty();
        }
        MessageDigest digest = sha256();
        ByteBuffer scratch = ByteBuffer.allocate(8);
        for (SnapshotSchema.Table table : SnapshotSchema.TABLES) {
            if (!table.name().equals("meta")) {
                update(digest, scratch, "table:" + table.name());
                rows(connection, "SELECT " + table.hashedColumns() + " FROM " + table.name() + " ORDER BY "
                        + table.orderBy(), null, table, digest, scratch, true);
            }
        }
        return java.util.Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    private static byte[] tableDigest(Connection connection, SnapshotSchema.Table table) throws SQLException {
        MessageDigest digest = sha256();
        rows(connection, "SELECT " + table.hashedColumns() + " FROM " + table.name() + " ORDER BY " + table.orderBy(),
                null, table, digest, ByteBuffer.allocate(8), false);
        return digest.digest();
    }

    /**
     * Each distinct value of the group column in order: the value (as a cell), then the digest of
     * its rows. The groups' row counts must add up to the table's, so no row escapes the hash.
     */
    private static byte[] groupedDigest(Connection connection, SnapshotSchema.Table table,
                                        Map<String, byte[]> streamed) throws SQLException {
        String group = table.groupBy();
        MessageDigest digest = sha256();
        ByteBuffer scratch = ByteBuffer.allocate(8);
        long covered = 0;
        try (Statement st = connection.createStatement();
             ResultSet groups = st.executeQuery("SELECT " + group + ", count(*) FROM " + table.name() + " GROUP BY "
                     + group + " ORDER BY " + group)) {
            while (groups.next()) {
                Object value = groups.getObject(1);
                covered += groups.getLong(2);
                updateValue(digest, scratch, value, false);  // the station column is TEXT
                byte[] known = value instanceof String s ? streamed.get(s) : null;
                if (known != null) {
                    digest.update(known);
                    continue;
                }
                MessageDigest rows = sha256();
                rows(connection, "SELECT " + table.hashedColumns() + " FROM " + table.name() + " WHERE " + group
                        + " IS ? ORDER BY " + table.orderBy(), value, table, rows, scratch, false);
                digest.update(rows.digest());
            }
        }
        try (Statement st = connection.createStatement();
             ResultSet all = st.executeQuery("SELECT count(*) FROM " + table.name())) {
            if (!all.next() || all.getLong(1) != covered) {
                // cannot happen by SQLite's own rules; if it does, the content is not what it seems
                throw new SQLException("the rows of " + table.name() + " do not add up by " + group);
            }
        }
        return digest.digest();
    }

    /**
     * The same digest as {@link #groupedDigest} gives the hours grouped by station, read by key
     * (schema 6): each station's key range in station code order, its rows in key order. Every row
     * read is checked against its key — the station its number stands for, the hour its low bits
     * stand for — so a key that disagrees with its row is found as damage, not hashed as content.
     */
    private static byte[] keyedHourDigest(Connection connection, SnapshotSchema.Table table,
                                          Map<String, byte[]> streamed, Map<String, OpenHourDigest> open)
            throws SQLException {
        MessageDigest digest = sha256();
        ByteBuffer scratch = ByteBuffer.allocate(8);
        long covered = 0;
        try (PreparedStatement count = connection.prepareStatement(
                     "SELECT count(*) FROM air_hour WHERE hour_key BETWEEN ? AND ?");
             PreparedStatement read = connection.prepareStatement("SELECT hour_key, " + table.hashedColumns()
                     + " FROM air_hour WHERE hour_key BETWEEN ? AND ? ORDER BY hour_key")) {
            boolean[] declaredReal = null;
            for (Map.Entry<String, Long> station : AirHourKeys.stations(connection).entrySet()) {
                String code = station.getKey();
                long first = AirHourKeys.first(station.getValue());
                long last = AirHourKeys.last(station.getValue());
                updateValue(digest, scratch, code, false);  // the station column is TEXT
                byte[] known = streamed.get(code);
                if (known != null) {
                    count.setLong(1, first);
                    count.setLong(2, last);
                    try (ResultSet rs = count.executeQuery()) {
                        covered += rs.next() ? rs.getLong(1) : 0;
                    }
                    digest.update(known);
                    continue;
                }
                MessageDigest rows = sha256();
                long lastKey = -1;
                read.setLong(1, first);
                read.setLong(2, last);
                try (ResultSet rs = read.executeQuery()) {
                    java.sql.ResultSetMetaData md = rs.getMetaData();
                    int columns = md.getColumnCount();
                    if (declaredReal == null) {
                        declaredReal = declaredReal(connection, table.name(), md);
                    }
                    while (rs.next()) {
                        long key = rs.getLong(1);
                        String rowStation = rs.getString(2);
                        String rowHour = rs.getString(3);
                        if (!code.equals(rowStation) || !AirHourKeys.hourText(key).equals(rowHour)) {
                            throw new SQLException("the hourly row " + Excerpt.of(rowStation) + " " + Excerpt.of(rowHour)
                                    + " does not match its key " + key + " (" + code + " " + AirHourKeys.hourText(key)
                                    + "): the file was changed after it was built");
                        }
                        covered++;
                        lastKey = key;
                        rows.update((byte) 'R');
                        for (int c = 2; c <= columns; c++) {
                            updateValue(rows, scratch, rs.getObject(c), declaredReal[c]);
                        }
                    }
                }
                if (lastKey >= 0) {
                    OpenHourDigest.of(rows, lastKey).ifPresent(o -> open.put(code, o));
                }
                digest.update(rows.digest());
            }
        }
        try (Statement st = connection.createStatement();
             ResultSet all = st.executeQuery("SELECT count(*) FROM air_hour")) {
            if (!all.next() || all.getLong(1) != covered) {
                throw new SQLException("the rows of air_hour do not add up by station");
            }
        }
        return digest.digest();
    }

    /** A short, printable excerpt of a stored text for a message (a damaged file may hold anything). */
    private static final class Excerpt {
        static String of(String text) {
            if (text == null) {
                return "NULL";
            }
            String printable = text.codePoints().limit(40)
                    .map(cp -> Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT ? '?' : cp)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            return "'" + printable + (text.length() > 40 ? "…" : "") + "'";
        }
    }

    /**
     * Feeds every row the query yields into {@code digest}: 'R', then each cell. {@code singleStream}:
     * as scheme 1 did, a non-null, non-blob value in a column declared and typed REAL is hashed as
     * the double the driver converts it to, with its sign of zero.
     */
    private static void rows(Connection connection, String sql, Object parameter, SnapshotSchema.Table table,
                             MessageDigest digest, ByteBuffer scratch, boolean singleStream) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            if (parameter != null) {
                ps.setObject(1, parameter);
            }
            try (ResultSet rs = ps.executeQuery()) {
                java.sql.ResultSetMetaData md = rs.getMetaData();
                int columns = md.getColumnCount();
                boolean[] declaredReal = declaredReal(connection, table.name(), md);
                while (rs.next()) {
                    digest.update((byte) 'R');
                    for (int c = 1; c <= columns; c++) {
                        Object value = rs.getObject(c);
                        if (singleStream) {
                            singleStreamCell(digest, scratch, rs, md, c, value, declaredReal[c]);
                        } else {
                            updateValue(digest, scratch, value, declaredReal[c]);
                        }
                    }
                }
            }
        }
    }

    /**
     * Which columns are declared REAL: only there can a value that is not a double still be
     * hashed as one (the driver's column type says REAL), so only there is the type asked for.
     */
    private static boolean[] declaredReal(Connection connection, String table, java.sql.ResultSetMetaData md)
            throws SQLException {
        java.util.Set<String> realColumns = new java.util.HashSet<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
                String type = rs.getString("type").toUpperCase(java.util.Locale.ROOT);
                if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB")) {
                    realColumns.add(rs.getString("name").toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        boolean[] real = new boolean[md.getColumnCount() + 1];
        for (int c = 1; c < real.length; c++) {
            real[c] = realColumns.contains(md.getColumnName(c).toLowerCase(java.util.Locale.ROOT));
        }
        return real;
    }

    /** Scheme 1's cell, exactly as it was hashed. */
    private static void singleStreamCell(MessageDigest digest, ByteBuffer scratch, ResultSet rs,
                                         java.sql.ResultSetMetaData md, int column, Object value, boolean declaredReal)
            throws SQLException {
        if (value != null && !(value instanceof byte[]) && (value instanceof Double || value instanceof Float
                || declaredReal && md.getColumnType(column) == Types.REAL)) {
            digest.update((byte) 'D');
            putLong(digest, scratch, Double.doubleToLongBits(rs.getDouble(column)));
        } else {
            updateValue(digest, scratch, value, false);
        }
    }

    /**
     * One cell: N (null), B (bytes), D (a double's bits), I (a whole number) or T (UTF-8 text), with
     * lengths. A number in a REAL column is a D whatever the driver boxed it as.
     */
    private static void updateValue(MessageDigest digest, ByteBuffer scratch, Object value, boolean realColumn) {
        if (value == null) {
            digest.update((byte) 'N');
        } else if (value instanceof byte[] bytes) {
            digest.update((byte) 'B');
            putInt(digest, scratch, bytes.length);
            digest.update(bytes);
        } else if (value instanceof Double || value instanceof Float || realColumn && value instanceof Number) {
            putReal(digest, scratch, ((Number) value).doubleValue());
        } else if (value instanceof Number number) {
            putWhole(digest, scratch, number.longValue());
        } else {
            putText(digest, scratch, value.toString());
        }
    }

    /** A REAL cell as read back: SQLite keeps -0.0 in a REAL column as the integer 0, so it reads back as 0.0. */
    static void putReal(MessageDigest digest, ByteBuffer scratch, double value) {
        digest.update((byte) 'D');
        putLong(digest, scratch, Double.doubleToLongBits(value == 0 ? 0.0 : value));
    }

    static void putWhole(MessageDigest digest, ByteBuffer scratch, long value) {
        digest.update((byte) 'I');
        putLong(digest, scratch, value);
    }

    static void putText(MessageDigest digest, ByteBuffer scratch, String text) {
        digest.update((byte) 'T');
        update(digest, scratch, text);
    }

    /** {@link #putText} of a text whose UTF-8 bytes are {@code utf8[0, length)}, for callers that keep them. */
    static void putText(MessageDigest digest, ByteBuffer scratch, byte[] utf8, int length) {
        digest.update((byte) 'T');
        putInt(digest, scratch, length);
        digest.update(utf8, 0, length);
    }

    static void putNull(MessageDigest digest) {
        digest.update((byte) 'N');
    }

    private static void update(MessageDigest digest, ByteBuffer scratch, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        putInt(digest, scratch, bytes.length);
        digest.update(bytes);
    }

    /** The same four big-endian bytes as {@code ByteBuffer.allocate(4).putInt(v).array()}. */
    private static void putInt(MessageDigest digest, ByteBuffer scratch, int value) {
        scratch.clear();
        digest.update(scratch.putInt(value).array(), 0, 4);
    }

    /** The same eight big-endian bytes as {@code ByteBuffer.allocate(8).putLong(v).array()}. */
    private static void putLong(MessageDigest digest, ByteBuffer scratch, long value) {
        scratch.clear();
        digest.update(scratch.putLong(value).array(), 0, 8);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
