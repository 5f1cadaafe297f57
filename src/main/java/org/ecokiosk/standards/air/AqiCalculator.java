package org.ecokiosk.standards.air;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Computes IAQI and AQI under one {@link RuleSelection}. Pure and thread-safe.
 *
 * <p>Daily reports (日报) use the rule set's daily indicators: the 24 h values of SO2, NO2, CO,
 * PM10, PM2.5 and the day's maximum 8 h O3 — plus, under HJ 633-2012 only, the day's maximum 1 h
 * O3 (seven indicators; HJ 633-2026 has six). Real-time reports (实时报) use 1 h values; neither
 * standard gives PM10 and PM2.5 a 1 h column, and HJ 633-2026 says the hourly value is judged
 * against the 24 h bands, so the value supplied for them is indexed on the 24 h column.
 *
 * <p>Under HJ 633-2026 each concentration is first rounded by GB/T 8170 ({@link Gbt8170}); the
 * IAQI is then computed from the rounded figure and rounded up, and the AQI is the largest IAQI.
 */
public final class AqiCalculator {

    private static final IaqiIndicator[] INDICATORS = IaqiIndicator.values();

    private final RuleSelection selection;

    public AqiCalculator(RuleSelection selection) {
        this.selection = selection;
    }

    /** Calculator with the rules in force on a date (for an hour: the date the hour belongs to). */
    public static AqiCalculator forDate(LocalDate date) {
        AirQualityRuleSet rules = AirQualityRules.ruleSetFor(date);
        for (AqiCalculator known : DEFINITIVE) {
            if (known.selection.ruleSet() == rules) {
                return known;
            }
        }
        return new AqiCalculator(AirQualityRules.forDate(date));
    }

    /** One calculator per rule set in force (they are immutable): a report indexes thousands of days. */
    private static final List<AqiCalculator> DEFINITIVE = AirQualityRules.ALL.stream()
            .map(r -> new AqiCalculator(RuleSelection.definitive(r))).toList();

    public RuleSelection selection() {
        return selection;
    }

    public AirQualityRuleSet ruleSet() {
        return selection.ruleSet();
    }

    /**
     * Daily AQI. {@code dailyValues}: 24 h means of SO2, NO2, PM10, CO, PM2.5 and, under O3,
     * the day's maximum 8 h average; absent keys are missing data. {@code o3Max1h} joins the index
     * only where the rule set's daily report has a 1 h O3 indicator (HJ 633-2012); under HJ 633-2026
     * it is ignored. Empty when no value at all.
     */
    public Optional<AqiResult> daily(Map<Pollutant, Double> dailyValues, OptionalDouble o3Max1h) {
        Map<IaqiIndicator, Double> inputs = new EnumMap<>(IaqiIndicator.class);
        dailyValues.forEach((pollutant, value) -> inputs.put(dailyIndicator(pollutant), value));
        if (ruleSet().dailyIndicators().contains(IaqiIndicator.O3_1H)) {
            o3Max1h.ifPresent(v -> inputs.put(IaqiIndicator.O3_1H, v));
        }
        return compute(AqiReportType.DAILY, inputs, Map.of());
    }

    /**
     * Real-time (hourly) AQI of six 1 h values (PM10 and PM2.5 on their 24 h bands). Absent keys
     * are missing data. Empty when no value at all.
     */
    public Optional<AqiResult> realTime(Map<Pollutant, Double> oneHourValues) {
        return hourly(oneHourValues, OptionalDouble.empty(), OptionalDouble.empty());
    }

