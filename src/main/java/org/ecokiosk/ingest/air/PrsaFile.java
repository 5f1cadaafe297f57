package org.ecokiosk.ingest.air;

import org.ecokiosk.ingest.Excerpt;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ecokiosk.ingest.Problems;
import org.ecokiosk.model.AirHour;
import org.ecokiosk.snapshot.SnapshotException;

/**
 * The UCI "Beijing Multi-Site Air-Quality" (PRSA) layout: No, year, month, day, hour (0–23),
 * PM2.5, PM10, SO2, NO2, CO, O3 — all in µg/m³, CO included — then weather columns we do not
 * keep, and station. CO becomes mg/m³, the unit HJ 633 uses. {@code NA} is a missing value.
 */
final class PrsaFile {
    static final List<String> REQUIRED = List.of("year", "month", "day", "hour", "pm2.5", "pm10", "so2", "no2", "co",
            "o3", "station");
    private static final String CITY = "Beijing";

    private PrsaFile() {
    }

    static boolean matches(List<String> header) {
        return lower(header).containsAll(REQUIRED);
    }

    static void read(AirCsvSource source, ImportedHours hours, Problems problems) throws SnapshotException {
        List<String> header = lower(source.header());
        int year = header.indexOf("year");
        int month = header.indexOf("month");
        int day = header.indexOf("day");
        int hour = header.indexOf("hour");
        int pm25 = header.indexOf("pm2.5");
        int pm10 = header.indexOf("pm10");
        int so2 = header.indexOf("so2");
        int no2 = header.indexOf("no2");
        int co = header.indexOf("co");
        int o3 = header.indexOf("o3");
        int station = header.indexOf("station");
        Optional<AirCsvSource.Line> next;
        while ((next = source.next(problems)).isPresent()) {
            AirCsvSource.Line line = next.get();
            int before = problems.count();
            Optional<LocalDateTime> time = time(source, line, year, month, day, hour, hours, problems);
            String code = line.get(station);
            if (code.isEmpty()) {
                problems.add(source.problem(line, station, "station", "站点不能为空", "station must not be empty"));
            }
            double vPm25 = Concentrations.read(source, line, pm25, "PM2.5", Concentrations.MAX_MICROGRAMS, "µg/m³", problems);
            double vPm10 = Concentrations.read(source, line, pm10, "PM10", Concentrations.MAX_MICROGRAMS, "µg/m³", problems);
            double vSo2 = Concentrations.read(source, line, so2, "SO2", Concentrations.MAX_MICROGRAMS, "µg/m³", problems);
            double vNo2 = Concentrations.read(source, line, no2, "NO2", Concentrations.MAX_MICROGRAMS, "µg/m³", problems);
            // PRSA gives CO in µg/m³; HJ 633 and the snapshot use mg/m³
            double vCo = Concentrations.read(source, line, co, "CO", Concentrations.MAX_CO_MILLIGRAMS * 1000, "µg/m³",
                    problems) / 1000.0;
            double vO3 = Concentrations.read(source, line, o3, "O3", Concentrations.MAX_MICROGRAMS, "µg/m³", problems);
            if (problems.count() > before || time.isEmpty()) {
                hours.stopWriting();
                continue;
            }
            if (!hours.claim(code, time.get())) {
                problems.add(source.problem(line, hour, "hour", "站点 " + code + " 的 " + time.get() + " 重复出现",
                        "station " + code + " has a second row for " + time.get()));
                hours.stopWriting();
                continue;
            }
            hours.write(new AirHour(code, time.get(), vPm25, vPm10, vSo2, vNo2, vCo, vO3), CITY);
        }
    }

    private static Optional<LocalDateTime> time(AirCsvSource source, AirCsvSource.Line line, int year, int month,
                                                int day, int hour, ImportedHours hours, Problems problems) {
        long y = whole(source, line, year, "year", problems);
        long m = whole(source, line, month, "month", problems);
        long d = whole(source, line, day, "day", problems);
        long h = whole(source, line, hour, "hour", problems);
        if (y == NOT_WHOLE || m == NOT_WHOLE || d == NOT_WHOLE || h == NOT_WHOLE) {
            return Optional.empty();
        }
        LocalDate date;
        try {
            date = LocalDate.of((int) y, (int) m, (int) d);
        } catch (DateTimeException e) {
            problems.add(source.problem(line, day, "day", y + "-" + m + "-" + d + " 不是有效日期",
                    y + "-" + m + "-" + d + " is not a real date"));
            return Optional.empty();
        }
        if (!hours.plausible(date)) {
            problems.add(source.problem(line, year, "year", "年份 " + y + " 不在 2000 年至今天之间",
                    "year " + y + " is outside 2000 to today"));
            return Optional.empty();
        }
        if (h < 0 || h > 23) {
            problems.add(source.problem(line, hour, "hour", "小时“" + h + "”应在 0–23 之间",
                    "hour '" + h + "' must be 0–23"));
            return Optional.empty();
        }
        return Optional.of(date.atTime((int) h, 0));
    }

    /** What {@link #whole} gives for a cell that is not a whole number (no int is this long). */
    private static final long NOT_WHOLE = Long.MIN_VALUE;

    /** The cell as a whole number, or {@link #NOT_WHOLE} with the problem reported: four per row, so no boxing. */
    private static long whole(AirCsvSource source, AirCsvSource.Line line, int column, String field,
                              Problems problems) {
        String cell = line.get(column);
        try {
            return Integer.parseInt(cell);
        } catch (NumberFormatException e) {
            problems.add(source.problem(line, column, field, "“" + Excerpt.of(cell) + "”不是整数", "'" + Excerpt.of(cell) + "' is not a whole number"));
            return NOT_WHOLE;
        }
    }

    private static List<String> lower(List<String> header) {
        return header.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    }
}
