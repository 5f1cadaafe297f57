package org.ecokiosk.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.model.Direction;
import org.ecokiosk.model.IndicatorValue;
import org.ecokiosk.model.PlanFigure;
import org.ecokiosk.model.PlanIndicator;

/**
 * Judges each indicator by its newest value: an imported or sample yearly value when there is
 * one, else the plan's own baseline. Numbers are compared by the indicator's direction,
 * water classes by class order (II meets a III target), and targets the plan leaves to the
 * city are reported as such rather than forced into met / not met.
 *
 * <p>{@link #assessProgress} adds the plan-progress judgement of the disclosure reports: the
 * mid-term (2023) and final (2025) views, with "at risk" measured against the straight path
 * from the 2020 baseline to the 2025 target.
 */
public final class TargetAssessor {
    private TargetAssessor() {
    }

    public static TargetAssessment assess(PlanIndicator indicator, List<IndicatorValue> values) {
        Optional<IndicatorValue> newest = values.stream()
                .filter(v -> v.indicatorCode().equals(indicator.code()) && !v.value().isEmpty())
                .max(Comparator.comparingInt(IndicatorValue::year));
        PlanFigure latest = newest.map(IndicatorValue::value).orElse(indicator.baseline());
        Optional<Integer> year = newest.map(IndicatorValue::year)
                .or(() -> indicator.baselineYear() > 0 && !indicator.baseline().isEmpty()
                        ? Optional.of(indicator.baselineYear()) : Optional.empty());
        boolean sample = newest.map(v -> v.origin().isSample()).orElse(false);
        return new TargetAssessment(indicator, latest, year, sample, judge(indicator, latest));
    }

    public static List<TargetAssessment> assessAll(List<PlanIndicator> indicators, List<IndicatorValue> values) {
        return indicators.stream().map(i -> assess(i, values)).toList();
    }

    static TargetStatus judge(PlanIndicator indicator, PlanFigure latest) {
        PlanFigure target = indicator.target();
        if (isLeftToCity(target)) {
            return TargetStatus.SET_BY_CITY;
        }
        Optional<Integer> targetClass = WaterClassOrder.rank(target.text());
        Optional<Integer> latestClass = WaterClassOrder.rank(latest.text());
        if (targetClass.isPresent()) {
            return latestClass.map(c -> c <= targetClass.get() ? TargetStatus.MET : TargetStatus.NOT_MET)
                    .orElse(TargetStatus.NO_DATA);
        }
        if (target.isNumber() && latest.isNumber() && indicator.direction() != Direction.NONE) {
            BigDecimal value = latest.number().orElseThrow();
            return indicator.direction().isMet(value, target.number().orElseThrow())
                    ? TargetStatus.MET : TargetStatus.NOT_MET;
        }
        return TargetStatus.NO_DATA;
    }

    /** The plan's words for targets the city hands down rather than the district setting them. */
    static boolean isLeftToCity(PlanFigure target) {
        String text = target.text();
        return !target.isNumber() && (text.contains("市级") || text.contains("市总量") || text.contains("市下"));
    }

