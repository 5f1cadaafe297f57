package org.ecokiosk.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * CSV records (RFC 4180) read straight from a file's decoded text, each with the physical line it
 * starts on. The dialect is exactly that of Commons CSV's {@code CSVFormat.DEFAULT} with empty
 * lines ignored, which this replaced: comma, double quote, {@code ""} for a quote inside a quoted
 * cell, CR, LF or CRLF between records, a quote in an unquoted cell is a plain character,
 * whitespace between a closing quote and the next comma is dropped, nothing is trimmed.
 * {@code CsvRecordsTest} holds it to Commons CSV on every corner of that dialect.
 *
 * <p>Why our own: an hourly import reads 420,000 records, and Commons CSV, a token object and a
 * string builder per cell plus a second pass over every character to find line numbers, was a
 * third of the import's CPU time. Here a cell is one string cut from the read buffer, and the line
 * is counted while parsing.
 */
public final class CsvRecords {
    /** What made a file unreadable as CSV, and where. */
    public static final class MalformedException extends IOException {
        /** The two ways a record can be malformed in this dialect. */
        public enum Kind {
            /** A quoted cell that never ends: the file was cut off, or a quote is lost. */
            UNCLOSED_QUOTE,
            /** Text after a closing quote, before the comma or line end. */
            TEXT_AFTER_QUOTE
        }

        private final Kind kind;
        private final int line;

        MalformedException(Kind kind, int line) {
            super(kind + " at line " + line);
            this.kind = kind;
            this.line = line;
        }

        public Kind kind() {
            return kind;
        }

        /** For an unclosed quote the line the quoted cell starts on; otherwise the line of the stray text. */
        public int line() {
            return line;
        }
    }

    private static final int EOF = -1;

    private final Reader in;
    private char[] buf = new char[64 * 1024];
    private int pos;
    private int limit;
    /** Start of the unquoted cell being read, -1 when none: refilling keeps buf[mark…] so the cell is one range. */
    private int mark = -1;
    private boolean eof;
    private int line = 1;
    private int recordLine;
    private String[] cells = new String[32];
    private int size;
    private final StringBuilder unescaped = new StringBuilder();

    public CsvRecords(Reader in) {
        this.in = in;
    }

    /** Reads the next record; false at the end of the text. A blank line is no record. */
    public boolean next() throws IOException {
        size = 0;
        int c = read();
        while (c == '\n' || c == '\r') {
            endOfLine(c);
            c = read();
        }
        if (c == EOF) {
            return false;
        }
        recordLine = line;
        while (true) {
            int end;
            if (c == '"') {
                end = quoted();
            } else if (c == EOF) {
                add("");  // "a," at the very end: an empty last cell
                end = EOF;
            } else {
                end = simple(c);
            }
            if (end != ',') {
                if (end == '\n' || end == '\r') {
                    endOfLine(end);
                }
                return true;
            }
            c = read();
        }
    }

    /** An unquoted cell starting with {@code first} (just read); returns what ended it: ',', '\n', '\r' or EOF. */
    private int simple(int first) throws IOException {
        mark = pos - 1;
        try {
            int c = first;
            while (c != ',' && c != '\n' && c != '\r') {
                if (pos == limit) {
                    if (!refill()) {  // keeps buf[mark…], moved to the buffer's start
                        add(new String(buf, mark, pos - mark));
                        return EOF;
                    }
                }
                c = buf[pos++];
            }
            add(new String(buf, mark, pos - 1 - mark));
            return c;
        } finally {
            mark = -1;
        }
    }

    /** A quoted cell, its opening quote read; returns what follows its closing quote: ',', '\n', '\r' or EOF. */
    private int quoted() throws IOException {
        int start = pos;
        // most quoted cells ("NNW", a station name) end in the buffer without a line break or a doubled quote
        for (int i = start; i < limit - 1; i++) {
            char ch = buf[i];
            if (ch == '"') {
                if (buf[i + 1] == '"') {
                    break;
                }
                add(new String(buf, start, i - start));
                pos = i + 1;
                return afterClosingQuote();
            }
            if (ch == '\n' || ch == '\r') {
                break;
            }
        }
        int startLine = line;
        unescaped.setLength(0);
        while (true) {
            int c = read();
            if (c == EOF) {
                throw new MalformedException(MalformedException.Kind.UNCLOSED_QUOTE, startLine);
            }
            if (c == '"') {
                if (peek() == '"') {
                    read();
                    unescaped.append('"');
                    continue;
                }
                break;
            }
            if (c == '\r') {
                line++;
                if (peek() == '\n') {
                    read();
                    unescaped.append('\r');
                    c = '\n';
                }
            } else if (c == '\n') {
                line++;
            }
            unescaped.append((char) c);
        }
        add(unescaped.toString());
        return afterClosingQuote();
    }

    /** Whitespace may follow a closing quote; anything else before the comma or line end is malformed. */
    private int afterClosingQuote() throws IOException {
        while (true) {
            int c = read();
            if (c == ',' || c == '\n' || c == '\r' || c == EOF) {
                return c;
            }
            if (!Character.isWhitespace((char) c)) {
                throw new MalformedException(MalformedException.Kind.TEXT_AFTER_QUOTE, line);
            }
        }
    }

    /** Counts a line break whose first character {@code c} was read; CRLF is one break. */
    private void endOfLine(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            read();
        }
        line++;
    }

    private void add(String cell) {
        if (size == cells.length) {
            cells = Arrays.copyOf(cells, size * 2);
        }
        cells[size++] = cell;
    }

    private int read() throws IOException {
        if (pos == limit && !refill()) {
            return EOF;
        }
        return buf[pos++];
    }

    private int peek() throws IOException {
        if (pos == limit && !refill()) {
            return EOF;
        }
        return buf[pos];
    }

    /** Reads more text after the buffer's end, first moving the record being read (if any) to its start. */
    private boolean refill() throws IOException {
        if (eof) {
            return false;
        }
        int keep = mark < 0 ? limit : mark;
        int kept = limit - keep;
        if (kept == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        } else if (keep > 0) {
            System.arraycopy(buf, keep, buf, 0, kept);
        }
        if (mark >= 0) {
            mark = 0;
        }
        pos -= keep;
        limit = kept;
        int n;
        do {
            n = in.read(buf, limit, buf.length - limit);
        } while (n == 0);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }

    /** The 1-based line the current record starts on. */
    public int line() {
        return recordLine;
    }

    /** The line being read now (where a failure happened). */
    public int currentLine() {
        return line;
    }

    /** Cells of the current record. */
    public int size() {
        return size;
    }

    /** Cell {@code index} of the current record, untrimmed. */
    public String get(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return cells[index];
    }

    /** The current record's cells, a new array the caller may keep. */
    public String[] cells() {
        return Arrays.copyOf(cells, size);
    }

    /** True when every cell of the current record is blank (",,," or spaces only). */
    public boolean isBlank() {
        for (int i = 0; i < size; i++) {
            if (!cells[i].isBlank()) {
                return false;
            }
        }
        return true;
    }
}
