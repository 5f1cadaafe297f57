package org.ecokiosk.standards.air.evaluation;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ecokiosk.standards.air.AqiResult;
import org.ecokiosk.standards.air.Pollutant;

/**
 * Everything derived from one station-day of hourly values.
 *
 * @param means       24 h means of SO2, NO2, PM10, CO, PM2.5 (valid or not, with hour counts)
 * @param o3MaxEightHour the day's maximum 8 h O3, with its windows
 * @param aqi         the daily AQI from the valid values, empty when none was valid
 * @param rulesId     the evaluation standard, e.g. "HJ663-2013"
 * @param provisional true when the date falls under newer standards we could not apply yet
 */
public record DailyAirEvaluation(LocalDate date, Map<Pollutant, DailyMean> means, DailyMaxEightHour o3MaxEightHour,
                                 OptionalDouble o3Max1h, Optional<AqiResult> aqi, String rulesId,
                                 boolean provisional) {

    public DailyAirEvaluation {
        EnumMap<Pollutant, DailyMean> copy = new EnumMap<>(Pollutant.class);
        copy.putAll(means);
        means = java.util.Collections.unmodifiableMap(copy);
    }

    /** Valid daily values only, O3 as the maximum 8 h average: what the daily AQI used. */
    public Map<Pollutant, Double> dailyValues() {
        return dailyValues(means, o3MaxEightHour);
    }

    /** The valid daily values of these means and this daily maximum 8 h O3 (see {@link #dailyValues()}). */
    static Map<Pollutant, Double> dailyValues(Map<Pollutant, DailyMean> means, DailyMaxEightHour o3MaxEightHour) {
        Map<Pollutant, Double> values = new EnumMap<>(Pollutant.class);
        means.forEach((p, m) -> m.mean().ifPresent(v -> values.put(p, v)));
        o3MaxEightHour.value().ifPresent(v -> values.put(Pollutant.O3, v));
        return java.util.Collections.unmodifiableMap(values);
    }

    /** The input the annual evaluation takes. */
    public DailyAirValues toDailyValues() {
        return new DailyAirValues(date, dailyValues(), o3Max1h);
    }
}
