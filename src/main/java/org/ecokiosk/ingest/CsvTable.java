package org.ecokiosk.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read whole, with its header checked against the columns a kind of file needs.
 * Rows keep their physical line numbers so every problem can point at the line staff see in
 * their editor. Header names are matched case-insensitively, and aliases (Chinese headers)
 * map onto the canonical names.
 */
public final class CsvTable {
    /** Largest file we read; anything bigger is almost certainly the wrong file. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private final String fileName;
    private final List<String> header;
    private final Map<String, Integer> columnIndex;
    private final List<Row> rows;
    private final String encoding;
    private final Map<String, String> units = new HashMap<>();

    /** One data row: its line number in the file and a way to read cells by canonical column name. */
    public final class Row {
        private final long line;
        private final CSVRecord record;

        Row(long line, CSVRecord record) {
            this.line = line;
            this.record = record;
        }

        public int line() {
            return (int) line;
        }

        /** The trimmed cell, "" when the column is absent or the row is short. */
        public String get(String column) {
            Integer index = columnIndex.get(column);
            if (index == null || index >= record.size()) {
                return "";
            }
            return record.get(index).trim();
        }

        public boolean has(String column) {
            return columnIndex.containsKey(column);
        }

        /** 1-based column number of a canonical column, 0 when absent. */
        public int column(String column) {
            Integer index = columnIndex.get(column);
            return index == null ? 0 : index + 1;
        }

        public int size() {
            return record.size();
        }

        public Problem problem(String column, String zh, String en) {
            return new Problem(fileName, line(), column(column), column, zh, en);
        }
    }

    private CsvTable(String fileName, List<String> header, Map<String, Integer> columnIndex, List<Row> rows,
                     String encoding) {
        this.fileName = fileName;
        this.header = header;
        this.columnIndex = columnIndex;
        this.rows = rows;
        this.encoding = encoding;
    }

