package org.ecokiosk.standards.air.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.ecokiosk.standards.air.AirQualityRuleSet;
import org.ecokiosk.standards.air.AirQualityRules;
import org.ecokiosk.standards.air.AveragingPeriod;
import org.ecokiosk.standards.air.EvaluationRules;
import org.ecokiosk.standards.air.Hj633Rules2012;
import org.ecokiosk.standards.air.Pollutant;

/** HJ 663 daily statistics from one station-day of hourly values. */
public final class DailyStatistics {

    private final EvaluationRules rules;
    private final double o3EightHourLimit;

    public DailyStatistics(AirQualityRuleSet ruleSet) {
        this.rules = ruleSet.evaluation();
        this.o3EightHourLimit = ruleSet.limits().limit(Pollutant.O3, AveragingPeriod.HOURS_8).orElseThrow();
    }

    public static DailyStatistics hj663_2013() {
        return new DailyStatistics(Hj633Rules2012.INSTANCE);
    }

    /** The statistics of a rule set; one instance per rule set in force (they are immutable). */
    public static DailyStatistics of(AirQualityRuleSet ruleSet) {
        for (int i = 0; i < KNOWN_RULES.size(); i++) {
            if (KNOWN_RULES.get(i) == ruleSet) {
                return KNOWN.get(i);
            }
        }
        return new DailyStatistics(ruleSet);
    }

    private static final List<AirQualityRuleSet> KNOWN_RULES = AirQualityRules.ALL;
    private static final List<DailyStatistics> KNOWN = AirQualityRules.ALL.stream().map(DailyStatistics::new).toList();

    /** 24 h mean, valid with at least 20 hourly values (HJ 663-2013). */
    public DailyMean dailyMean(Pollutant pollutant, HourlyValues hours) {
        int n = hours.count();
        OptionalDouble mean = n >= rules.minHoursForDailyMean() && n > 0
                ? OptionalDouble.of(hours.meanOfHours(0, 23))
                : OptionalDouble.empty();
        return new DailyMean(pollutant, n, mean, rules.id());
    }

    /** The day's 8 h windows (start hours 0 … 16); each valid with at least 6 of its 8 hours. */
    public List<EightHourWindow> eightHourWindows(HourlyValues hours) {
        int first = rules.firstWindowStartHour();
        int last = rules.lastWindowStartHour();
        List<EightHourWindow> windows = new ArrayList<>(Math.max(0, last - first + 1));
        for (int start = first; start <= last; start++) {
            int present = 0;
            for (int h = start; h < start + 8; h++) {
                if (h < 24 && hours.has(h)) {
                    present++;
                }
            }
            OptionalDouble mean = present >= rules.minHoursPerEightHourWindow() && present > 0
                    ? OptionalDouble.of(hours.meanOfHours(start, Math.min(23, start + 7)))
                    : OptionalDouble.empty();
            windows.add(new EightHourWindow(start, present, mean));
        }
        return windows;
    }

    /**
     * The day's maximum 8 h O3: valid with at least 14 valid windows, or with fewer when the
     * maximum already exceeds the daily-max-8 h limit (see {@link EvaluationRules#HJ663_2013}).
     */
    public DailyMaxEightHour dailyMaxEightHour(HourlyValues o3Hours) {
        List<EightHourWindow> windows = eightHourWindows(o3Hours);
        int valid = 0;
        double maxValue = Double.NEGATIVE_INFINITY;
        for (EightHourWindow w : windows) {
            if (w.valid()) {
                valid++;
                maxValue = Math.max(maxValue, w.mean().getAsDouble());
            }
        }
        OptionalDouble max = valid == 0 ? OptionalDouble.empty() : OptionalDouble.of(maxValue);
        boolean enough = valid >= rules.minWindowsForDailyMaxEightHour();
        boolean byExceedance = !enough && rules.dailyMaxEightHourValidWhenAboveLimit()
                && max.isPresent() && max.getAsDouble() > o3EightHourLimit;
        return new DailyMaxEightHour(windows, valid, enough || byExceedance ? max : OptionalDouble.empty(),
                byExceedance, rules.id());
    }

    /**
     * The day's highest hourly value (used for the daily O3 1 h sub-index). HJ 663 sets no
     * completeness rule for it; the count of hours is available from {@link HourlyValues#count()}.
     */
    public OptionalDouble maxOneHour(HourlyValues hours) {
        return hours.count() == 0 ? OptionalDouble.empty() : OptionalDouble.of(hours.max());
    }
}
