package org.ecokiosk.standards.air.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.ecokiosk.standards.air.AirQualityRuleSet;
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

    /** 24 h mean, valid with at least 20 hourly values (HJ 663-2013). */
    public DailyMean dailyMean(Pollutant pollutant, HourlyValues hours) {
        int n = hours.count();
        OptionalDouble mean = n >= rules.minHoursForDailyMean()
                ? OptionalDouble.of(HourlyValues.mean(hours.byHour().values(), n))
                : OptionalDouble.empty();
        return new DailyMean(pollutant, n, mean, rules.id());
    }

    /** The day's 8 h windows (start hours 0 … 16); each valid with at least 6 of its 8 hours. */
    public List<EightHourWindow> eightHourWindows(HourlyValues hours) {
        List<EightHourWindow> windows = new ArrayList<>();
        for (int start = rules.firstWindowStartHour(); start <= rules.lastWindowStartHour(); start++) {
            List<Double> present = new ArrayList<>();
            for (int h = start; h < start + 8; h++) {
                Double v = hours.byHour().get(h);
                if (v != null) {
                    present.add(v);
                }
            }
            OptionalDouble mean = present.size() >= rules.minHoursPerEightHourWindow()
                    ? OptionalDouble.of(HourlyValues.mean(present, present.size()))
                    : OptionalDouble.empty();
            windows.add(new EightHourWindow(start, present.size(), mean));
        }
        return windows;
    }

    /**
     * The day's maximum 8 h O3: valid with at least 14 valid windows, or with fewer when the
     * maximum already exceeds the daily-max-8 h limit (see {@link EvaluationRules#HJ663_2013}).
     */
    public DailyMaxEightHour dailyMaxEightHour(HourlyValues o3Hours) {
        List<EightHourWindow> windows = eightHourWindows(o3Hours);
        int valid = (int) windows.stream().filter(EightHourWindow::valid).count();
        OptionalDouble max = windows.stream().filter(EightHourWindow::valid)
                .mapToDouble(w -> w.mean().getAsDouble()).max();
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
        return hours.byHour().values().stream().mapToDouble(Double::doubleValue).max();
    }
}
