package org.ecokiosk.standards.air.evaluation;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.ecokiosk.standards.air.AqiCalculator;
import org.ecokiosk.standards.air.Pollutant;
import org.ecokiosk.standards.air.RuleSelection;

/**
 * Turns one station-day of hourly values into daily means, the day's maximum 8 h O3 and the
 * daily AQI, under the rules in force on that date.
 */
public final class DailyAirEvaluator {

    private DailyAirEvaluator() {
    }

    /**
     * @param hourly hourly values per pollutant for the natural day {@code date}; pollutants or
     *               hours without data are absent
     */
    public static DailyAirEvaluation evaluate(LocalDate date, Map<Pollutant, HourlyValues> hourly) {
        AqiCalculator calculator = AqiCalculator.forDate(date);
        RuleSelection selection = calculator.selection();
        DailyStatistics statistics = DailyStatistics.of(selection.ruleSet());
        Map<Pollutant, DailyMean> means = new EnumMap<>(Pollutant.class);
        for (Pollutant p : POLLUTANTS) {
            if (p != Pollutant.O3) {
                means.put(p, statistics.dailyMean(p, hourly.getOrDefault(p, NONE)));
            }
        }
        HourlyValues o3 = hourly.getOrDefault(Pollutant.O3, NONE);
        DailyMaxEightHour o3Max8h = statistics.dailyMaxEightHour(o3);
        OptionalDouble o3Max1h = statistics.maxOneHour(o3);
        return new DailyAirEvaluation(date, means, o3Max8h, o3Max1h,
                calculator.daily(DailyAirEvaluation.dailyValues(means, o3Max8h), o3Max1h),
                selection.ruleSet().evaluationId(), selection.provisional());
    }

    private static final Pollutant[] POLLUTANTS = Pollutant.values();
    private static final HourlyValues NONE = HourlyValues.of(Map.of());
}
