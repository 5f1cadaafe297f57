package org.ecokiosk.evaluation.air;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.ecokiosk.standards.air.Pollutant;

/**
 * One month of the year: the mean of each pollutant's daily values (O3: of the daily maximum
 * 8 h), the days counted for the good-day ratio and the good days among them.
 */
public record MonthFigures(Map<Pollutant, Double> means, int aqiDays, int goodDays) {
    public MonthFigures {
        EnumMap<Pollutant, Double> copy = new EnumMap<>(Pollutant.class);
        copy.putAll(means);
        means = java.util.Collections.unmodifiableMap(copy);
    }

    public OptionalDouble mean(Pollutant p) {
        Double v = means.get(p);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    public OptionalDouble pm25Mean() {
        return mean(Pollutant.PM2_5);
    }

    /** goodDays / aqiDays, 0–1; empty for a month without counted days. */
    public OptionalDouble goodRatio() {
        return aqiDays == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) goodDays / aqiDays);
    }
}
