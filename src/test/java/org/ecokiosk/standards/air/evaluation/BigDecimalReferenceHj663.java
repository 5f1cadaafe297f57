package org.ecokiosk.standards.air.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.ecokiosk.standards.air.AirQualityLimits;
import org.ecokiosk.standards.air.AirQualityRuleSet;
import org.ecokiosk.standards.air.AirQualityRules;
import org.ecokiosk.standards.air.AqiResult;
import org.ecokiosk.standards.air.AveragingPeriod;
import org.ecokiosk.standards.air.BigDecimalReferenceAqiCalculator;
import org.ecokiosk.standards.air.EvaluationRules;
import org.ecokiosk.standards.air.LimitComparison;
import org.ecokiosk.standards.air.Pollutant;
import org.ecokiosk.standards.air.RuleSelection;

/**
 * TEST ONLY — the reference oracle for HJ 663: the daily statistics, the percentile, the daily and
 * the annual evaluation exactly as the product computed them before the fast path (every sum and
 * mean in BigDecimal over {@link BigDecimal#valueOf(double)}, sorting BigDecimals, maps and
 * streams), copied verbatim from DailyStatistics, Percentile, DailyAirEvaluator and
 * AnnualAirEvaluator; only the names changed and the mean is the plain BigDecimal sum. The
 * equivalence tests compare the product's results with these, bit for bit.
 */
public final class BigDecimalReferenceHj663 {

    private BigDecimalReferenceHj663() {
    }

