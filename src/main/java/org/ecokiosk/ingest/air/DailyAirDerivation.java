package org.ecokiosk.ingest.air;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.AirHour;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.standards.air.Pollutant;
import org.ecokiosk.standards.air.evaluation.DailyAirEvaluation;
import org.ecokiosk.standards.air.evaluation.DailyAirEvaluator;
import org.ecokiosk.standards.air.evaluation.HourlyValues;

/**
 * A station-day's stored daily values from its hours, by the standards engine (HJ 663: 24 h means
 * with ≥ 20 hours, daily max 8 h O3 with ≥ 14 valid windows, daily AQI under HJ 633). A mean that
 * is not valid is stored as missing (NaN), never as a mean of too few hours.
 */
public final class DailyAirDerivation {
    private DailyAirDerivation() {
    }

    /** @param hours the station's hours of {@code date}, any order, missing values NaN */
    public static AirDay derive(String station, LocalDate date, List<AirHour> hours, DataOrigin origin) {
        // one row of 24 per pollutant, NaN where the hour is missing: no map entry per hourly value
        double[][] byPollutant = new double[POLLUTANTS.length][24];
        for (double[] row : byPollutant) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        for (AirHour h : hours) {
            int hour = h.hour().getHour();
            byPollutant[Pollutant.PM2_5.ordinal()][hour] = h.pm25();
            byPollutant[Pollutant.PM10.ordinal()][hour] = h.pm10();
            byPollutant[Pollutant.SO2.ordinal()][hour] = h.so2();
            byPollutant[Pollutant.NO2.ordinal()][hour] = h.no2();
            byPollutant[Pollutant.CO.ordinal()][hour] = h.co();
            byPollutant[Pollutant.O3.ordinal()][hour] = h.o3();
        }
        Map<Pollutant, HourlyValues> hourly = new EnumMap<>(Pollutant.class);
        for (Pollutant p : POLLUTANTS) {
            hourly.put(p, HourlyValues.of(new PresentHours(byPollutant[p.ordinal()])));
        }
        DailyAirEvaluation day = DailyAirEvaluator.evaluate(date, hourly);
        Map<Pollutant, Double> v = day.dailyValues();
        return new AirDay(station, date, value(v, Pollutant.PM2_5), value(v, Pollutant.PM10), value(v, Pollutant.SO2),
                value(v, Pollutant.NO2), value(v, Pollutant.CO), value(v, Pollutant.O3),
                day.aqi().map(a -> OptionalInt.of(a.aqi())).orElse(OptionalInt.empty()),
                // the hourly files publish real-time AQI only; no official daily AQI to keep
                OptionalInt.empty(),
                day.aqi().map(a -> a.primaryPollutants().stream().map(Pollutant::code).toList()).orElse(List.of()),
                day.rulesId(), origin);
    }

    private static final Pollutant[] POLLUTANTS = Pollutant.values();

    /**
     * The hours of one pollutant that have a value, in hour order, as the map {@link HourlyValues}
     * copies from: a view over the day's 24 values, walked once, with no entry of its own per hour.
     */
    private static final class PresentHours extends java.util.AbstractMap<Integer, Double> {
        private final double[] values;

        PresentHours(double[] values) {
            this.values = values;
        }

        @Override
        public void forEach(java.util.function.BiConsumer<? super Integer, ? super Double> action) {
            for (int h = 0; h < values.length; h++) {
                if (AirHour.isPresent(values[h])) {
                    action.accept(h, values[h]);
                }
            }
        }

        @Override
        public java.util.Set<Map.Entry<Integer, Double>> entrySet() {
            java.util.Set<Map.Entry<Integer, Double>> entries = new java.util.LinkedHashSet<>();
            forEach((h, v) -> entries.add(Map.entry(h, v)));
            return entries;
        }
    }

    private static double value(Map<Pollutant, Double> values, Pollutant p) {
        Double v = values.get(p);
        return v == null ? Double.NaN : v;
    }
}
