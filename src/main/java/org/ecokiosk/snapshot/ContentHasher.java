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
        for (SnapshotSchema.Table table : SnapshotSchema.TABLES) {
            if (table.name().equals("meta")) {
                continue;
            }
            update(digest, "table:" + table.name());
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM " + table.name() + " ORDER BY " + table.orderBy())) {
                java.sql.ResultSetMetaData md = rs.getMetaData();
                int columns = md.getColumnCount();
                boolean[] declaredReal = declaredReal(connection, table.name(), columns);
                while (rs.next()) {
                    digest.update((byte) 'R');
                    for (int c = 1; c <= columns; c++) {
                        updateCell(digest, rs, md, c, declaredReal[c]);
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

    private static void updateCell(MessageDigest digest, ResultSet rs, java.sql.ResultSetMetaData md, int column,
                                   boolean declaredReal) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            digest.update((byte) 'N');
        } else if (value instanceof byte[] bytes) {
            digest.update((byte) 'B');
            digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
            digest.update(bytes);
        } else if (value instanceof Double || value instanceof Float
                || declaredReal && md.getColumnType(column) == Types.REAL) {
            digest.update((byte) 'D');
            digest.update(ByteBuffer.allocate(8).putLong(Double.doubleToLongBits(rs.getDouble(column))).array());
        } else if (value instanceof Number number) {
            digest.update((byte) 'I');
            digest.update(ByteBuffer.allocate(8).putLong(number.longValue()).array());
        } else {
            digest.update((byte) 'T');
            update(digest, value.toString());
        }
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