    /**
     * Real-time (hourly) AQI. {@code oneHourValues}: 1 h values (see class comment for PM).
     * {@code o3Moving8h} joins the index when given. {@code so2Moving24h} is used only where
     * HJ 633-2012 requires it: when 1 h SO2 is above 800 µg/m³ (HJ 633-2026 counts that as 200).
     */
    public Optional<AqiResult> hourly(Map<Pollutant, Double> oneHourValues, OptionalDouble o3Moving8h,
                                      OptionalDouble so2Moving24h) {
        Map<IaqiIndicator, Double> inputs = new EnumMap<>(IaqiIndicator.class);
        oneHourValues.forEach((pollutant, value) -> inputs.put(hourlyIndicator(pollutant), value));
        o3Moving8h.ifPresent(v -> inputs.put(IaqiIndicator.O3_8H, v));
        Map<IaqiIndicator, Double> substitutes = new EnumMap<>(IaqiIndicator.class);
        so2Moving24h.ifPresent(v -> substitutes.put(IaqiIndicator.SO2_24H, v));
        return compute(AqiReportType.REAL_TIME, inputs, substitutes);
    }

    /**
     * General form: every entry of {@code inputs} joins the AQI; entries of
     * {@code substitutesOnly} are used only to replace an indicator above its truncated column.
     */
    public Optional<AqiResult> compute(AqiReportType report, Map<IaqiIndicator, Double> inputs,
                                       Map<IaqiIndicator, Double> substitutesOnly) {
        AirQualityRuleSet rules = selection.ruleSet();
        List<SubIndex> subIndices = new ArrayList<>();
        List<AqiNote> notes = new ArrayList<>();
        for (IaqiIndicator indicator : INDICATORS) {
            Double value = inputs.get(indicator);
            if (value == null) {
                continue;
            }
            Optional<SubIndex> direct = subIndex(indicator, value);
            if (direct.isPresent()) {
                subIndices.add(direct.get());
                continue;
            }
            // Above a truncated column whose rule is another indicator's IAQI (HJ 633-2012).
            IaqiIndicator substitute = ((AboveTableRule.UseSubIndexOf) rules.aboveTable(indicator).orElseThrow())
                    .substitute();
            Double substituteValue = inputs.containsKey(substitute) ? inputs.get(substitute)
                    : substitutesOnly.get(substitute);
            if (substituteValue == null) {
                notes.add(indicator == IaqiIndicator.SO2_1H ? AqiNote.SO2_1H_ABOVE_TABLE_WITHOUT_24H
                        : AqiNote.O3_8H_ABOVE_TABLE_WITHOUT_1H);
                continue;
            }
            int iaqi = subIndex(substitute, substituteValue).orElseThrow().iaqi();
            subIndices.add(new SubIndex(indicator, indexed(indicator, value).doubleValue(), iaqi,
                    SubIndexBasis.SUBSTITUTED, Optional.of(substitute), value));
        }
        if (subIndices.isEmpty()) {
            return Optional.empty();
        }
        int aqi = 0;
        for (SubIndex s : subIndices) {
            aqi = Math.max(aqi, s.iaqi());
            if (s.basis() == SubIndexBasis.CAPPED_AT_TOP && !notes.contains(AqiNote.CAPPED_AT_500)) {
                notes.add(AqiNote.CAPPED_AT_500);
            }
        }
        Set<Pollutant> primary = EnumSet.noneOf(Pollutant.class);
        Set<Pollutant> exceeding = EnumSet.noneOf(Pollutant.class);
        Set<Pollutant> missing = EnumSet.allOf(Pollutant.class);
        for (SubIndex s : subIndices) {
            missing.remove(s.pollutant());
            if (aqi > 50 && s.iaqi() == aqi) {
                primary.add(s.pollutant());
            }
            if (s.iaqi() > 100) {
                exceeding.add(s.pollutant());
            }
        }
        Map<Pollutant, List<SensitiveGroup>> groups = new EnumMap<>(Pollutant.class);
        for (Pollutant p : exceeding) {
            groups.put(p, rules.sensitiveGroups(p));
        }
        return Optional.of(new AqiResult(rules.id(), selection.provisional(), report, aqi, AqiLevel.of(aqi),
                subIndices, List.copyOf(primary), List.copyOf(exceeding), List.copyOf(missing), notes, groups));
    }