    /**
     * Reads {@code file}, requiring the {@code required} columns; {@code optional} columns may be
     * present; {@code aliases} maps other header spellings (e.g. 断面) to canonical names.
     * Any other column is a problem: a stray column usually means a shifted export.
     */
    public static Optional<CsvTable> read(Path file, List<String> required, List<String> optional,
                                          Map<String, String> aliases, Problems problems) {
        String name = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.add(Problem.ofFile(name, "文件太大（" + size / (1024 * 1024) + " MB），超过 64 MB 上限，请确认选对了文件",
                        "file is too large (" + size / (1024 * 1024) + " MB, limit 64 MB); check it is the right file"));
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
        TextDecoding.Decoded decoded;
        try {
            decoded = TextDecoding.decode(bytes);
        } catch (CharacterCodingException e) {
            problems.add(Problem.ofFile(name, "文件编码无法识别：既不是 UTF-8 也不是 GBK，请另存为 UTF-8 CSV",
                    "unknown text encoding: neither UTF-8 nor GBK; save it as UTF-8 CSV"));
            return Optional.empty();
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(false).get();
        LineIndex lines = new LineIndex(decoded.text());
        try (CSVParser parser = CSVParser.parse(new StringReader(decoded.text()), format)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                problems.add(Problem.ofFile(name, "文件没有表头行", "the file has no header row"));
                return Optional.empty();
            }
            CSVRecord headerRecord = records.get(0);
            List<String> header = new ArrayList<>();
            Map<String, Integer> index = new HashMap<>();
            Map<String, String> headerUnits = new HashMap<>();
            int before = problems.list().size();
            for (int i = 0; i < headerRecord.size(); i++) {
                String raw = headerRecord.get(i).trim().replace("\uFEFF", "");
                HeaderUnit named = HeaderUnit.split(raw, aliases);
                String canonical = canonical(named.name(), aliases);
                header.add(canonical);
                named.unit().ifPresent(u -> headerUnits.put(canonical, u));
                if (canonical.isEmpty()) {
                    problems.add(new Problem(name, 1, i + 1, "", "表头第 " + (i + 1) + " 列是空的（可能是多余的列或合并单元格）",
                            "header column " + (i + 1) + " is empty (an extra column or merged cells?)"));
                } else if (!required.contains(canonical) && !optional.contains(canonical)) {
                    problems.add(new Problem(name, 1, i + 1, raw, "未知的列名“" + raw + "”；应为：" + String.join(", ", required),
                            "unknown column '" + raw + "'; expected: " + String.join(", ", required)));
                } else if (index.putIfAbsent(canonical, i) != null) {
                    problems.add(new Problem(name, 1, i + 1, raw, "列名“" + raw + "”重复", "column '" + raw + "' appears twice"));
                }
            }
            for (String column : required) {
                if (!index.containsKey(column)) {
                    problems.add(new Problem(name, 1, 0, column, "缺少必需的列“" + column + "”",
                            "required column '" + column + "' is missing"));
                }
            }
            if (problems.list().size() > before) {
                return Optional.empty();
            }
            CsvTable table = new CsvTable(name, List.copyOf(header), Map.copyOf(index), new ArrayList<>(),
                    decoded.encoding());
            table.units.putAll(headerUnits);
            for (int r = 1; r < records.size(); r++) {
                CSVRecord record = records.get(r);
                if (isBlank(record)) {
                    continue;
                }
                table.rows.add(table.new Row(lines.lineOf(record.getCharacterPosition()), record));
                if (record.size() > header.size()) {
                    problems.add(new Problem(name, lines.lineOf(record.getCharacterPosition()), header.size() + 1, "",
                            "这一行比表头多出 " + (record.size() - header.size()) + " 个单元格（可能多了逗号）",
                            "this row has " + (record.size() - header.size()) + " more cell(s) than the header (a stray comma?)"));
                } else if (record.size() < header.size()) {
                    problems.add(shortRow(name, lines.lineOf(record.getCharacterPosition()), record, header.size()));
                }
            }
            return Optional.of(table);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(Problem.ofFile(name, "CSV 格式错误：" + e.getMessage(), "malformed CSV: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** Maps a character offset to its 1-based line, so rows after blank lines or quoted line breaks keep their real line. */
    private static final class LineIndex {
        private final int[] lineStarts;
        private final String text;

        LineIndex(String text) {
            this.text = text;
            List<Integer> starts = new ArrayList<>(List.of(0));
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        int lineOf(long position) {
            // commons-csv reports where it began reading, which is before any blank lines it skipped
            int offset = (int) position;
            while (offset < text.length() && (text.charAt(offset) == '\n' || text.charAt(offset) == '\r')) {
                offset++;
            }
            int found = java.util.Arrays.binarySearch(lineStarts, (int) offset);
            return found >= 0 ? found + 1 : -found - 1;
        }
    }

    /**
     * A row with fewer cells than the header: a file cut off while copying, or cells typed with
     * the Chinese comma (，) that CSV does not treat as a separator.
     */
    private static Problem shortRow(String name, int line, CSVRecord record, int headerSize) {
        boolean chineseCommas = record.size() == 1 && record.get(0).contains("，");
        if (chineseCommas) {
            return new Problem(name, line, 1, "", "这一行用中文逗号“，”分隔单元格；CSV 只认英文逗号“,”",
                    "this row separates cells with the Chinese comma '，'; CSV needs the ASCII comma ','");
        }
        return new Problem(name, line, record.size() + 1, "",
                "这一行只有 " + record.size() + " 个单元格，表头有 " + headerSize + " 列（文件被截断或少了逗号？）",
                "this row has only " + record.size() + " of " + headerSize
                        + " cells (was the file cut off, or a comma lost?)");
    }

    private static boolean isBlank(CSVRecord record) {
        for (String cell : record) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String canonical(String raw, Map<String, String> aliases) {
        String alias = aliases.get(raw);
        if (alias != null) {
            return alias;
        }
        return raw.toLowerCase(Locale.ROOT);
    }

    public String fileName() {
        return fileName;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    public String encoding() {
        return encoding;
    }

    /** The unit written in a column's header, as in "总磷(mg/L)" or "tp [µg/L]"; empty when none was given. */
    public Optional<String> unitOf(String column) {
        return Optional.ofNullable(units.get(column));
    }

    /** The first row's column names, canonical, without reading the rest: to tell layouts apart. */
    public static List<String> peekHeader(Path file, Map<String, String> aliases) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = TextDecoding.decode(bytes).text();
            int end = text.indexOf('\n');
            String first = end < 0 ? text : text.substring(0, end);
            try (CSVParser parser = CSVParser.parse(first, CSVFormat.DEFAULT)) {
                List<String> names = new ArrayList<>();
                for (CSVRecord r : parser.getRecords()) {
                    for (String cell : r) {
                        String raw = cell.trim().replace("\uFEFF", "");
                        names.add(canonical(HeaderUnit.split(raw, aliases).name(), aliases));
                    }
                }
                return names;
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return List.of();
        }
    }

    /** A header cell split into its name and an optional unit in brackets. */
    private record HeaderUnit(String name, Optional<String> unit) {
        private static final java.util.regex.Pattern WITH_UNIT =
                java.util.regex.Pattern.compile("(.+?)\\s*[(（\\[【]\\s*(.*?)\\s*[)）\\]】]");

        static HeaderUnit split(String raw, Map<String, String> aliases) {
            if (aliases.containsKey(raw)) {
                return new HeaderUnit(raw, Optional.empty());
            }
            java.util.regex.Matcher m = WITH_UNIT.matcher(raw);
            if (m.matches()) {
                return new HeaderUnit(m.group(1).trim(), Optional.of(m.group(2).trim()));
            }
            return new HeaderUnit(raw, Optional.empty());
        }
    }
}
