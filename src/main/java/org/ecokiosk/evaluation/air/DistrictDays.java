package org.ecokiosk.evaluation.air;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.ecokiosk.evaluation.FigurePrecedence;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.O3HourPeak;
import org.ecokiosk.standards.air.AqiCalculator;
import org.ecokiosk.standards.air.Pollutant;

/**
 * The district's days, the one district-day rule: for each date and pollutant the arithmetic
 * mean of the valid daily values of the stations that have one, as HJ 663-2013 forms a city's
 * daily concentration from its sites (O3: each station's daily maximum 8 h first); the day's
 * highest 1 h O3 likewise from the stations that have hours. No minimum share of stations: a
 * day with one valid station counts with that station's value. The AQI is computed from these
 * values by the rules of the date ({@link AqiCalculator#forDate}).
 *
 * <p>Sample policy: the station-days given are reduced to one origin first
 * ({@link FigurePrecedence#strongestOnly}): when any imported station has data in the period
 * given, sample stations are left out; else the sample stations are used.
 */
public final class DistrictDays {
    private DistrictDays() {
    }

    /**
     * @param stationDays every station's days of the period (the period is what the caller passes)
     * @param peaks       the stations' daily highest hourly O3 (may be empty)
     */
    public static List<DayFigures> of(List<AirDay> stationDays, List<O3HourPeak> peaks) {
        List<AirDay> used = FigurePrecedence.strongestOnly(stationDays, AirDay::origin);
        Map<String, Map<LocalDate, Double>> peakIndex = index(peaks);
        Map<LocalDate, List<AirDay>> byDate = new TreeMap<>();
        for (AirDay d : used) {
            byDate.computeIfAbsent(d.date(), k -> new ArrayList<>()).add(d);
        }
        List<DayFigures> out = new ArrayList<>(byDate.size());
        byDate.forEach((date, days) -> out.add(day(date, days, peakIndex)));
        return out;
    }

    /** One station's own day by the same rule (a district of one station). */
    public static DayFigures ofStation(AirDay day, List<O3HourPeak> peaks) {
        return day(day.date(), List.of(day), index(peaks));
    }

    private static DayFigures day(LocalDate date, List<AirDay> stations, Map<String, Map<LocalDate, Double>> peaks) {
        Map<Pollutant, Double> means = new java.util.EnumMap<>(Pollutant.class);
        // plain loops: this runs for every day of every year a report or the kiosk evaluates
        double[] valid = new double[stations.size()];
        for (Pollutant p : Pollutant.values()) {
            int n = 0;
            for (AirDay d : stations) {
                double v = AirDayValues.valueOf(d, p);
                if (AirDayValues.isValid(v)) {
                    valid[n++] = v;
                }
            }
            mean(valid, n).ifPresent(v -> means.put(p, v));
        }
        int peakCount = 0;
        for (AirDay d : stations) {
            Double v = peaks.isEmpty() ? null : peaks.getOrDefault(d.station(), Map.of()).get(date);
            if (v != null && AirDayValues.isValid(v)) {
                valid[peakCount++] = v;
            }
        }
        OptionalDouble o3Max1h = mean(valid, peakCount);
        return new DayFigures(date, means, o3Max1h, stations.size(),
                AqiCalculator.forDate(date).daily(means, o3Max1h), stations.get(0).origin());
    }

    /** The mean as DoubleStream.average gives it (compensated summation), one station's value as it is. */
    private static OptionalDouble mean(double[] values, int n) {
        return n == 0 ? OptionalDouble.empty() : n == 1 ? OptionalDouble.of(values[0])
                : java.util.Arrays.stream(values, 0, n).average();
    }

    private static Map<String, Map<LocalDate, Double>> index(List<O3HourPeak> peaks) {
        Map<String, Map<LocalDate, Double>> index = new HashMap<>();
        for (O3HourPeak p : peaks) {
            index.computeIfAbsent(p.station(), k -> new HashMap<>()).put(p.date(), p.o3());
        }
        return index;
    }
}
