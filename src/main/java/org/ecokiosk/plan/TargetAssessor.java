package org.ecokiosk.plan;

import java.math.BigDecimal;
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
}