    /** The exact decimal mean: the BigDecimal sum of the values' decimals ÷ count in DECIMAL64. */
    public static double mean(Iterable<Double> values, int count) {
        BigDecimal sum = BigDecimal.ZERO;
        for (double v : values) {
            sum = sum.add(BigDecimal.valueOf(v));
        }
        return sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL64).doubleValue();
    }

    /** DailyStatistics as it was. */
    public static final class Daily {
        private final EvaluationRules rules;
        private final double o3EightHourLimit;

        Daily(AirQualityRuleSet ruleSet) {
            this.rules = ruleSet.evaluation();
            this.o3EightHourLimit = ruleSet.limits().limit(Pollutant.O3, AveragingPeriod.HOURS_8).orElseThrow();
        }

        
        /** 24 h mean, valid with at least 20 hourly values (HJ 663-2013). */
        public DailyMean dailyMean(Pollutant pollutant, HourlyValues hours) {
            int n = hours.count();
            OptionalDouble mean = n >= rules.minHoursForDailyMean()
                    ? OptionalDouble.of(BigDecimalReferenceHj663.mean(hours.byHour().values(), n))
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
                        ? OptionalDouble.of(BigDecimalReferenceHj663.mean(present, present.size()))
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

    /**
     * @param hourly hourly values per pollutant for the natural day {@code date}; pollutants or
     *               hours without data are absent
     */
    public static DailyAirEvaluation daily(LocalDate date, Map<Pollutant, HourlyValues> hourly) {
        RuleSelection selection = AirQualityRules.forDate(date);
        Daily statistics = new Daily(selection.ruleSet());
        HourlyValues none = HourlyValues.of(Map.of());
        Map<Pollutant, DailyMean> means = new EnumMap<>(Pollutant.class);
        for (Pollutant p : Pollutant.values()) {
            if (p != Pollutant.O3) {
                means.put(p, statistics.dailyMean(p, hourly.getOrDefault(p, none)));
            }
        }
        HourlyValues o3 = hourly.getOrDefault(Pollutant.O3, none);
        DailyMaxEightHour o3Max8h = statistics.dailyMaxEightHour(o3);
        OptionalDouble o3Max1h = statistics.maxOneHour(o3);
        DailyAirEvaluation withoutAqi = new DailyAirEvaluation(date, means, o3Max8h, o3Max1h,
                java.util.Optional.empty(), selection.ruleSet().evaluationId(), selection.provisional());
        return new DailyAirEvaluation(date, means, o3Max8h, o3Max1h,
                new BigDecimalReferenceAqiCalculator(selection).daily(withoutAqi.dailyValues(), o3Max1h),
                selection.ruleSet().evaluationId(), selection.provisional());
    }

    /** Percentile.of as it was. */
    /** Empty for an empty list. p is in percent, 0–100. */
    public static OptionalDouble percentile(List<Double> values, double p) {
        if (!(p >= 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be within 0..100: " + p);
        }
        if (values.isEmpty()) {
            return OptionalDouble.empty();
        }
        List<BigDecimal> sorted = values.stream().map(v -> {
            if (v == null || v.isNaN() || v.isInfinite()) {
                throw new IllegalArgumentException("percentile input must be finite: " + v);
            }
            return BigDecimal.valueOf(v);
        }).sorted().toList();
        int n = sorted.size();
        BigDecimal k = BigDecimal.ONE.add(BigDecimal.valueOf(n - 1L).multiply(BigDecimal.valueOf(p))
                .divide(BigDecimal.valueOf(100), MathContext.DECIMAL128));
        int s = k.setScale(0, RoundingMode.FLOOR).intValueExact();
        BigDecimal xs = sorted.get(s - 1);
        if (s >= n) {
            return OptionalDouble.of(xs.doubleValue());
        }
        BigDecimal fraction = k.subtract(BigDecimal.valueOf(s));
        BigDecimal result = xs.add(sorted.get(s).subtract(xs).multiply(fraction));
        return OptionalDouble.of(result.doubleValue());
    }

    /** AnnualAirEvaluator as it was. */
    private static final List<Pollutant> MEAN_POLLUTANTS =
            List.of(Pollutant.SO2, Pollutant.NO2, Pollutant.PM10, Pollutant.PM2_5);


    /**
     * @param days one entry per day of {@code year}; at most one per date
     * @throws IllegalArgumentException for a date outside the year or a repeated date
     */
    public static AnnualAirRecord annual(String station, int year, List<DailyAirValues> days) {
        List<Optional<AqiResult>> aqis = new ArrayList<>(days.size());
        for (DailyAirValues day : days) {
            aqis.add(BigDecimalReferenceAqiCalculator.forDate(day.date()).daily(day.values(), day.o3Max1h()));
        }
        return annual(station, year, days, aqis);
    }

    /**
     * The same evaluation when the caller has already indexed each day (the district's days carry
     * their AQI): indexing a year twice was a fifth of a bulletin's build time.
     *
     * @param dailyAqi each day's daily AQI, in the order of {@code days}, as {@link AqiCalculator#daily}
     *     under the rules of the day's date gives it
     */
    public static AnnualAirRecord annual(String station, int year, List<DailyAirValues> days,
                                           List<Optional<AqiResult>> dailyAqi) {
        if (dailyAqi.size() != days.size()) {
            throw new IllegalArgumentException(station + ": " + days.size() + " days but " + dailyAqi.size() + " AQIs");
        }
        Set<LocalDate> seen = new HashSet<>();
        for (DailyAirValues day : days) {
            if (day.date().getYear() != year) {
                throw new IllegalArgumentException(station + ": " + day.date() + " is not in " + year);
            }
            if (!seen.add(day.date())) {
                throw new IllegalArgumentException(station + ": two records for " + day.date());
            }
        }
        AirQualityRuleSet yearRules = AirQualityRules.forYear(year);
        EvaluationRules rules = yearRules.evaluation();
        AirQualityLimits limits = yearRules.limits();

        Map<Pollutant, Integer> validDays = new EnumMap<>(Pollutant.class);
        for (Pollutant p : Pollutant.values()) {
            validDays.put(p, (int) days.stream().filter(d -> d.values().containsKey(p)).count());
        }

        Map<Pollutant, AnnualStatistic> means = new EnumMap<>(Pollutant.class);
        for (Pollutant p : MEAN_POLLUTANTS) {
            List<Double> values = valuesOf(days, p);
            OptionalDouble mean = values.isEmpty() ? OptionalDouble.empty()
                    : OptionalDouble.of(mean(values, values.size()));
            means.put(p, annualStatistic(p, StatisticKind.ANNUAL_MEAN, days, year, mean, rules));
        }
        AnnualStatistic co  = annualStatistic(Pollutant.CO, StatisticKind.CO_24H_P95, days, year,
                percentile(valuesOf(days, Pollutant.CO), rules.coPercentile()), rules);
        AnnualStatistic o3  = annualStatistic(Pollutant.O3, StatisticKind.O3_MAX8H_P90, days, year,
                percentile(valuesOf(days, Pollutant.O3), rules.o3Percentile()), rules);

        int aqiDays = 0;
        int goodDays = 0;
        boolean provisional = false;
        for (int i = 0; i < days.size(); i++) {
            DailyAirValues day = days.get(i);
            provisional |= AirQualityRules.forDate(day.date()).provisional();
            Optional<AqiResult> aqi = dailyAqi.get(i);
            // A day counts towards the ratio only when all six pollutants had a valid daily value:
            // a day missing one pollutant cannot be called good with certainty.
            if (aqi.isPresent() && day.values().keySet().containsAll(List.of(Pollutant.values()))) {
                aqiDays++;
                if (aqi.get().aqi() <= rules.goodDayMaxAqi()) {
                    goodDays++;
                }
            }
        }
        OptionalDouble goodRatio = aqiDays == 0 ? OptionalDouble.empty()
                : OptionalDouble.of((double) goodDays / aqiDays);

        List<LimitComparison> comparisons = new ArrayList<>();
        Map<Pollutant, Attainment> attainment = new EnumMap<>(Pollutant.class);
        List<AnnualStatistic> all = new ArrayList<>(means.values());
        all.add(co);
        all.add(o3);
        for (AnnualStatistic s : all) {
            s.value().ifPresent(v -> limits.compare(s.pollutant(), s.kind().limitPeriod(), v).ifPresent(c -> {
                comparisons.add(c);
                attainment.put(s.pollutant(), new Attainment(s.pollutant(), s.kind(), v, c.limit(), !c.exceeds(),
                        s.valid(), c.limitsId()));
            }));
        }
        return new AnnualAirRecord(station, year, rules.id(), yearRules.id(), limits.tableId(),
                yearRules.methodNote(), provisional, days.size(), validDays, means, co, o3, aqiDays, goodDays,
                goodRatio, comparisons, attainment);
    }

    private static List<Double> valuesOf(List<DailyAirValues> days, Pollutant p) {
        return days.stream().filter(d -> d.values().containsKey(p)).map(d -> d.values().get(p)).toList();
    }

    private static AnnualStatistic annualStatistic(Pollutant p, StatisticKind kind, List<DailyAirValues> days, int year,
                                             OptionalDouble value, EvaluationRules rules) {
        List<Month> short_ = monthsShort(p, days, year, rules);
        int valid = (int) days.stream().filter(d -> d.values().containsKey(p)).count();
        boolean ok = valid >= rules.minDaysForAnnual() && short_.isEmpty();
        return new AnnualStatistic(p, kind, valid, value, short_, ok);
    }

    /** Months with fewer valid days than HJ 663 asks (27; 25 in February). */
    public static List<Month> monthsShort(Pollutant p, List<DailyAirValues> days, int year, EvaluationRules rules) {
        Map<Month, Integer> perMonth = new EnumMap<>(Month.class);
        for (DailyAirValues d : days) {
            if (d.date().getYear() == year && d.values().containsKey(p)) {
                perMonth.merge(d.date().getMonth(), 1, Integer::sum);
            }
        }
        List<Month> shortMonths = new ArrayList<>();
        for (Month m : Month.values()) {
            int required = m == Month.FEBRUARY ? rules.minDaysInFebruary() : rules.minDaysPerMonth();
            if (perMonth.getOrDefault(m, 0) < required) {
                shortMonths.add(m);
            }
        }
        return shortMonths;
    }
}
