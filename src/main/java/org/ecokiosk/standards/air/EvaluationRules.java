package org.ecokiosk.standards.air;

/**
 * The data-validity and statistics rules of an evaluation standard (HJ 663). A record so that
 * HJ 663-2026 can be added as a second instance once its text is entered.
 *
 * <p>Eight-hour windows are identified by the index of their first hour, where hour index h is
 * the hour [h:00, h+1:00) of the day. See {@link #HJ663_2013} for the reading of "8时至24时".
 */
public record EvaluationRules(
        String id,
        int minHoursForDailyMean,
        int minHoursPerEightHourWindow,
        int firstWindowStartHour,
        int lastWindowStartHour,
        int minWindowsForDailyMaxEightHour,
        boolean dailyMaxEightHourValidWhenAboveLimit,
        int minDaysForAnnual,
        int minDaysPerMonth,
        int minDaysInFebruary,
        double coPercentile,
        double o3Percentile,
        int goodDayMaxAqi) {

    /**
     * HJ 663-2013 as we read it.
     * <ul>
     * <li>24 h mean: ≥ 20 hourly values in the natural day.</li>
     * <li>8 h moving average: ≥ 6 hourly values among its 8 hours.</li>
     * <li>Daily maximum 8 h O3: the text takes the 8 h averages "from 8时 to 24时" of the day and
     *     requires ≥ 14 valid ones. An 8 h average is labelled by the hour it ends at, so those
     *     are the 17 windows ending at 08:00 … 24:00, i.e. starting at hour index 0 … 16 — all
     *     inside the same natural day, none reaching into the previous day. (The same reading is
     *     used by public tools, e.g. the R package foqat's dm8n: start hour 0, end hour 16,
     *     nh = 6, nc = 14.)</li>
     * <li>The same table says that when fewer than 14 windows are valid, a maximum that already
     *     exceeds the limit still counts (it can only be higher with more data). We apply it with
     *     the GB 3095-2012 Grade II daily-max-8 h limit (160 µg/m³) and flag such days.</li>
     * <li>Annual statistics: ≥ 324 valid days and ≥ 27 in every month (25 in February). We apply
     *     the same rule to the CO and O3 percentiles.</li>
     * </ul>
     */
    public static final EvaluationRules HJ663_2013 = new EvaluationRules(
            "HJ663-2013", 20, 6, 0, 16, 14, true, 324, 27, 25, 95.0, 90.0, 100);
}
