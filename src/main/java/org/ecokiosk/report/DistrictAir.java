package org.ecokiosk.report;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.standards.air.AqiCalculator;
import org.ecokiosk.standards.air.AqiResult;
import org.ecokiosk.standards.air.Pollutant;
import org.ecokiosk.standards.air.evaluation.AnnualAirEvaluator;
import org.ecokiosk.standards.air.evaluation.AnnualAirRecord;
import org.ecokiosk.standards.air.evaluation.DailyAirValues;

/**
 * The district's air year: each day's district value is the mean of the stations' daily
 * values for that day (HJ 663's city value from its stations), then the year is evaluated by
 * the standards engine exactly as one station would be.
 *
 * @param monthly month → PM2.5 mean, valid AQI days, good days
 * @param primaryDays pollutant → days on which it was a primary pollutant (AQI &gt; 50)
 * @param sample true when any station-day used is sample data
 */
record DistrictAir(int year, int stations, AnnualAirRecord record, Map<Month, MonthFigures> monthly,
                   Map<Pollutant, Integer> primaryDays, int daysAbove50, boolean sample) {

    /** One month's figures. */
    record MonthFigures(OptionalDouble pm25Mean, int aqiDays, int goodDays) {
    }

    static Optional<DistrictAir> of(int year, List<AirDay> stationDays) {
        if (stationDays.isEmpty()) {
            return Optional.empty();
        }
        Map<LocalDate, List<AirDay>> byDate = new TreeMap<>();
        for (AirDay d : stationDays) {
            byDate.computeIfAbsent(d.date(), k -> new ArrayList<>()).add(d);
        }
        List<DailyAirValues> days = new ArrayList<>();
        for (Map.Entry<LocalDate, List<AirDay>> e : byDate.entrySet()) {
            days.add(new DailyAirValues(e.getKey(), districtMeans(e.getValue()), OptionalDouble.empty()));
        }
        AnnualAirRecord record = AnnualAirEvaluator.evaluate("district", year, days);

        Map<Month, List<Double>> pm25 = new EnumMap<>(Month.class);
        Map<Month, int[]> counts = new EnumMap<>(Month.class);
        Map<Pollutant, Integer> primary = new EnumMap<>(Pollutant.class);
        int above50 = 0;
        for (DailyAirValues day : days) {
            Month m = day.date().getMonth();
            int[] c = counts.computeIfAbsent(m, k -> new int[2]);
            if (day.values().containsKey(Pollutant.PM2_5)) {
                pm25.computeIfAbsent(m, k -> new ArrayList<>()).add(day.values().get(Pollutant.PM2_5));
            }
            Optional<AqiResult> aqi = AqiCalculator.forDate(day.date()).daily(day.values(), OptionalDouble.empty());
            // Same rule as the annual evaluator: a day counts only when all six pollutants were valid.
            if (aqi.isPresent() && day.values().size() == Pollutant.values().length) {
                c[0]++;
                if (aqi.get().aqi() <= 100) {
                    c[1]++;
                }
                if (aqi.get().aqi() > 50) {
                    above50++;
                    for (Pollutant p : aqi.get().primaryPollutants()) {
                        primary.merge(p, 1, Integer::sum);
                    }
                }
            }
        }
        Map<Month, MonthFigures> monthly = new EnumMap<>(Month.class);
        for (Month m : Month.values()) {
            List<Double> v = pm25.getOrDefault(m, List.of());
            int[] c = counts.getOrDefault(m, new int[2]);
            monthly.put(m, new MonthFigures(v.isEmpty() ? OptionalDouble.empty()
                    : OptionalDouble.of(v.stream().mapToDouble(Double::doubleValue).average().orElseThrow()), c[0], c[1]));
        }
        int stations = (int) stationDays.stream().map(AirDay::station).distinct().count();
        boolean sample = stationDays.stream().anyMatch(d -> d.origin().isSample());
        return Optional.of(new DistrictAir(year, stations, record, monthly, primary, above50, sample));
    }

    /** Station means per pollutant; a pollutant no station measured that day stays absent. */
    private static Map<Pollutant, Double> districtMeans(List<AirDay> stations) {
        Map<Pollutant, Double> means = new EnumMap<>(Pollutant.class);
        for (Pollutant p : Pollutant.values()) {
            OptionalDouble mean = stations.stream().mapToDouble(d -> value(d, p)).filter(v -> !Double.isNaN(v) && v >= 0)
                    .average();
            mean.ifPresent(v -> means.put(p, v));
        }
        return means;
    }

    private static double value(AirDay d, Pollutant p) {
        return switch (p) {
            case SO2 -> d.so2();
            case NO2 -> d.no2();
            case PM10 -> d.pm10();
            case CO -> d.co();
            case O3 -> d.o3max8h();
            case PM2_5 -> d.pm25();
        };
    }

    OptionalDouble pm25Mean() {
        return record.annualMeans().get(Pollutant.PM2_5).value();
    }
}