    /**
     * The IAQI of one value. Above the top of an ordinary column the IAQI is capped at 500
     * ({@link SubIndexBasis#CAPPED_AT_TOP}); above a truncated column (SO2 1 h, O3 8 h) HJ 633-2026
     * gives a fixed IAQI ({@link SubIndexBasis#FIXED_ABOVE_TABLE}) while under HJ 633-2012 the
     * result is empty because another indicator's IAQI must be used.
     *
     * @throws IllegalArgumentException for negative or non-finite values, or an indicator the
     *                                  rule set has no column for
     */
    public Optional<SubIndex> subIndex(IaqiIndicator indicator, double concentration) {
        AirQualityRuleSet rules = selection.ruleSet();
        BreakpointTable table = rules.table(indicator)
                .orElseThrow(() -> new IllegalArgumentException(rules.id() + " has no column for " + indicator));
        double c;
        int iaqi;
        if (!(concentration >= 0 && concentration <= TenThousandths.LIMIT)) {
            // beyond the fast path's domain (or invalid: exact() says why): the decimal computation
            BigDecimal exact = indexed(indicator, concentration);
            c = exact.doubleValue();
            Optional<Integer> interpolated = table.interpolate(exact);
            iaqi = interpolated.isPresent() ? interpolated.get() : BreakpointTable.ABOVE_TOP;
        } else if (rules.rounding() == ConcentrationRounding.GBT_8170) {
            int scale = Gbt8170.reportingScale(indicator.pollutant());
            long rounded = TenThousandths.roundHalfEven(concentration, scale);
            c = TenThousandths.toDouble(rounded, scale);
            iaqi = table.iaqiOfTenThousandths(scale == 0 ? rounded * 10_000 : rounded * 1_000);
        } else {
            c = concentration == 0 ? 0.0 : concentration; // the decimal of -0.0 is 0
            iaqi = table.iaqiOf(concentration);
        }
        if (iaqi != BreakpointTable.ABOVE_TOP) {
            return Optional.of(new SubIndex(indicator, c, iaqi, SubIndexBasis.INTERPOLATED,
                    Optional.empty(), concentration));
        }
        Optional<AboveTableRule> above = rules.aboveTable(indicator);
        if (above.isPresent()) {
            if (above.get() instanceof AboveTableRule.CountAs fixed) {
                return Optional.of(new SubIndex(indicator, c, fixed.iaqi(),
                        SubIndexBasis.FIXED_ABOVE_TABLE, Optional.empty(), concentration));
            }
            return Optional.empty();
        }
        return Optional.of(new SubIndex(indicator, c, rules.maxIndex(), SubIndexBasis.CAPPED_AT_TOP,
                Optional.empty(), concentration));
    }

    /** The concentration as the rule set indexes it (GB/T 8170-rounded under HJ 633-2026). */
    public BigDecimal indexed(IaqiIndicator indicator, double concentration) {
        return selection.ruleSet().rounding().apply(indicator.pollutant(), concentration);
    }

    private static IaqiIndicator dailyIndicator(Pollutant pollutant) {
        return switch (pollutant) {
            case SO2 -> IaqiIndicator.SO2_24H;
            case NO2 -> IaqiIndicator.NO2_24H;
            case PM10 -> IaqiIndicator.PM10_24H;
            case CO -> IaqiIndicator.CO_24H;
            case O3 -> IaqiIndicator.O3_8H;
            case PM2_5 -> IaqiIndicator.PM2_5_24H;
        };
    }

    private static IaqiIndicator hourlyIndicator(Pollutant pollutant) {
        return switch (pollutant) {
            case SO2 -> IaqiIndicator.SO2_1H;
            case NO2 -> IaqiIndicator.NO2_1H;
            case PM10 -> IaqiIndicator.PM10_24H;
            case CO -> IaqiIndicator.CO_1H;
            case O3 -> IaqiIndicator.O3_1H;
            case PM2_5 -> IaqiIndicator.PM2_5_24H;
        };
    }
}
