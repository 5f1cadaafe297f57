package org.ecokiosk.ingest.air;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
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
        Map<Pollutant, Map<Integer, Double>> byPollutant = new EnumMap<>(Pollutant.class);
        for (Pollutant p : Pollutant.values()) {
            byPollutant.put(p, new TreeMap<>());
        }
        for (AirHour h : hours) {
            int hour = h.hour().getHour();
            put(byPollutant, Pollutant.PM2_5, hour, h.pm25());
            put(byPollutant, Pollutant.PM10, hour, h.pm10());
            put(byPollutant, Pollutant.SO2, hour, h.so2());
            put(byPollutant, Pollutant.NO2, hour, h.no2());
            put(byPollutant, Pollutant.CO, hour, h.co());
            put(byPollutant, Pollutant.O3, hour, h.o3());
        }
        Map<Pollutant, HourlyValues> hourly = new EnumMap<>(Pollutant.class);
        byPollutant.forEach((p, v) -> hourly.put(p, HourlyValues.of(v)));
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

    private static void put(Map<Pollutant, Map<Integer, Double>> values, Pollutant p, int hour, double v) {
        if (AirHour.isPresent(v)) {
            values.get(p).put(hour, v);
        }
    }

    private static double value(Map<Pollutant, Double> values, Pollutant p) {
        Double v = values.get(p);
        return v == null ? Double.NaN : v;
    }
}
