package org.ecokiosk.evaluation.air;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.O3HourPeak;
import org.ecokiosk.standards.air.AirQualityRules;
import org.ecokiosk.standards.air.AqiLevel;
import org.ecokiosk.standards.air.AqiResult;
import org.ecokiosk.standards.air.EvaluationRules;
import org.ecokiosk.standards.air.Pollutant;
import org.ecokiosk.standards.air.evaluation.AnnualAirEvaluator;
import org.ecokiosk.standards.air.evaluation.AnnualAirRecord;

/**
 * The air figures of a year, for the district and for one station: the HJ 663 annual record,
 * months, primary pollutants, AQI levels and the latest day — from {@link DistrictDays}, so the
 * kiosk, the bulletin and {@code eval} show the same numbers.
 */
public final class AirEvaluation {
    /** The name the district goes by in records and JSON. */
    public static final String DISTRICT = "district";

    private AirEvaluation() {
    }

    /**
     * The district's year from every station's days (any years; only {@code year}'s are used,
     * under the sample policy of {@link DistrictDays}). Empty when there is no day in the year.
     */
    public static Optional<AirYear> district(int year, List<AirDay> stationDays, List<O3HourPeak> peaks) {
        List<AirDay> ofYear = stationDays.stream().filter(d -> d.date().getYear() == year).toList();
        return of(DISTRICT, year, DistrictDays.of(ofYear, peaks), ofYear);
    }

    /** One station's year: its own days by the same rules. Empty when it has no day in the year. */
    public static Optional<AirYear> station(String code, int year, List<AirDay> stationDays, List<O3HourPeak> peaks) {
        List<AirDay> ofStation = stationDays.stream()
                .filter(d -> d.station().equals(code) && d.date().getYear() == year).toList();
        List<O3HourPeak> ownPeaks = peaks.stream().filter(p -> p.station().equals(code)).toList();
        return of(code, year, DistrictDays.of(ofStation, ownPeaks), ofStation);
    }

    /**
     * Each station's year, for the stations the district's year is formed from (the same sample
     * policy as {@link DistrictDays}: sample stations only when no imported station has data in the
     * year), in station-code order.
     */
    public static List<AirYear> stations(int year, List<AirDay> stationDays, List<O3HourPeak> peaks) {
        List<AirDay> ofYear = org.ecokiosk.evaluation.FigurePrecedence.strongestOnly(
                stationDays.stream().filter(d -> d.date().getYear() == year).toList(), AirDay::origin);
        java.util.SortedSet<String> codes = new java.util.TreeSet<>();
        ofYear.forEach(d -> codes.add(d.station()));
        List<AirYear> out = new ArrayList<>();
        for (String code : codes) {
            station(code, year, ofYear, peaks).ifPresent(out::add);
        }
        return out;
    }

    /** The statistics rules of a year (those in force on its 31 December, as the annual evaluator uses). */
    /**
     * The Grade II limits a year's annual figures are judged by: those in force on 31 December
     * ({@link AirQualityRules#forYear}: GB 3095-2012 up to 2025, GB 3095-2026 from 2026) — what the
     * composite index divides by and what the kiosk names beside a year's PM2.5.
     */
    public static org.ecokiosk.standards.air.AirQualityLimits limitsOfYear(int year) {
        return AirQualityRules.forYear(year).limits();
    }

    static EvaluationRules rulesOfYear(int year) {
        return AirQualityRules.forDate(LocalDate.of(year, 12, 31)).ruleSet().evaluation();
    }

    private static Optional<AirYear> of(String name, int year, List<DayFigures> days, List<AirDay> stationDays) {
        if (days.isEmpty()) {
            return Optional.empty();
        }
        // the days carry their AQI already: the annual record reuses it rather than index the year again
        List<org.ecokiosk.standards.air.evaluation.DailyAirValues> dailyValues = new ArrayList<>(days.size());
        List<Optional<AqiResult>> dailyAqi = new ArrayList<>(days.size());
        for (DayFigures d : days) {
            dailyValues.add(d.dailyValues());
            dailyAqi.add(d.aqi());
        }
        AnnualAirRecord record = AnnualAirEvaluator.evaluate(name, year, dailyValues, dailyAqi);
        int goodMax = rulesOfYear(year).goodDayMaxAqi();
        Map<Month, List<DayFigures>> byMonth = new EnumMap<>(Month.class);
        Map<Pollutant, Integer> primary = new EnumMap<>(Pollutant.class);
        Map<AqiLevel, Integer> levels = new EnumMap<>(AqiLevel.class);
        int above50 = 0;
        for (DayFigures d : days) {
            byMonth.computeIfAbsent(d.date().getMonth(), k -> new ArrayList<>()).add(d);
            if (!d.counted()) {
                continue;
            }
            AqiResult aqi = d.aqi().orElseThrow();
            levels.merge(aqi.level(), 1, Integer::sum);
            if (aqi.aqi() > 50) {
                above50++;
                for (Pollutant p : aqi.primaryPollutants()) {
                    primary.merge(p, 1, Integer::sum);
                }
            }
        }
        Map<Month, MonthFigures> monthly = new EnumMap<>(Month.class);
        for (Month m : Month.values()) {
            monthly.put(m, month(byMonth.getOrDefault(m, List.of()), goodMax));
        }
        org.ecokiosk.model.DataOrigin origin = days.get(0).origin();
        java.util.Set<String> stationCodes = new java.util.HashSet<>();
        for (AirDay d : stationDays) {
            if (d.origin() == origin) {
                stationCodes.add(d.station());
            }
        }
        int stations = stationCodes.size();
        return Optional.of(new AirYear(name, year, stations, record, days, monthly, primary, above50, levels,
                days.get(0).origin()));
    }

    private static MonthFigures month(List<DayFigures> days, int goodMax) {
        Map<Pollutant, Double> means = new EnumMap<>(Pollutant.class);
        // the values in day order, averaged by DoubleStream.average as before (the same compensated sum)
        double[] values = new double[days.size()];
        for (Pollutant p : Pollutant.values()) {
            int n = 0;
            for (DayFigures d : days) {
                Double v = d.values().get(p);
                if (v != null) {
                    values[n++] = v;
                }
            }
            if (n > 0) {
                means.put(p, java.util.Arrays.stream(values, 0, n).average().getAsDouble());
            }
        }
        int counted = 0;
        int good = 0;
        for (DayFigures d : days) {
            if (d.counted()) {
                counted++;
                if (d.good(goodMax)) {
                    good++;
                }
            }
        }
        return new MonthFigures(means, counted, good);
    }

    /** The newest of the days that has an AQI. */
    public static Optional<DayFigures> latest(List<DayFigures> days) {
        for (int i = days.size() - 1; i >= 0; i--) {
            if (days.get(i).aqi().isPresent()) {
                return Optional.of(days.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The {@code length} days ending on {@code last}, oldest first; a date without an AQI is
     * an empty cell (a gap, never a number).
     */
    public static List<CalendarCell> calendar(List<DayFigures> days, LocalDate last, int length) {
        Map<LocalDate, DayFigures> byDate = new java.util.HashMap<>();
        days.forEach(d -> byDate.put(d.date(), d));
        List<CalendarCell> cells = new ArrayList<>(length);
        for (LocalDate d = last.minusDays(length - 1L); !d.isAfter(last); d = d.plusDays(1)) {
            cells.add(new CalendarCell(d, Optional.ofNullable(byDate.get(d)).filter(x -> x.aqi().isPresent())));
        }
        return cells;
    }

    /** One date of a calendar. */
    public record CalendarCell(LocalDate date, Optional<DayFigures> day) {
    }
}
