package org.ecokiosk.ingest.air;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.ingest.CsvRecords;
import org.ecokiosk.ingest.CsvTable;
import org.ecokiosk.ingest.Excerpt;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.ingest.Problems;
import org.ecokiosk.ingest.TextFile;
import org.ecokiosk.ingest.TextRules;

/**
 * One air data file, decoded as it is read ({@link TextFile}: UTF-8, BOM or GBK) and parsed
 * record by record, so a 60 MB file is never in memory at once: neither its bytes, nor its
 * text, nor its rows. Unlike {@link CsvTable} its columns are not fixed: the national layout
 * has one column per station. Every record knows its physical line.
 */
final class AirCsvSource implements AutoCloseable {
    private final TextFile text;
    private final List<String> header;
    private final CsvRecords records;

    /** A data record with the 1-based line it starts on. */
    record Line(int number, String[] cells) {
        /** The trimmed cell, "" when the row is short. */
        String get(int index) {
            return index < cells.length ? cells[index].trim() : "";
        }

        int size() {
            return cells.length;
        }
    }

    private AirCsvSource(TextFile text, List<String> header, CsvRecords records) {
        this.text = text;
        this.header = header;
        this.records = records;
    }

    static Optional<AirCsvSource> open(Path file, Problems problems) {
        String name = file.toString();
        Optional<TextFile> opened = TextFile.open(file, CsvTable.MAX_BYTES, Problem.ofFile(name,
                "文件太大（超过 64 MB），请按站点或月份拆分", "file is larger than 64 MB; split it by station or month"), problems);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        TextFile text = opened.get();
        try {
            CsvRecords records = text.records();
            if (!records.next()) {
                problems.add(Problem.ofFile(name, "文件没有表头行", "the file has no header row"));
                text.close();
                return Optional.empty();
            }
            List<String> header = new ArrayList<>();
            for (String cell : records.cells()) {
                header.add(cell.trim().replace("\uFEFF", ""));
            }
            return Optional.of(new AirCsvSource(text, List.copyOf(header), records));
        } catch (IOException e) {
            problems.add(text.readProblem(e));
            text.close();
            return Optional.empty();
        }
    }

    String fileName() {
        return text.fileName();
    }

    List<String> header() {
        return header;
    }

    /**
     * The next non-blank record, or empty at the end; a record with a control character in a cell
     * is reported and skipped; a malformed record or undecodable bytes end the file with a problem.
     */
    Optional<Line> next(Problems problems) {
        try {
            while (records.next()) {
                if (records.isBlank()) {
                    continue;
                }
                Line line = new Line(records.line(), records.cells());
                if (cellsAreText(line, problems)) {
                    return Optional.of(line);
                }
            }
        } catch (IOException e) {
            problems.add(text.readProblem(e));
        }
        return Optional.empty();
    }

    private boolean cellsAreText(Line line, Problems problems) {
        boolean ok = true;
        for (int c = 0; c < line.size(); c++) {
            var bad = TextRules.cell("", line.cells()[c]);
            if (bad.isPresent()) {
                String field = c < header.size() ? Excerpt.of(header.get(c)) : "";
                problems.add(problem(line, c, field, bad.get().messageZh(), bad.get().messageEn()));
                ok = false;
            }
        }
        return ok;
    }

    Problem problem(Line line, int columnIndex, String field, String zh, String en) {
        return new Problem(text.fileName(), line.number(), columnIndex + 1, field, zh, en);
    }

    @Override
    public void close() {
        text.close();
    }
}
