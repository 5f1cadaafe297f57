package org.ecokiosk.snapshot;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HexFormat;

/**
 * SHA-256 of everything a snapshot holds except its meta table, row by row in key order.
 * Hashing the rows rather than the file makes the hash a property of the content: two builds
 * of the same content agree although SQLite's page layout and build times differ, and
 * {@code verify} can recompute it to detect any edit made behind the builder's back.
 */
final class ContentHasher {
    private ContentHasher() {
    }

    static String hash(Connection connection) throws SQLException {
        MessageDigest digest = sha256();
        // one scratch buffer for the fixed-width parts of every cell (lengths, numbers): millions of cells
        ByteBuffer scratch = ByteBuffer.allocate(8);
        for (SnapshotSchema.Table table : SnapshotSchema.TABLES) {
            if (table.name().equals("meta")) {
                continue;
            }
            update(digest, scratch, "table:" + table.name());
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM " + table.name() + " ORDER BY " + table.orderBy())) {
                java.sql.ResultSetMetaData md = rs.getMetaData();
                int columns = md.getColumnCount();
                boolean[] declaredReal = declaredReal(connection, table.name(), columns);
                while (rs.next()) {
                    digest.update((byte) 'R');
                    for (int c = 1; c <= columns; c++) {
                        updateCell(digest, scratch, rs, md, c, declaredReal[c]);
                    }
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Which columns are declared REAL: only there can a value that is not a double still be
     * hashed as one (the driver's column type says REAL), so only there is the type asked for.
     */
    private static boolean[] declaredReal(Connection connection, String table, int columns) throws SQLException {
        boolean[] real = new boolean[columns + 1];
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
                int c = rs.getInt("cid") + 1;
                String type = rs.getString("type").toUpperCase(java.util.Locale.ROOT);
                if (c <= columns) {
                    real[c] = type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB");
                }
            }
        }
        return real;
    }

    private static void updateCell(MessageDigest digest, ByteBuffer scratch, ResultSet rs, java.sql.ResultSetMetaData md,
                                   int column,
                                   boolean declaredReal) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            digest.update((byte) 'N');
        } else if (value instanceof byte[] bytes) {
            digest.update((byte) 'B');
            putInt(digest, scratch, bytes.length);
            digest.update(bytes);
        } else if (value instanceof Double || value instanceof Float
                || declaredReal && md.getColumnType(column) == Types.REAL) {
            digest.update((byte) 'D');
            putLong(digest, scratch, Double.doubleToLongBits(rs.getDouble(column)));
        } else if (value instanceof Number number) {
            digest.update((byte) 'I');
            putLong(digest, scratch, number.longValue());
        } else {
            digest.update((byte) 'T');
            update(digest, scratch, value.toString());
        }
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
