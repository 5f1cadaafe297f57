package org.ecokiosk.ingest.disclosure;

import org.ecokiosk.ingest.Excerpt;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecokiosk.ingest.Cells;
import org.ecokiosk.ingest.CsvTable;
import org.ecokiosk.ingest.Numbers;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.ingest.Problems;
import org.ecokiosk.model.disclosure.ApplicantColumn;
import org.ecokiosk.model.disclosure.ApplicationRow;
import org.ecokiosk.model.disclosure.ApplicationTable;
import org.ecokiosk.model.disclosure.ArithmeticBreak;
import org.ecokiosk.model.disclosure.DisclosureArithmetic;
import org.ecokiosk.model.disclosure.DisclosureFigures;
import org.ecokiosk.model.disclosure.ProactiveColumn;
import org.ecokiosk.model.disclosure.ProactiveRow;
import org.ecokiosk.model.disclosure.ProactiveTable;
import org.ecokiosk.model.disclosure.ReviewColumn;
import org.ecokiosk.model.disclosure.ReviewGroup;
import org.ecokiosk.model.disclosure.ReviewTable;

/**
 * The figures CSV: one cell of the printed tables per line (表, 行, 列, 数值), so a spreadsheet
 * never shifts a column and every figure has its own line number to point at. Every cell of
 * tables 二, 三 and 四 must be there exactly once, totals included; totals are checked, never
 * computed.
 */
public final class DisclosureCsv {
    static final String TABLE = "table";
    static final String ROW = "row";
    static final String COLUMN = "column";
    static final String VALUE = "value";
    static final String LABEL = "label";
    static final String SAMPLE = "sample";
    static final String YEAR = "year";
    private static final Map<String, String> ALIASES = Map.of(
            "表", TABLE, "行", ROW, "列", COLUMN, "数值", VALUE, "说明", LABEL, "示例", SAMPLE, "年度", YEAR);
    /** A year at the start of the file name, as in 2025.csv or 2025年报数据.csv. */
    private static final java.util.regex.Pattern NAME_YEAR = java.util.regex.Pattern.compile("^(\\d{4})(?!\\d)");
    /** More applications than this in a year from one district bureau is a typo, not a figure. */
    private static final long MAX_COUNT = 1_000_000;

    private DisclosureCsv() {
    }

    /** Where one cell was written: for pointing arithmetic problems at the officer's line. */
    private record Where(int line, int column) {
    }

