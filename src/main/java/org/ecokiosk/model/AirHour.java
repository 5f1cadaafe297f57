package org.ecokiosk.model;

import java.time.LocalDateTime;
import java.util.OptionalInt;

/**
 * One hour at one station. Concentrations in µg/m³, CO in mg/m³. A missing or invalid
 * measurement is {@code Double.NaN}: hourly rows come in the hundreds of thousands and a
 * primitive keeps them small; {@link #isPresent(double)} is the only test callers need.
 * {@code hour} is the start of the hour, so 10:00 holds the average of [10:00, 11:00).
 * {@code publishedAqi} is the real-time AQI the source published for the hour, when it gave one.
 */
public record AirHour(String station, LocalDateTime hour,
                      double pm25, double pm10, double so2, double no2, double co, double o3,
                      OptionalInt publishedAqi) {

    /** An hour whose source published no AQI (e.g. research data sets). */
    public AirHour(String station, LocalDateTime hour, double pm25, double pm10, double so2, double no2, double co,
                   double o3) {
        this(station, hour, pm25, pm10, so2, no2, co, o3, OptionalInt.empty());
    }

    public static boolean isPresent(double value) {
        return !Double.isNaN(value);
    }
}
