package org.ecokiosk.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A CSV file read record by record from its decoded stream ({@link TextFile}) into rows, with
 * its header checked against the columns a kind of file needs; a cell holding a control
 * character or longer than {@link TextRules#MAX_CELL} is a problem at its line and column.
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
        private final int line;
        private final String[] cells;

        Row(int line, String[] cells) {
            this.line = line;
            this.cells = cells;
        }

        public int line() {
            return line;
        }

        /** The trimmed cell, "" when the column is absent or the row is short. */
        public String get(String column) {
            Integer index = columnIndex.get(column);
            if (index == null || index >= cells.length) {
                return "";
            }
            return cells[index].trim();
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
            return cells.length;
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
        Optional<TextFile> opened = TextFile.open(file, MAX_BYTES, tooLarge(file), problems);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        try (TextFile text = opened.get()) {
            try {
                return read(text, text.records(), required, optional, aliases, problems);
            } catch (IOException e) {
                problems.add(text.readProblem(e));
                return Optional.empty();
            }
        }
    }

    private static Problem tooLarge(Path file) {
        long mb;
        try {
            mb = Files.size(file) / (1024 * 1024);
        } catch (IOException e) {
            mb = MAX_BYTES / (1024 * 1024);
        }
        return Problem.ofFile(file.toString(), "文件太大（" + mb + " MB），超过 64 MB 上限，请确认选对了文件",
                "file is too large (" + mb + " MB, limit 64 MB); check it is the right file");
    }

    private static Optional<CsvTable> read(TextFile text, CsvRecords records, List<String> required,
                                           List<String> optional, Map<String, String> aliases, Problems problems)
            throws IOException {
        String name = text.fileName();
        if (!records.next()) {
            problems.add(Problem.ofFile(name, "文件没有表头行", "the file has no header row"));
            return Optional.empty();
        }
        String[] headerRecord = records.cells();
        List<String> header = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        Map<String, String> headerUnits = new HashMap<>();
        int before = problems.count();
        int headerLine = records.line();
        for (int i = 0; i < headerRecord.length; i++) {
            String raw = headerRecord[i].trim().replace("\uFEFF", "");
            if (TextRules.cell("", raw).isPresent() || raw.length() > 100) {
                problems.add(new Problem(name, headerLine, i + 1, "", "表头第 " + (i + 1) + " 列不是列名（含控制字符或太长）",
                        "header column " + (i + 1) + " is not a column name (control characters, or too long)"));
                header.add("");
                continue;
            }
            HeaderUnit named = HeaderUnit.split(raw, aliases);
            String canonical = canonical(named.name(), aliases);
            header.add(canonical);
            named.unit().ifPresent(u -> headerUnits.put(canonical, u));
            if (canonical.isEmpty()) {
                problems.add(new Problem(name, headerLine, i + 1, "", "表头第 " + (i + 1) + " 列是空的（可能是多余的列或合并单元格）",
                        "header column " + (i + 1) + " is empty (an extra column or merged cells?)"));
            } else if (!required.contains(canonical) && !optional.contains(canonical)) {
                problems.add(new Problem(name, headerLine, i + 1, Excerpt.of(raw), "未知的列名“" + Excerpt.of(raw)
                        + "”；应为：" + String.join(", ", required), "unknown column '" + Excerpt.of(raw) + "'; expected: "
                        + String.join(", ", required)));
            } else if (index.putIfAbsent(canonical, i) != null) {
                problems.add(new Problem(name, headerLine, i + 1, Excerpt.of(raw), "列名“" + Excerpt.of(raw) + "”重复",
                        "column '" + Excerpt.of(raw) + "' appears twice"));
            }
        }
        for (String column : required) {
            if (!index.containsKey(column)) {
                problems.add(new Problem(name, headerLine, 0, column, "缺少必需的列“" + column + "”",
                        "required column '" + column + "' is missing"));
            }
        }
        if (problems.count() > before) {
            return Optional.empty();
        }
        CsvTable table = new CsvTable(name, List.copyOf(header), Map.copyOf(index), new ArrayList<>(), text.encoding());
        table.units.putAll(headerUnits);
        while (records.next()) {
            if (records.isBlank()) {
                continue;
            }
            int line = records.line();
            String[] record = records.cells();
            table.rows.add(table.new Row(line, record));
            for (int c = 0; c < record.length; c++) {
                String field = c < header.size() ? header.get(c) : "";
                int column = c + 1;
                TextRules.cell(field, record[c]).ifPresent(v -> problems.add(new Problem(name, line, column,
                        v.field(), v.messageZh(), v.messageEn())));
            }
            if (record.length > header.size()) {
                problems.add(new Problem(name, line, header.size() + 1, "",
                        "这一行比表头多出 " + (record.length - header.size()) + " 个单元格（可能多了逗号）",
                        "this row has " + (record.length - header.size()) + " more cell(s) than the header (a stray comma?)"));
            } else if (record.length < header.size()) {
                problems.add(shortRow(name, line, record, header.size()));
            }
        }
        return Optional.of(table);
    }

    /**
     * A row with fewer cells than the header: a file cut off while copying, or cells typed with
     * the Chinese comma (，) that CSV does not treat as a separator.
     */
    private static Problem shortRow(String name, int line, String[] record, int headerSize) {
        boolean chineseCommas = record.length == 1 && record[0].contains("，");
        if (chineseCommas) {
            return new Problem(name, line, 1, "", "这一行用中文逗号“，”分隔单元格；CSV 只认英文逗号“,”",
                    "this row separates cells with the Chinese comma '，'; CSV needs the ASCII comma ','");
        }
        return new Problem(name, line, record.length + 1, "",
                "这一行只有 " + record.length + " 个单元格，表头有 " + headerSize + " 列（文件被截断或少了逗号？）",
                "this row has only " + record.length + " of " + headerSize
                        + " cells (was the file cut off, or a comma lost?)");
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
        Optional<TextFile> opened = TextFile.open(file, MAX_BYTES, tooLarge(file), new Problems());
        if (opened.isEmpty()) {
            return List.of();
        }
        try (TextFile text = opened.get()) {
            CsvRecords records = text.records();
            List<String> names = new ArrayList<>();
            if (records.next()) {
                for (String cell : records.cells()) {
                    String raw = cell.trim().replace("\uFEFF", "");
                    names.add(canonical(HeaderUnit.split(raw, aliases).name(), aliases));
                }
            }
            return names;
        } catch (IOException e) {
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
