package org.ecokiosk.ingest.air;

import org.ecokiosk.ingest.Excerpt;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.ecokiosk.ingest.Dates;
import org.ecokiosk.ingest.Numbers;
import org.ecokiosk.ingest.Problems;
import org.ecokiosk.model.AirHour;
import org.ecokiosk.snapshot.SnapshotException;

/**
 * The national hourly station layout (as CNEMC data is redistributed, one file per day, often
 * GBK): {@code date,hour,type,<station codes...>}, one row per hour and type. Hourly types
 * (AQI, PM2.5, PM10, SO2, NO2, O3, CO; CO in mg/m³) are kept; the moving averages (_24h, O3_8h,
 * O3_8h_24h) are checked but not stored, since they follow from the hours. The AQI row is the
 * published real-time AQI, kept beside our own computation.
 *
 * <p>Hour h is stored as the hour starting at h:00, the same convention as the PRSA files. Some
 * redistributions label an hour by its end; if a source does, its days shift by one hour.
 */
final class NationalHourlyFile {
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final List<String> HOURLY = List.of("PM2.5", "PM10", "SO2", "NO2", "CO", "O3", "AQI");
    private static final Set<String> MOVING = Set.of("PM2.5_24H", "PM10_24H", "SO2_24H", "NO2_24H", "O3_24H", "O3_8H",
            "O3_8H_24H", "CO_24H");
    private static final int AQI = 6;
    private static final int CO = 4;

    private NationalHourlyFile() {
    }

    static boolean matches(List<String> header) {
        return header.size() >= 4 && header.get(0).equalsIgnoreCase("date") && header.get(1).equalsIgnoreCase("hour")
                && header.get(2).equalsIgnoreCase("type");
    }

    static void read(AirCsvSource source, ImportedHours hours, Problems problems) throws SnapshotException {
        List<String> header = source.header();
        for (int c = 3; c < header.size(); c++) {
            if (header.get(c).isEmpty()) {
                problems.add(new org.ecokiosk.ingest.Problem(source.fileName(), 1, c + 1, "",
                        "表头第 " + (c + 1) + " 列没有站点编码", "header column " + (c + 1) + " has no station code"));
            }
        }
        // station → time → PM2.5, PM10, SO2, NO2, CO, O3, AQI (NaN = not given)
        Map<String, Map<LocalDateTime, double[]>> values = new TreeMap<>();
        Map<LocalDateTime, Integer> firstLine = new HashMap<>();
        Set<String> seenRows = new HashSet<>();
        Optional<AirCsvSource.Line> next;
        while ((next = source.next(problems)).isPresent()) {
            AirCsvSource.Line line = next.get();
            Optional<LocalDateTime> time = time(source, line, hours, problems);
            String type = line.get(2).toUpperCase(Locale.ROOT);
            int slot = HOURLY.indexOf(type);
            if (slot < 0 && !MOVING.contains(type)) {
                problems.add(source.problem(line, 2, "type", "未知的类型“" + line.get(2) + "”；应为 AQI、PM2.5、PM2.5_24h、PM10、"
                        + "SO2、NO2、O3、O3_8h、CO 等", "unknown type '" + line.get(2) + "'; expected AQI, PM2.5, PM2.5_24h, "
                        + "PM10, SO2, NO2, O3, O3_8h, CO and their _24h forms"));
                continue;
            }
            if (line.size() > header.size()) {
                problems.add(source.problem(line, header.size(), "", "这一行比表头多出单元格（可能多了逗号）",
                        "this row has more cells than the header (a stray comma?)"));
            }
            if (time.isEmpty()) {
                continue;
            }
            if (!seenRows.add(time.get() + "|" + type)) {
                problems.add(source.problem(line, 2, "type", time.get() + " 的 " + line.get(2) + " 行重复出现",
                        "a second " + line.get(2) + " row for " + time.get()));
                continue;
            }
            firstLine.putIfAbsent(time.get(), line.number());
            for (int c = 3; c < header.size(); c++) {
                String field = header.get(c) + " " + line.get(2);
                double v = slot == AQI ? aqi(source, line, c, field, problems)
                        : Concentrations.read(source, line, c, field,
                        type.startsWith("CO") ? Concentrations.MAX_CO_MILLIGRAMS : Concentrations.MAX_MICROGRAMS,
                        type.startsWith("CO") ? "mg/m³" : "µg/m³", problems);
                if (slot >= 0 && !Double.isNaN(v)) {
                    values.computeIfAbsent(header.get(c), s -> new TreeMap<>())
                            .computeIfAbsent(time.get(), t -> empty())[slot] = v;
                }
            }
        }
        if (!problems.isEmpty()) {
            hours.stopWriting();
        }
        for (Map.Entry<String, Map<LocalDateTime, double[]>> station : values.entrySet()) {
            for (Map.Entry<LocalDateTime, double[]> hour : station.getValue().entrySet()) {
                double[] v = hour.getValue();
                if (!hours.claim(station.getKey(), hour.getKey())) {
                    problems.add(new org.ecokiosk.ingest.Problem(source.fileName(), firstLine.get(hour.getKey()), 0,
                            station.getKey(), "站点 " + station.getKey() + " 的 " + hour.getKey() + " 在本次导入的另一个文件中已出现",
                            "station " + station.getKey() + " already has " + hour.getKey() + " in another file of this import"));
                    hours.stopWriting();
                    continue;
                }
                OptionalInt published = Double.isNaN(v[AQI]) ? OptionalInt.empty() : OptionalInt.of((int) v[AQI]);
                hours.write(new AirHour(station.getKey(), hour.getKey(), v[0], v[1], v[2], v[3], v[CO], v[5], published), "");
            }
        }
    }

