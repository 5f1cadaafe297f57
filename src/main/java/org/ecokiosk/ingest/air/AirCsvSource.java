package org.ecokiosk.ingest.air;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ecokiosk.ingest.CsvTable;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.ingest.Problems;
import org.ecokiosk.ingest.TextDecoding;

/**
 * One air data file, decoded (UTF-8, BOM or GBK) and parsed record by record so that a 3 MB file
 * never becomes 35,000 row objects at once. Unlike {@link CsvTable} its columns are not fixed:
 * the national layout has one column per station. Every record knows its physical line.
 */
final class AirCsvSource implements AutoCloseable {
    private final String fileName;
    private final CSVParser parser;
    private final int[] lineStarts;
    private final List<String> header;
    private final Iterator<CSVRecord> records;

    /** A data record with the 1-based line it starts on. */
    record Line(int number, CSVRecord cells) {
        /** The trimmed cell, "" when the row is short. */
        String get(int index) {
            return index < cells.size() ? cells.get(index).trim() : "";
        }
    }

    private AirCsvSource(String fileName, CSVParser parser, int[] lineStarts, List<String> header,
                         Iterator<CSVRecord> records) {
        this.fileName = fileName;
        this.parser = parser;
        this.lineStarts = lineStarts;
        this.header = header;
        this.records = records;
    }

    static Optional<AirCsvSource> open(Path file, Problems problems) {
        String name = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > CsvTable.MAX_BYTES) {
                problems.add(Problem.ofFile(name, "文件太大（超过 64 MB），请按站点或月份拆分",
                        "file is larger than 64 MB; split it by station or month"));
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(Problem.ofFile(name, "无法读取文件：" + e.getMessage(), "cannot read the file: " + e.getMessage()));
            return Optional.empty();
        }
        if (bytes.length == 0) {
            problems.add(Problem.ofFile(name, "文件是空的（0 字节）", "the file is empty (0 bytes)"));
            return Optional.empty();
        }
        String text;
        try {
            text = TextDecoding.decode(bytes).text();
        } catch (CharacterCodingException e) {
            problems.add(Problem.ofFile(name, "文件编码无法识别：既不是 UTF-8 也不是 GBK",
                    "unknown text encoding: neither UTF-8 nor GBK"));
            return Optional.empty();
        }
        try {
            CSVParser parser = CSVParser.parse(new StringReader(text),
                    CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get());
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                problems.add(Problem.ofFile(name, "文件没有表头行", "the file has no header row"));
                return Optional.empty();
            }
            List<String> header = new ArrayList<>();
            for (String cell : records.next()) {
                header.add(cell.trim().replace("\uFEFF", ""));
            }
            return Optional.of(new AirCsvSource(name, parser, lineStarts(text), List.copyOf(header), records));
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(Problem.ofFile(name, "CSV 格式错误：" + e.getMessage(), "malformed CSV: " + e.getMessage()));
            return Optional.empty();
        }
    }

    String fileName() {
        return fileName;
    }

    List<String> header() {
        return header;
    }

    /** The next non-blank record, or empty at the end; a malformed record ends the file with a problem. */
    Optional<Line> next(Problems problems) {
        try {
            while (records.hasNext()) {
                CSVRecord r = records.next();
                if (!isBlank(r)) {
                    return Optional.of(new Line(lineOf(r.getCharacterPosition()), r));
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            problems.add(new Problem(fileName, (int) parser.getCurrentLineNumber(), 0, "",
                    "CSV 格式错误：" + e.getMessage(), "malformed CSV: " + e.getMessage()));
        }
        return Optional.empty();
    }

    Problem problem(Line line, int columnIndex, String field, String zh, String en) {
        return new Problem(fileName, line.number(), columnIndex + 1, field, zh, en);
    }

    private int lineOf(long offset) {
        int found = Arrays.binarySearch(lineStarts, (int) offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int k = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[k++] = i + 1;
            }
        }
        return starts;
    }

    private static boolean isBlank(CSVRecord record) {
        for (String cell : record) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // a StringReader cannot fail to close
        }
    }
}
