package org.ecokiosk.standards.air;

import java.util.Optional;

/**
 * A dated set of air quality rules: the index standard (HJ 633), the evaluation standard
 * (HJ 663) and the limits (GB 3095) that go together. Results carry {@link #id()} so a report can
 * always say which rules produced a figure.
 */
public interface AirQualityRuleSet {

    /** Index standard id, e.g. "HJ633-2012". */
    String id();

    /** Evaluation standard id, e.g. "HJ663-2013". */
    default String evaluationId() {
        return evaluation().id();
    }

    /** Limits standard id, e.g. "GB3095-2012". */
    default String limitsId() {
        return limits().id();
    }

    /** The breakpoint column for an indicator, empty if this standard has none. */
    Optional<BreakpointTable> table(IaqiIndicator indicator);

    /**
     * For columns that stop short of IAQI 500, the indicator whose IAQI is used above the top
     * breakpoint (HJ 633-2012: SO2 1 h → SO2 24 h, O3 8 h → O3 1 h). Empty for ordinary columns,
     * which are capped at {@link #maxIndex()} instead.
     */
    Optional<IaqiIndicator> substituteAboveTable(IaqiIndicator indicator);

    /** The end of the index scale (500). */
    int maxIndex();

    EvaluationRules evaluation();

    AirQualityLimits limits();
}
