package org.ecokiosk.standards.air.evaluation;

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
import org.ecokiosk.standards.air.AqiCalculator;
import org.ecokiosk.standards.air.AqiResult;
import org.ecokiosk.standards.air.EvaluationRules;
import org.ecokiosk.standards.air.LimitComparison;
import org.ecokiosk.standards.air.Pollutant;

/**
 * HJ 663 annual evaluation of one station from its daily values.
 *
 * <p>The statistics rules and limits are those of the rule set in force on 31 December of the
 * year ({@link AirQualityRules#forYear(int)}, which explains the choice): 2026 is judged by
 * GB 3095-2026's transition limits with HJ 663-2013's method, although January and February
 * fell under GB 3095-2012. Each day's AQI, and so the good-day count, uses the rules of its own
 * date: a February 2026 day is indexed by HJ 633-2012 (seven indicators), a March day by
 * HJ 633-2026 (six).
 */
public final class AnnualAirEvaluator {

    private static final List<Pollutant> MEAN_POLLUTANTS =
            List.of(Pollutant.SO2, Pollutant.NO2, Pollutant.PM10, Pollutant.PM2_5);

    private static final Pollutant[] POLLUTANTS = Pollutant.values();

    private AnnualAirEvaluator() {
    }

    /**
     * @param days one entry per day of {@code year}; at most one per date
     * @throws IllegalArgumentException for a date outside the year or a repeated date
     */
    public static AnnualAirRecord evaluate(String station, int year, List<DailyAirValues> days) {
        List<Optional<AqiResult>> aqis = new ArrayList<>(days.size());
        for (DailyAirValues day : days) {
            aqis.add(AqiCalculator.forDate(day.date()).daily(day.values(), day.o3Max1h()));
        }
        return evaluate(station, year, days, aqis);
    }

    /**
     * The same evaluation when the caller has already indexed each day (the district's days carry
     * their AQI): indexing a year twice was a fifth of a bulletin's build time.
     *
     * @param dailyAqi each day's daily AQI, in the order of {@code days}, as {@link AqiCalculator#daily}
     *     under the rules of the day's date gives it
     */
    public static AnnualAirRecord evaluate(String station, int year, List<DailyAirValues> days,
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

        // one pass over the days: each pollutant's values in day order and its valid days a month
        int pollutants = POLLUTANTS.length;
        double[][] values = new double[pollutants][days.size()];
        int[] counts = new int[pollutants];
        int[][] perMonth = new int[pollutants][12];
        for (DailyAirValues day : days) {
            int month = day.date().getMonthValue() - 1;
            for (Map.Entry<Pollutant, Double> e : day.values().entrySet()) {
                int p = e.getKey().ordinal();
                values[p][counts[p]++] = e.getValue();
                perMonth[p][month]++;
            }
        }
        Map<Pollutant, Integer> validDays = new EnumMap<>(Pollutant.class);
        for (Pollutant p : POLLUTANTS) {
            validDays.put(p, counts[p.ordinal()]);
        }

        Map<Pollutant, AnnualStatistic> means = new EnumMap<>(Pollutant.class);
        for (Pollutant p : MEAN_POLLUTANTS) {
            int n = counts[p.ordinal()];
            OptionalDouble mean = n == 0 ? OptionalDouble.empty()
                    : OptionalDouble.of(HourlyValues.mean(values[p.ordinal()], n));
            means.put(p, statistic(p, StatisticKind.ANNUAL_MEAN, counts, perMonth, mean, rules));
        }
        // Percentile sorts its array: these are the last uses of the CO and O3 values
        AnnualStatistic co = statistic(Pollutant.CO, StatisticKind.CO_24H_P95, counts, perMonth,
                Percentile.of(values[Pollutant.CO.ordinal()], counts[Pollutant.CO.ordinal()], rules.coPercentile()),
                rules);
        AnnualStatistic o3 = statistic(Pollutant.O3, StatisticKind.O3_MAX8H_P90, counts, perMonth,
                Percentile.of(values[Pollutant.O3.ordinal()], counts[Pollutant.O3.ordinal()], rules.o3Percentile()),
                rules);

        int aqiDays = 0;
        int goodDays = 0;
        boolean provisional = false;
        for (int i = 0; i < days.size(); i++) {
            DailyAirValues day = days.get(i);
            provisional |= AirQualityRules.forDate(day.date()).provisional();
            Optional<AqiResult> aqi = dailyAqi.get(i);
            // A day counts towards the ratio only when all six pollutants had a valid daily value:
            // a day missing one pollutant cannot be called good with certainty.
            if (aqi.isPresent() && day.values().size() == POLLUTANTS.length) {
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

    private static AnnualStatistic statistic(Pollutant p, StatisticKind kind, int[] counts, int[][] perMonth,
                                             OptionalDouble value, EvaluationRules rules) {
        List<Month> short_ = monthsShort(perMonth[p.ordinal()], rules);
        int valid = counts[p.ordinal()];
        boolean ok = valid >= rules.minDaysForAnnual() && short_.isEmpty();
        return new AnnualStatistic(p, kind, valid, value, short_, ok);
    }

    private static List<Month> monthsShort(int[] validDaysPerMonth, EvaluationRules rules) {
        List<Month> shortMonths = new ArrayList<>();
        for (Month m : Month.values()) {
            int required = m == Month.FEBRUARY ? rules.minDaysInFebruary() : rules.minDaysPerMonth();
            if (validDaysPerMonth[m.ordinal()] < required) {
                shortMonths.add(m);
            }
        }
        return shortMonths;
    }

    /** Months with fewer valid days than HJ 663 asks (27; 25 in February). */
    public static List<Month> monthsShort(Pollutant p, List<DailyAirValues> days, int year, EvaluationRules rules) {
        int[] perMonth = new int[12];
        for (DailyAirValues d : days) {
            if (d.date().getYear() == year && d.values().containsKey(p)) {
                perMonth[d.date().getMonthValue() - 1]++;
            }
        }
        return monthsShort(perMonth, rules);
    }
}
