package org.ecokiosk.standards.air;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Concentration limits of an ambient air standard for one grade and phase. Absent entries mean
 * the standard sets no limit for that pollutant and period (e.g. no annual CO limit).
 *
 * <p>For O3 the {@link AveragingPeriod#HOURS_8} limit applies to the day's maximum 8 h average.
 * A residential district is a 二类区, so the district is judged by the Grade II tables.
 *
 * @param id    the standard, e.g. "GB3095-2026"
 * @param phase which of its tables (GB 3095-2026 has a transition and a final one)
 */
public record AirQualityLimits(String id, LimitPhase phase, Map<Pollutant, Map<AveragingPeriod, Double>> limits) {

    public AirQualityLimits {
        EnumMap<Pollutant, Map<AveragingPeriod, Double>> copy = new EnumMap<>(Pollutant.class);
        limits.forEach((p, byPeriod) -> copy.put(p, Map.copyOf(byPeriod)));
        limits = Map.copyOf(copy);
    }

    /** GB 3095-2012, Grade II (二级, residential and mixed areas — the district's class). */
    public static final AirQualityLimits GB3095_2012_GRADE_II = new AirQualityLimits("GB3095-2012", LimitPhase.SINGLE,
            table(35, 75, 70, 150, 60, 150, 500, 40, 80, 200, 160, 200));

    /** GB 3095-2026 transition phase (2026-03-01 … 2030-12-31), Grade II: only PM10 and PM2.5 tighten. */
    public static final AirQualityLimits GB3095_2026_TRANSITION_GRADE_II = new AirQualityLimits("GB3095-2026",
            LimitPhase.TRANSITION, table(30, 60, 60, 120, 60, 150, 500, 40, 80, 200, 160, 200));

    /** GB 3095-2026 final phase (from 2031-01-01), Grade II. */
    public static final AirQualityLimits GB3095_2026_FINAL_GRADE_II = new AirQualityLimits("GB3095-2026",
            LimitPhase.FINAL, table(25, 50, 50, 100, 20, 50, 150, 30, 50, 200, 160, 200));

    /** GB 3095-2026 transition phase, Grade I (一类区: nature reserves, scenic areas). */
    public static final AirQualityLimits GB3095_2026_TRANSITION_GRADE_I = new AirQualityLimits("GB3095-2026",
            LimitPhase.TRANSITION, table(15, 35, 40, 50, 20, 50, 150, 40, 80, 200, 100, 160));

    /** GB 3095-2026 final phase, Grade I. */
    public static final AirQualityLimits GB3095_2026_FINAL_GRADE_I = new AirQualityLimits("GB3095-2026",
            LimitPhase.FINAL, table(10, 25, 20, 50, 20, 50, 150, 30, 50, 200, 100, 160));

    /** CO is 4 (24 h) / 10 (1 h) mg/m³ in every table of both standards. */
    private static Map<Pollutant, Map<AveragingPeriod, Double>> table(
            double pm25Annual, double pm25Day, double pm10Annual, double pm10Day,
            double so2Annual, double so2Day, double so2Hour, double no2Annual, double no2Day, double no2Hour,
            double o3Max8h, double o3Hour) {
        return Map.of(
                Pollutant.PM2_5, Map.of(AveragingPeriod.ANNUAL, pm25Annual, AveragingPeriod.HOURS_24, pm25Day),
                Pollutant.PM10, Map.of(AveragingPeriod.ANNUAL, pm10Annual, AveragingPeriod.HOURS_24, pm10Day),
                Pollutant.SO2, Map.of(AveragingPeriod.ANNUAL, so2Annual, AveragingPeriod.HOURS_24, so2Day,
                        AveragingPeriod.HOUR_1, so2Hour),
                Pollutant.NO2, Map.of(AveragingPeriod.ANNUAL, no2Annual, AveragingPeriod.HOURS_24, no2Day,
                        AveragingPeriod.HOUR_1, no2Hour),
                Pollutant.CO, Map.of(AveragingPeriod.HOURS_24, 4.0, AveragingPeriod.HOUR_1, 10.0),
                Pollutant.O3, Map.of(AveragingPeriod.HOURS_8, o3Max8h, AveragingPeriod.HOUR_1, o3Hour));
    }

    /**
     * The standard and phase as one token for files and JSON: "GB3095-2012",
     * "GB3095-2026/transition", "GB3095-2026/final".
     */
    public String tableId() {
        return phase == LimitPhase.SINGLE ? id : id + "/" + phase.name().toLowerCase(Locale.ROOT);
    }

    public OptionalDouble limit(Pollutant pollutant, AveragingPeriod period) {
        Double value = limits.getOrDefault(pollutant, Map.of()).get(period);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /**
     * Compares a value with the limit; empty when the standard sets no limit for that period.
     * Values equal to the limit comply ("不超过").
     */
    public Optional<LimitComparison> compare(Pollutant pollutant, AveragingPeriod period, double value) {
        OptionalDouble limit = limit(pollutant, period);
        if (limit.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(LimitComparison.of(pollutant, period, value, limit.getAsDouble(), tableId()));
    }
}
