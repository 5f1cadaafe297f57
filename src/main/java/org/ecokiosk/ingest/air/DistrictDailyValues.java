package org.ecokiosk.ingest.air;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.standards.air.Pollutant;
import org.ecokiosk.standards.air.evaluation.DailyAirValues;

/**
 * The district's ("all stations") daily values: for each date and pollutant, the arithmetic mean
 * of the valid daily values of the stations that have one, as HJ 663-2013 forms a city's daily
 * concentration from its monitoring sites (the daily max 8 h O3 likewise, per station first).
 * We apply no minimum share of stations: a day with one valid station counts with that station's
 * value. The O3 1 h maximum, when given per station-day, is averaged the same way.
 */
public final class DistrictDailyValues {
    private DistrictDailyValues() {
    }

    /**
     * @param days       every station's days of the year
     * @param o3Max1h    per station code, per date, the day's highest hourly O3 (may be empty)
     */
    public static List<DailyAirValues> of(List<AirDay> days, Map<String, Map<LocalDate, Double>> o3Max1h) {
        Map<LocalDate, Map<Pollutant, double[]>> sums = new TreeMap<>();
        Map<LocalDate, double[]> o3Hour = new TreeMap<>();
        for (AirDay d : days) {
            Map<Pollutant, double[]> day = sums.computeIfAbsent(d.date(), k -> new EnumMap<>(Pollutant.class));
            for (Pollutant p : Pollutant.values()) {
                double v = AirDayValues.valueOf(d, p);
                if (!Double.isNaN(v)) {
                    double[] s = day.computeIfAbsent(p, k -> new double[2]);
                    s[0] += v;
                    s[1]++;
                }
            }
            Double max1h = o3Max1h.getOrDefault(d.station(), Map.of()).get(d.date());
            if (max1h != null) {
                double[] s = o3Hour.computeIfAbsent(d.date(), k -> new double[2]);
                s[0] += max1h;
                s[1]++;
            }
        }
        List<DailyAirValues> out = new ArrayList<>();
        sums.forEach((date, perPollutant) -> {
            Map<Pollutant, Double> means = new EnumMap<>(Pollutant.class);
            perPollutant.forEach((p, s) -> means.put(p, s[0] / s[1]));
            double[] h = o3Hour.get(date);
            out.add(new DailyAirValues(date, means, h == null ? OptionalDouble.empty() : OptionalDouble.of(h[0] / h[1])));
        });
        return out;
    }
}