    public static Optional<DisclosureFigures> read(Path file, int year, Problems problems) {
        Optional<CsvTable> table = CsvTable.read(file, List.of(TABLE, ROW, COLUMN, VALUE), List.of(LABEL, SAMPLE, YEAR),
                ALIASES, problems);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        int before = problems.list().size();
        java.util.regex.Matcher nameYear = NAME_YEAR.matcher(file.getFileName().toString());
        if (nameYear.find() && !nameYear.group(1).equals(String.valueOf(year))) {
            problems.add(Problem.ofFile(file.toString(), "数据文件名表明是 " + nameYear.group(1) + " 年的数据，而要生成的是 "
                    + year + " 年的报告", "the figures file is named for " + nameYear.group(1)
                    + " but the report is for " + year));
            return Optional.empty();
        }
        Map<ApplicationRow, Map<ApplicantColumn, Long>> applications = new EnumMap<>(ApplicationRow.class);
        Map<ProactiveRow, Map<ProactiveColumn, BigDecimal>> proactive = new EnumMap<>(ProactiveRow.class);
        Map<ReviewGroup, Map<ReviewColumn, Long>> reviews = new EnumMap<>(ReviewGroup.class);
        Map<String, Where> seen = new HashMap<>();
        boolean sample = false;
        for (CsvTable.Row row : table.get().rows()) {
            Cells cells = new Cells(row, problems);
            sample |= cells.bool(SAMPLE, false).orElse(false);
            String rowYear = row.get(YEAR).replace("年", "").strip();
            if (!rowYear.isEmpty() && !rowYear.equals(String.valueOf(year))) {
                cells.fail(YEAR, "本行的年度是 " + row.get(YEAR) + "，而要生成的是 " + year + " 年的报告",
                        "this line is for " + row.get(YEAR) + " but the report is for " + year);
                continue;
            }
            String tableName = row.get(TABLE).replace("表", "").replace("、", "").strip();
            String rowKey = row.get(ROW);
            String columnLabel = row.get(COLUMN);
            Where where = new Where(row.line(), row.column(VALUE));
            switch (tableName) {
                case "二" -> readProactive(cells, rowKey, columnLabel, where, proactive, seen);
                case "三" -> readApplication(cells, rowKey, columnLabel, where, applications, seen);
                case "四" -> readReview(cells, rowKey, columnLabel, where, reviews, seen);
                default -> cells.fail(TABLE, "“" + Excerpt.of(row.get(TABLE)) + "”不是本报告的表格，应为 二、三 或 四",
                        "'" + Excerpt.of(row.get(TABLE)) + "' is not a table of the report; use 二, 三 or 四");
            }
        }
        reportMissing(file, seen.keySet(), problems);
        if (problems.list().size() > before) {
            return Optional.empty();
        }
        ApplicationTable applicationTable = new ApplicationTable(applications);
        ReviewTable reviewTable = new ReviewTable(reviews);
        List<ArithmeticBreak> breaks = new java.util.ArrayList<>(DisclosureArithmetic.check(applicationTable));
        breaks.addAll(DisclosureArithmetic.check(reviewTable));
        // In file order, so the officer can work down the sheet.
        breaks.stream().map(b -> arithmeticProblem(file, b, seen))
                .sorted(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column))
                .forEach(problems::add);
        if (problems.list().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new DisclosureFigures(year, new ProactiveTable(proactive), applicationTable, reviewTable,
                sample));
    }

    private static void readApplication(Cells cells, String rowKey, String columnLabel, Where where,
                                        Map<ApplicationRow, Map<ApplicantColumn, Long>> into, Map<String, Where> seen) {
        Optional<ApplicationRow> row = ApplicationRow.fromKey(rowKey);
        Optional<ApplicantColumn> column = ApplicantColumn.fromLabel(columnLabel);
        if (row.isEmpty()) {
            cells.fail(ROW, "表三没有“" + Excerpt.of(rowKey) + "”这一行；行应写作 一、二、三(一)…三(七)、四，例如 三(三)1",
                    "table 三 has no row '" + Excerpt.of(rowKey) + "'; rows are 一, 二, 三(一)…三(七), 四, e.g. 三(三)1");
        }
        if (column.isEmpty()) {
            cells.fail(COLUMN, "表三没有“" + Excerpt.of(columnLabel) + "”列；应为 自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计",
                    "table 三 has no column '" + Excerpt.of(columnLabel) + "'");
        }
        Optional<Long> value = count(cells);
        // the cell counts as given even when its value is wrong: one error, no "missing cell" after it
        if (row.isPresent() && column.isPresent()
                && once(cells, "三|" + row.get().key() + "|" + column.get().labelZh(), where, seen)
                && value.isPresent()) {
            into.computeIfAbsent(row.get(), r -> new EnumMap<>(ApplicantColumn.class)).put(column.get(), value.get());
        }
    }

    private static void readProactive(Cells cells, String rowKey, String columnLabel, Where where,
                                      Map<ProactiveRow, Map<ProactiveColumn, BigDecimal>> into, Map<String, Where> seen) {
        Optional<ProactiveRow> row = ProactiveRow.fromLabel(rowKey);
        Optional<ProactiveColumn> column = ProactiveColumn.fromLabel(columnLabel);
        if (row.isEmpty()) {
            cells.fail(ROW, "表二没有“" + Excerpt.of(rowKey) + "”这一行；应为 规章、行政规范性文件、行政许可、行政处罚、行政强制、行政事业性收费",
                    "table 二 has no row '" + Excerpt.of(rowKey) + "'");
            return;
        }
        if (column.isEmpty() || !row.get().columns().contains(column.get())) {
            cells.fail(COLUMN, "表二“" + row.get().labelZh() + "”行没有“" + Excerpt.of(columnLabel) + "”列；应为 "
                            + String.join("、", row.get().columns().stream().map(ProactiveColumn::labelZh).toList()),
                    "table 二 row '" + Excerpt.of(rowKey) + "' has no column '" + Excerpt.of(columnLabel) + "'");
            return;
        }
        Optional<BigDecimal> value = column.get().allowsDecimals() ? amount(cells) : count(cells).map(BigDecimal::valueOf);
        if (once(cells, "二|" + row.get().labelZh() + "|" + column.get().labelZh(), where, seen) && value.isPresent()) {
            into.computeIfAbsent(row.get(), r -> new EnumMap<>(ProactiveColumn.class)).put(column.get(), value.get());
        }
    }

    private static void readReview(Cells cells, String rowKey, String columnLabel, Where where,
                                   Map<ReviewGroup, Map<ReviewColumn, Long>> into, Map<String, Where> seen) {
        Optional<ReviewGroup> group = ReviewGroup.fromLabel(rowKey);
        Optional<ReviewColumn> column = ReviewColumn.fromLabel(columnLabel);
        if (group.isEmpty()) {
            cells.fail(ROW, "表四没有“" + Excerpt.of(rowKey) + "”；应为 行政复议、未经复议直接起诉、复议后起诉",
                    "table 四 has no group '" + Excerpt.of(rowKey) + "'");
        }
        if (column.isEmpty()) {
            cells.fail(COLUMN, "表四没有“" + Excerpt.of(columnLabel) + "”列；应为 结果维持、结果纠正、其他结果、尚未审结、总计",
                    "table 四 has no column '" + Excerpt.of(columnLabel) + "'");
        }
        Optional<Long> value = count(cells);
        if (group.isPresent() && column.isPresent()
                && once(cells, "四|" + group.get().labelZh() + "|" + column.get().labelZh(), where, seen)
                && value.isPresent()) {
            into.computeIfAbsent(group.get(), g -> new EnumMap<>(ReviewColumn.class)).put(column.get(), value.get());
        }
    }

    private static boolean once(Cells cells, String key, Where where, Map<String, Where> seen) {
        Where first = seen.putIfAbsent(key, where);
        if (first != null) {
            cells.fail(ROW, "这个单元格已在第 " + first.line() + " 行填写过，每个单元格只能出现一次",
                    "this cell was already given on line " + first.line() + "; each cell appears once");
            return false;
        }
        return true;
    }

    private static Optional<Long> count(Cells cells) {
        java.util.OptionalInt n = cells.integer(VALUE, 0, (int) MAX_COUNT);
        return n.isPresent() ? Optional.of((long) n.getAsInt()) : Optional.empty();
    }

    private static Optional<BigDecimal> amount(Cells cells) {
        Optional<String> raw = cells.required(VALUE);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            BigDecimal value = new BigDecimal(Numbers.normalise(raw.get()));
            if (value.signum() < 0) {
                cells.fail(VALUE, "金额不能为负", "the amount must not be negative");
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            cells.fail(VALUE, "“" + Excerpt.of(raw.get()) + "”不是数字（单位：万元）", "'" + Excerpt.of(raw.get()) + "' is not a number (10,000 yuan)");
            return Optional.empty();
        }
    }

    private static void reportMissing(Path file, java.util.Set<String> given, Problems problems) {
        Map<String, String> missing = new LinkedHashMap<>();
        for (ProactiveRow row : ProactiveRow.values()) {
            for (ProactiveColumn column : row.columns()) {
                if (!given.contains("二|" + row.labelZh() + "|" + column.labelZh())) {
                    missing.put("二," + row.labelZh() + "," + column.labelZh(), "");
                }
            }
        }
        for (ApplicationRow row : ApplicationRow.values()) {
            for (ApplicantColumn column : ApplicantColumn.values()) {
                if (!given.contains("三|" + row.key() + "|" + column.labelZh())) {
                    missing.put("三," + row.key() + "," + column.labelZh(), "");
                }
            }
        }
        for (ReviewGroup group : ReviewGroup.values()) {
            for (ReviewColumn column : ReviewColumn.values()) {
                if (!given.contains("四|" + group.labelZh() + "|" + column.labelZh())) {
                    missing.put("四," + group.labelZh() + "," + column.labelZh(), "");
                }
            }
        }
        for (String cell : missing.keySet()) {
            problems.add(Problem.ofFile(file.toString(), "缺少单元格（表,行,列）：" + cell + "；没有数字请填 0",
                    "missing cell (table,row,column): " + cell + "; write 0 when there is nothing to report"));
        }
    }

    private static Problem arithmeticProblem(Path file, ArithmeticBreak broken, Map<String, Where> seen) {
        Where where = seen.getOrDefault(broken.table() + "|" + broken.rowKey() + "|" + broken.columnLabel(),
                new Where(0, 0));
        return new Problem(file.toString(), where.line(), where.column(), "数值 (" + broken.rowKey() + " / "
                + broken.columnLabel() + ")", "数字不符合报告表格的勾稽关系：" + broken.describeZh(),
                "figures break the table's arithmetic: " + broken.describeEn());
    }
}
