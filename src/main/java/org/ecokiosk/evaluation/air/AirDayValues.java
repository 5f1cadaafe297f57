package org.ecokiosk.evaluation.air;

import java.util.EnumMap;
import java.util.Map;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.standards.air.Pollutant;

/** The one mapping of a stored day to its pollutants (O3: the daily maximum 8 h average). */
public final class AirDayValues {
    private AirDayValues() {
    }

    /** The value of one pollutant, NaN when missing. */
    public static double valueOf(AirDay day, Pollutant p) {
        return switch (p) {
            case PM2_5 -> day.pm25();
            case PM10 -> day.pm10();
            case SO2 -> day.so2();
            case NO2 -> day.no2();
            case CO -> day.co();
            case O3 -> day.o3max8h();
        };
    }

    /** The day's valid values: a missing (NaN), infinite or negative value is left out, never counted. */
    public static Map<Pollutant, Double> valid(AirDay day) {
        Map<Pollutant, Double> values = new EnumMap<>(Pollutant.class);
        for (Pollutant p : Pollutant.values()) {
            double v = valueOf(day, p);
            if (isValid(v)) {
                values.put(p, v);
            }
        }
        return values;
    }

    static boolean isValid(double v) {
        return Double.isFinite(v) && v >= 0;
    }
}
