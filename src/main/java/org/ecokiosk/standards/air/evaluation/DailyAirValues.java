package org.ecokiosk.standards.air.evaluation;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.ecokiosk.standards.air.Pollutant;

/**
 * A station-day's valid daily values, the input of the annual evaluation: 24 h means of SO2,
 * NO2, PM10, CO, PM2.5 and, under O3, the day's maximum 8 h average. A pollutant without a valid
 * daily value is absent. {@code o3Max1h} is the day's highest 1 h O3, used only for the AQI.
 */
public record DailyAirValues(LocalDate date, Map<Pollutant, Double> values, OptionalDouble o3Max1h) {

    public DailyAirValues {
        EnumMap<Pollutant, Double> copy = new EnumMap<>(Pollutant.class);
        values.forEach((p, v) -> {
            if (v == null || v.isNaN() || v.isInfinite() || v < 0) {
                throw new IllegalArgumentException(date + " " + p.code() + ": daily value must be a finite number ≥ 0 "
                        + "(leave it out when missing): " + v);
            }
            copy.put(p, v);
        });
        values = java.util.Collections.unmodifiableMap(copy);
    }
}
