package org.ecokiosk.ingest;

/**
 * One mistake in an input file. {@code line} and {@code column} are 1-based, 0 when they do
 * not apply (a missing file, a whole-file problem). {@code field} names the column header.
 */
public record Problem(String file, int line, int column, String field, String messageZh, String messageEn) {

    public static Problem ofFile(String file, String messageZh, String messageEn) {
        return new Problem(file, 0, 0, "", messageZh, messageEn);
    }

    /** "file:line:column field — 中文 / English", one line per problem. */
    public String describe() {
        StringBuilder where = new StringBuilder(file);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        if (!field.isEmpty()) {
            where.append(" [").append(field).append(']');
        }
        return where + " — " + messageZh + " / " + messageEn;
    }
}
