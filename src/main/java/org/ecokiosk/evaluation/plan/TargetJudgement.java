package org.ecokiosk.evaluation.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.ecokiosk.evaluation.Placeholders;
import org.ecokiosk.evaluation.TargetStatus;
import org.ecokiosk.model.Direction;
import org.ecokiosk.model.PlanFigure;
import org.ecokiosk.model.PlanIndicator;

/**
 * A figure against an indicator's target: numbers by the indicator's direction, water classes by
 * class order (II meets a III target), and targets the plan leaves to the city reported as such
 * rather than forced into met / not met.
 */
public final class TargetJudgement {
    private TargetJudgement() {
    }

    /** MET, NOT_MET, SET_BY_CITY, or NO_DATA (no figure, or nothing comparable). */
    public static TargetStatus judge(PlanIndicator indicator, PlanFigure figure) {
        PlanFigure target = indicator.target();
        if (isLeftToCity(target)) {
            return TargetStatus.SET_BY_CITY;
        }
        if (Placeholders.isPlaceholder(figure)) {
            return TargetStatus.NO_DATA;
        }
        Optional<Integer> targetClass = WaterClassOrder.rank(target.text());
        if (targetClass.isPresent()) {
            return WaterClassOrder.rank(figure.text())
                    .map(c -> c <= targetClass.get() ? TargetStatus.MET : TargetStatus.NOT_MET)
                    .orElse(TargetStatus.NO_DATA);
        }
        if (target.isNumber() && figure.isNumber() && indicator.direction() != Direction.NONE) {
            return indicator.direction().isMet(figure.number().orElseThrow(), target.number().orElseThrow())
                    ? TargetStatus.MET : TargetStatus.NOT_MET;
        }
        return TargetStatus.NO_DATA;
    }

    /** The plan's words for targets the city hands down rather than the district setting them. */
    public static boolean isLeftToCity(PlanFigure target) {
        String text = target.text();
        return !target.isNumber() && (text.contains("市级") || text.contains("市总量") || text.contains("市下"));
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