    private static double[] empty() {
        double[] v = new double[HOURLY.size()];
        java.util.Arrays.fill(v, Double.NaN);
        return v;
    }

    private static double aqi(AirCsvSource source, AirCsvSource.Line line, int column, String field, Problems problems) {
        double v = Concentrations.read(source, line, column, field, 500, "", problems);
        if (!Double.isNaN(v) && v != Math.rint(v)) {
            problems.add(source.problem(line, column, field, "AQI“" + Excerpt.of(line.get(column)) + "”应为整数",
                    "AQI '" + Excerpt.of(line.get(column)) + "' must be a whole number"));
            return Double.NaN;
        }
        return v;
    }

    private static Optional<LocalDateTime> time(AirCsvSource source, AirCsvSource.Line line, ImportedHours hours,
                                                Problems problems) {
        String rawDate = Numbers.normalise(line.get(0));
        Optional<LocalDate> date = Dates.parse(rawDate);
        if (date.isEmpty() && rawDate.matches("\\d{8}")) {
            try {
                date = Optional.of(LocalDate.parse(rawDate, COMPACT));
            } catch (DateTimeParseException e) {
                date = Optional.empty();
            }
        }
        if (date.isEmpty() || !hours.inRange(date.get())) {
            problems.add(source.problem(line, 0, "date", "“" + Excerpt.of(line.get(0)) + "”不是 2000 年至今天之间的有效日期（YYYYMMDD 或 YYYY-MM-DD）",
                    "'" + Excerpt.of(line.get(0)) + "' is not a real date from 2000 to today (YYYYMMDD or YYYY-MM-DD)"));
            return Optional.empty();
        }
        String rawHour = Numbers.normalise(line.get(1));
        int hour;
        try {
            hour = Integer.parseInt(rawHour);
        } catch (NumberFormatException e) {
            hour = -1;
        }
        if (hour < 0 || hour > 23) {
            problems.add(source.problem(line, 1, "hour", "小时“" + line.get(1) + "”应为 0–23 的整数",
                    "hour '" + line.get(1) + "' must be a whole number 0–23"));
            return Optional.empty();
        }
        return Optional.of(date.get().atTime(hour, 0));
    }
}
