package org.ecokiosk.ingest;

/**
 * One mistake in an input file. {@code line} and {@code column} are 1-based, 0 when they do
 * not apply (a missing file, a whole-file problem). {@code field} names the column header.
 */
public record Problem(String file, int line, int column, String field, String messageZh, String messageEn) {
    /** Longest message kept: a message quotes at most short excerpts, never a file's content. */
    static final int MAX_MESSAGE = 600;

    /** Whatever a caller quoted, what reaches a screen, a terminal or the audit log is printable and short. */
    public Problem {
        file = Excerpt.of(file, 300);
        field = Excerpt.of(field, 80);
        messageZh = Excerpt.of(messageZh, MAX_MESSAGE);
        messageEn = Excerpt.of(messageEn, MAX_MESSAGE);
    }

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
