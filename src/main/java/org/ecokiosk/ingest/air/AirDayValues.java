package org.ecokiosk.ingest.air;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.standards.air.Pollutant;
import org.ecokiosk.standards.air.evaluation.DailyAirValues;

/** A stored day as the HJ 663 annual evaluation takes it: NaN (missing) values are left out. */
public final class AirDayValues {
    private AirDayValues() {
    }

    public static DailyAirValues of(AirDay day, OptionalDouble o3Max1h) {
        Map<Pollutant, Double> v = new EnumMap<>(Pollutant.class);
        put(v, Pollutant.PM2_5, day.pm25());
        put(v, Pollutant.PM10, day.pm10());
        put(v, Pollutant.SO2, day.so2());
        put(v, Pollutant.NO2, day.no2());
        put(v, Pollutant.CO, day.co());
        put(v, Pollutant.O3, day.o3max8h());
        return new DailyAirValues(day.date(), v, o3Max1h);
    }

    /** The value of one pollutant in a stored day (O3: the daily maximum 8 h), NaN when missing. */
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

    private static void put(Map<Pollutant, Double> values, Pollutant p, double v) {
        if (!Double.isNaN(v)) {
            values.put(p, v);
        }
    }
}
