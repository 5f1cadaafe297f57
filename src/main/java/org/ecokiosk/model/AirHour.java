package org.ecokiosk.model;

import java.time.LocalDateTime;

/**
 * One hour at one station. Concentrations in µg/m³, CO in mg/m³. A missing or invalid
 * measurement is {@code Double.NaN}: hourly rows come in the hundreds of thousands and a
 * primitive keeps them small; {@link #isPresent(double)} is the only test callers need.
 */
public record AirHour(String station, LocalDateTime hour,
                      double pm25, double pm10, double so2, double no2, double co, double o3) {

    public static boolean isPresent(double value) {
        return !Double.isNaN(value);
    }
}
