package org.ecokiosk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * {@link CsvRecords} reads exactly what Commons CSV's DEFAULT format with empty lines ignored
 * reads (the parser it replaced): the same cells, a record on the same line, the same failures.
 */
class CsvRecordsTest {
    private static final CSVFormat COMMONS = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(false).get();

    /** A record as cells plus the line it starts on, or a failure. */
    private record Parsed(List<String> record, int line) {
    }

    private static List<Parsed> ours(String text, int bufferReads) throws IOException {
        CsvRecords records = new CsvRecords(new ChoppedReader(text, bufferReads));
        List<Parsed> out = new ArrayList<>();
        while (records.next()) {
            out.add(new Parsed(List.of(records.cells()), records.line()));
        }
        return out;
    }

    private static List<Parsed> commons(String text) throws IOException {
        int[] lines = lineOfEachChar(text);
        List<Parsed> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), COMMONS)) {
            for (CSVRecord r : parser) {
                // the record's position is where the parser began: before the blank lines it skipped
                int i = (int) r.getCharacterPosition();
                while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
                    i++;
                }
                out.add(new Parsed(r.toList(), lines[i]));
            }
        }
        return out;
    }

    /** The 1-based line of every character (and of the end); CR, LF and CRLF each end a line. */
    private static int[] lineOfEachChar(String text) {
        int[] lines = new int[text.length() + 1];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            lines[i] = line;
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                line++;
            }
        }
        lines[text.length()] = line;
        return lines;
    }

    private static void same(String text) throws IOException {
        List<Parsed> expected = commons(text);
        for (int chunk : new int[] {1, 3, 7, 1 << 20}) {
            assertEquals(expected, ours(text, chunk), "read " + chunk + " chars at a time: " + printable(text));
        }
    }

    private static String printable(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n");
    }

    @Test
    void readsTheCornersOfTheDialectAsCommonsCsvDoes() throws IOException {
        for (String text : List.of("a,b,c\n1,2,3\n", "a,b\r\n1,2\r\n", "a,b\r1,2\r", "a,b", "a,b,\n", "a,b,",
                "\n\n\na\n\n\nb\n", "\r\n\r\na,b\r\n\r\n", "a,,\n,,\n", "  ,  \n", "\"a\",\"b\"\n\"1\",\"2\"",
                "\"a,b\",\"c\"\"d\"\"\"\n", "\"two\nlines\",x\ny,z\n", "\"two\r\nlines\",x\r\ny\r\n", "\"cr\rbreak\",1\r2\r",
                "a\"b,c\"\"d\n", "\"a\"  ,\"b\"\t\n", "\"\",\"\"\n", "\"\"\"\"\n", ",\n", ",", "\"x\"", "\"x\"\n\n",
                "x\n\"\n\"\n", "a,\"\"\"quoted\"\" word\",b\n", "中文,示例\n\"带,逗号\",二\n", "\uFEFFa,b\n1,2\n",
                "a,b\n   \n1,2\n", "\"end\"\r\n")) {
            same(text);
        }
    }

    @Test
    void readsRandomTextAsCommonsCsvDoes() throws IOException {
        Random random = new Random(4180);
        String alphabet = "ab,,\"\"\n\r \t1中";
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            boolean commonsFails;
            try {
                commons(s);
                commonsFails = false;
            } catch (UncheckedIOException | IOException e) {
                commonsFails = true;
            }
            if (commonsFails) {
                assertThrows(CsvRecords.MalformedException.class, () -> ours(s, 1 << 20), printable(s));
                assertThrows(CsvRecords.MalformedException.class, () -> ours(s, 2), printable(s));
            } else {
                same(s);
            }
        }
    }

    @Test
    void anUnclosedQuoteNamesTheLineItStartsOn() {
        CsvRecords.MalformedException e = assertThrows(CsvRecords.MalformedException.class,
                () -> ours("a,b\n1,2\n\"3,4\n5,6\n7,8\n", 1 << 20));
        assertEquals(CsvRecords.MalformedException.Kind.UNCLOSED_QUOTE, e.kind());
        assertEquals(3, e.line());
    }

    @Test
    void textAfterAClosingQuoteNamesItsLine() {
        CsvRecords.MalformedException e = assertThrows(CsvRecords.MalformedException.class,
                () -> ours("a,b\n1,2\n\"3\"x,4\n5,6\n", 1 << 20));
        assertEquals(CsvRecords.MalformedException.Kind.TEXT_AFTER_QUOTE, e.kind());
        assertEquals(3, e.line());
    }

    @Test
    void aCellLongerThanTheBufferIsReadWhole() throws IOException {
        String longCell = "x".repeat(200_000);
        same("a," + longCell + ",b\n\"" + longCell + "\"\nc\n");
    }

    @Test
    void recordsAfterManyBuffersKeepTheirLines() throws IOException {
        StringBuilder text = new StringBuilder("No,year,station\n");
        for (int i = 1; i <= 30_000; i++) {
            text.append(i).append(",2013,\"Aotizhongxin\"").append(i % 1000 == 0 ? "\n\n" : "\n");
        }
        List<Parsed> ours = ours(text.toString(), 1 << 20);
        assertEquals(commons(text.toString()), ours);
        assertEquals(30_001 + 29, ours.get(ours.size() - 1).line());
    }

    /** Hands out at most {@code chunk} characters a read, so records straddle every buffer boundary. */
    private static final class ChoppedReader extends Reader {
        private final String text;
        private final int chunk;
        private int at;

        ChoppedReader(String text, int chunk) {
            this.text = text;
            this.chunk = chunk;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            if (at == text.length()) {
                return -1;
            }
            int n = Math.min(Math.min(len, chunk), text.length() - at);
            text.getChars(at, at + n, buf, off);
            at += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
