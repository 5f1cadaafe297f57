package org.ecokiosk.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Typed reading of one row's cells. Each method records a problem naming line, column and
 * field when a cell is wrong and returns empty, so a file is read to its end and every
 * mistake is listed at once.
 */
public final class Cells {
    private final CsvTable.Row row;
    private final Problems problems;

    public Cells(CsvTable.Row row, Problems problems) {
        this.row = row;
        this.problems = problems;
    }

    public int line() {
        return row.line();
    }

    public String text(String column) {
        return row.get(column);
    }

    public Optional<String> required(String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            // Excel writes a merged cell's value in its first row only: the usual cause of a blank key
            fail(column, "“" + column + "”不能为空（如果原表是合并单元格，请取消合并并在每一行填上值）",
                    "'" + column + "' must not be empty (if these were merged cells, unmerge them and fill every row)");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    public OptionalInt integer(String column, int min, int max) {
        Optional<String> value = required(column);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        String normal = Numbers.normalise(value.get());
        try {
            int n = Integer.parseInt(normal);
            if (n < min || n > max) {
                fail(column, "“" + Excerpt.of(value.get()) + "”超出范围 " + min + "–" + max,
                        "'" + Excerpt.of(value.get()) + "' is outside " + min + "–" + max);
                return OptionalInt.empty();
            }
            return OptionalInt.of(n);
        } catch (NumberFormatException e) {
            fail(column, "“" + Excerpt.of(value.get()) + "”不是整数", "'" + Excerpt.of(value.get()) + "' is not a whole number");
            return OptionalInt.empty();
        }
    }

    /** An optional integer: empty cell gives {@code absent}. */
    public OptionalInt integerOr(String column, int absent, int min, int max) {
        return row.get(column).isEmpty() ? OptionalInt.of(absent) : integer(column, min, max);
    }

    public OptionalDouble decimal(String column, double min, double max) {
        Optional<String> value = required(column);
        return value.isEmpty() ? OptionalDouble.empty() : parseDecimal(column, value.get(), min, max);
    }

    /** A decimal that may be left empty (not measured). */
    public Optional<OptionalDouble> optionalDecimal(String column, double min, double max) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return Optional.of(OptionalDouble.empty());
        }
        OptionalDouble parsed = parseDecimal(column, value, min, max);
        return parsed.isPresent() ? Optional.of(parsed) : Optional.empty();
    }

    private OptionalDouble parseDecimal(String column, String raw, double min, double max) {
        String normal = Numbers.normalise(raw);
        try {
            double d = Double.parseDouble(normal);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            if (d < min) {
                fail(column, "“" + Excerpt.of(raw) + "”小于允许的最小值 " + min + (min == 0 ? "（浓度不能为负）" : ""),
                        "'" + Excerpt.of(raw) + "' is below the minimum " + min + (min == 0 ? " (no negative values)" : ""));
                return OptionalDouble.empty();
            }
            if (d > max) {
                fail(column, "“" + Excerpt.of(raw) + "”大于合理上限 " + max + "，请检查单位（µg 与 mg）",
                        "'" + Excerpt.of(raw) + "' is above the plausible maximum " + max + "; check the unit (µg vs mg)");
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(d);
        } catch (NumberFormatException e) {
            if (normal.contains(",")) {
                fail(column, "“" + Excerpt.of(raw) + "”不是数字：小数请用小数点“.”，不要用逗号",
                        "'" + Excerpt.of(raw) + "' is not a number: write decimals with a point '.', not a comma");
            } else {
                fail(column, "“" + Excerpt.of(raw) + "”不是数字", "'" + Excerpt.of(raw) + "' is not a number");
            }
            return OptionalDouble.empty();
        }
    }

    public Optional<LocalDate> date(String column) {
        Optional<String> value = required(column);
        return value.isEmpty() ? Optional.empty() : parseDate(column, value.get());
    }

    public Optional<Optional<LocalDate>> optionalDate(String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        return parseDate(column, value).map(Optional::of);
    }

    private Optional<LocalDate> parseDate(String column, String raw) {
        Optional<LocalDate> parsed = Dates.parse(raw);
        if (parsed.isEmpty()) {
            if (Numbers.normalise(raw).matches("\\d{5}(\\.\\d+)?")) {
                fail(column, "“" + Excerpt.of(raw) + "”像是 Excel 的日期序号，请把单元格格式设为日期（YYYY-MM-DD）后再导出",
                        "'" + Excerpt.of(raw) + "' looks like an Excel date serial; format the cell as a date (YYYY-MM-DD) and export again");
            } else {
                fail(column, "“" + Excerpt.of(raw) + "”不是有效日期，应为 YYYY-MM-DD", "'" + Excerpt.of(raw) + "' is not a real date; use YYYY-MM-DD");
            }
        }
        return parsed;
    }

    public Optional<LocalTime> time(String column) {
        Optional<String> value = required(column);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(Numbers.normalise(value.get()).length() == 4
                    ? "0" + Numbers.normalise(value.get()) : Numbers.normalise(value.get())));
        } catch (DateTimeException e) {
            fail(column, "“" + Excerpt.of(value.get()) + "”不是有效时间，应为 HH:MM", "'" + Excerpt.of(value.get()) + "' is not a time; use HH:MM");
            return Optional.empty();
        }
    }

    public Optional<Boolean> bool(String column, boolean absent) {
        String value = row.get(column).toLowerCase(java.util.Locale.ROOT);
        return switch (value) {
            case "" -> Optional.of(absent);
            case "true", "yes", "y", "1", "是" -> Optional.of(true);
            case "false", "no", "n", "0", "否" -> Optional.of(false);
            default -> {
                fail(column, "“" + Excerpt.of(value) + "”应为 true 或 false（是/否）", "'" + Excerpt.of(value) + "' must be true or false");
                yield Optional.empty();
            }
        };
    }

    /** Parses a code with {@code parser}, which throws IllegalArgumentException with an English reason. */
    public <T> Optional<T> code(String column, Function<String, T> parser, String allowedZh) {
        String value = row.get(column);
        try {
            return Optional.of(parser.apply(value));
        } catch (IllegalArgumentException e) {
            fail(column, "“" + Excerpt.of(value) + "”无效，允许的值：" + allowedZh, Excerpt.of(String.valueOf(e.getMessage()), 200));
            return Optional.empty();
        }
    }

    /** "file:line", as staff find the row in their editor. */
    public String where() {
        return row.problem("", "", "").file() + ":" + row.line();
    }

    /** Reports every broken content rule at its column; true when there was none. */
    public boolean obey(java.util.List<Violation> violations) {
        for (Violation v : violations) {
            fail(v.field(), v.messageZh(), v.messageEn());
        }
        return violations.isEmpty();
    }

    public void fail(String column, String zh, String en) {
        problems.add(row.problem(column, zh, en));
    }
}
