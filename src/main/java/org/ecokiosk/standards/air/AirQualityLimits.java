package org.ecokiosk.standards.air;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Concentration limits of an ambient air standard for one grade. Absent entries mean the
 * standard sets no limit for that pollutant and period (e.g. no annual CO limit).
 *
 * <p>For O3 the {@link AveragingPeriod#HOURS_8} limit applies to the day's maximum 8 h average.
 */
public record AirQualityLimits(String id, Map<Pollutant, Map<AveragingPeriod, Double>> limits) {

    public AirQualityLimits {
        EnumMap<Pollutant, Map<AveragingPeriod, Double>> copy = new EnumMap<>(Pollutant.class);
        limits.forEach((p, byPeriod) -> copy.put(p, Map.copyOf(byPeriod)));
        limits = Map.copyOf(copy);
    }

    /** GB 3095-2012, Grade II (二级, residential and mixed areas — the district's class). */
    public static final AirQualityLimits GB3095_2012_GRADE_II = new AirQualityLimits("GB3095-2012", Map.of(
            Pollutant.PM2_5, Map.of(AveragingPeriod.ANNUAL, 35.0, AveragingPeriod.HOURS_24, 75.0),
            Pollutant.PM10, Map.of(AveragingPeriod.ANNUAL, 70.0, AveragingPeriod.HOURS_24, 150.0),
            Pollutant.SO2, Map.of(AveragingPeriod.ANNUAL, 60.0, AveragingPeriod.HOURS_24, 150.0,
                    AveragingPeriod.HOUR_1, 500.0),
            Pollutant.NO2, Map.of(AveragingPeriod.ANNUAL, 40.0, AveragingPeriod.HOURS_24, 80.0,
                    AveragingPeriod.HOUR_1, 200.0),
            Pollutant.CO, Map.of(AveragingPeriod.HOURS_24, 4.0, AveragingPeriod.HOUR_1, 10.0),
            Pollutant.O3, Map.of(AveragingPeriod.HOURS_8, 160.0, AveragingPeriod.HOUR_1, 200.0)));

    public OptionalDouble limit(Pollutant pollutant, AveragingPeriod period) {
        Double value = limits.getOrDefault(pollutant, Map.of()).get(period);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /**
     * Compares a value with the limit; empty when the standard sets no limit for that period.
     * Values equal to the limit comply ("不超过").
     */
    public java.util.Optional<LimitComparison> compare(Pollutant pollutant, AveragingPeriod period, double value) {
        OptionalDouble limit = limit(pollutant, period);
        if (limit.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(LimitComparison.of(pollutant, period, value, limit.getAsDouble(), id));
    }
}