    /**
     * Judges an indicator in one evaluation view, using only values after the baseline year and
     * up to {@code min(view year, reportYear)}:
     * <ul>
     * <li>target left to the city → {@link ProgressStatus#NOT_YET_SET};
     * <li>no such value → {@link ProgressStatus#NO_DATA} (the 2020 baseline alone says nothing
     *     about progress);
     * <li>value meets the 2025 target (by direction, or water class order) → MET;
     * <li>value from the target year (2025) that misses it → NOT_MET;
     * <li>earlier value that misses it: compared with the straight line from the baseline
     *     (value in the baseline year; 0 for cumulative indicators without one) to the target
     *     (value in the target year) at the value's year — at or ahead of the line → ON_TRACK,
     *     behind it → AT_RISK. Without a numeric line (no baseline, "=" targets, water classes)
     *     a miss is AT_RISK: we cannot show it is on track, so we say so.
     * </ul>
     */
    public static ProgressAssessment assessProgress(PlanIndicator indicator, List<IndicatorValue> values,
                                                    EvaluationView view, int reportYear) {
        int baselineYear = indicator.baselineYear() > 0 ? indicator.baselineYear() : 2020;
        int targetYear = indicator.targetYear() > 0 ? indicator.targetYear() : 2025;
        int cutoff = Math.min(view.year(), reportYear);
        Optional<IndicatorValue> newest = values.stream()
                .filter(v -> v.indicatorCode().equals(indicator.code()) && !v.value().isEmpty())
                .filter(v -> v.year() > baselineYear && v.year() <= cutoff)
                .max(Comparator.comparingInt(IndicatorValue::year));
        Optional<PlanFigure> value = newest.map(IndicatorValue::value);
        Optional<Integer> year = newest.map(IndicatorValue::year);
        boolean sample = newest.map(v -> v.origin().isSample()).orElse(false);
        if (isLeftToCity(indicator.target())) {
            return new ProgressAssessment(indicator, view, value, year, sample, Optional.empty(),
                    ProgressStatus.NOT_YET_SET);
        }
        if (newest.isEmpty()) {
            return new ProgressAssessment(indicator, view, value, year, false, Optional.empty(), ProgressStatus.NO_DATA);
        }
        PlanFigure latest = newest.get().value();
        int latestYear = newest.get().year();
        TargetStatus simple = judge(indicator, latest);
        if (simple == TargetStatus.NO_DATA || simple == TargetStatus.SET_BY_CITY) {
            return new ProgressAssessment(indicator, view, value, year, sample, Optional.empty(), ProgressStatus.NO_DATA);
        }
        if (simple == TargetStatus.MET) {
            return new ProgressAssessment(indicator, view, value, year, sample, Optional.empty(), ProgressStatus.MET);
        }
        if (latestYear >= targetYear) {
            return new ProgressAssessment(indicator, view, value, year, sample, Optional.empty(), ProgressStatus.NOT_MET);
        }
        Optional<BigDecimal> expected = pathValue(indicator, baselineYear, targetYear, latestYear);
        ProgressStatus status = ProgressStatus.AT_RISK;
        if (expected.isPresent() && latest.isNumber()) {
            BigDecimal v = latest.number().orElseThrow();
            boolean onPath = switch (indicator.direction()) {
                case AT_LEAST -> v.compareTo(expected.get()) >= 0;
                case AT_MOST -> v.compareTo(expected.get()) <= 0;
                default -> false;
            };
            status = onPath ? ProgressStatus.ON_TRACK : ProgressStatus.AT_RISK;
        }
        return new ProgressAssessment(indicator, view, value, year, sample, expected, status);
    }

    public static List<ProgressAssessment> assessProgressAll(List<PlanIndicator> indicators,
                                                             List<IndicatorValue> values, EvaluationView view,
                                                             int reportYear) {
        return indicators.stream().map(i -> assessProgress(i, values, view, reportYear)).toList();
    }

    /**
     * The straight path's value in {@code year}: baseline + (target − baseline) × elapsed / span.
     * Only for "≥" and "≤" targets with numbers at both ends (a missing baseline of a cumulative
     * indicator counts as 0: nothing accumulated yet in 2020).
     */
    static Optional<BigDecimal> pathValue(PlanIndicator indicator, int baselineYear, int targetYear, int year) {
        if (indicator.direction() != Direction.AT_LEAST && indicator.direction() != Direction.AT_MOST) {
            return Optional.empty();
        }
        Optional<BigDecimal> target = indicator.target().number();
        Optional<BigDecimal> baseline = indicator.baseline().number()
                .or(() -> indicator.cumulative() ? Optional.of(BigDecimal.ZERO) : Optional.empty());
        if (target.isEmpty() || baseline.isEmpty() || targetYear <= baselineYear) {
            return Optional.empty();
        }
        BigDecimal share = BigDecimal.valueOf(year - baselineYear)
                .divide(BigDecimal.valueOf(targetYear - baselineYear), MathContext.DECIMAL64);
        return Optional.of(baseline.get().add(target.get().subtract(baseline.get()).multiply(share))
                .round(MathContext.DECIMAL64).stripTrailingZeros());
    }
}
