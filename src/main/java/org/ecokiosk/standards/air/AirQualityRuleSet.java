package org.ecokiosk.standards.air;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A dated set of air quality rules: the index standard (HJ 633), the evaluation method (HJ 663)
 * and the limits (GB 3095) that go together. Results carry {@link #id()} so a report can always
 * say which rules produced a figure; {@link #key()} names the whole set.
 */
public interface AirQualityRuleSet {

    /** Index standard id, e.g. "HJ633-2026": what every AQI result records. */
    String id();

    /** The whole set as one token, e.g. "HJ633-2026+GB3095-2026/transition+HJ663-2013". */
    default String key() {
        return id() + "+" + limits().tableId() + "+" + evaluationId();
    }

    /** First day the set applies to. */
    LocalDate validFrom();

    /** Last day the set applies to; empty while it is the latest. */
    Optional<LocalDate> validUntil();

    /** Evaluation method id, e.g. "HJ663-2013". */
    default String evaluationId() {
        return evaluation().id();
    }

    /** Limits standard id, e.g. "GB3095-2026" (see {@link AirQualityLimits#tableId()} for the phase). */
    default String limitsId() {
        return limits().id();
    }

    /**
     * Which evaluation method was used, when it is not the one the limits' own generation
     * prescribes: from 2026-03-01 HJ 663-2026 replaces HJ 663-2013, but its text (exceptional
     * events, three-year moving averages) is not available, so daily validity and annual
     * statistics follow HJ 663-2013. Screens, PDFs and JSON show this next to such figures.
     */
    Optional<StandardText> methodNote();

    /** The breakpoint column for an indicator, empty if this standard has none. */
    Optional<BreakpointTable> table(IaqiIndicator indicator);

    /**
     * For columns that stop short of IAQI 500 (1 h SO2, 8 h O3), what a concentration above the
     * top means. Empty for ordinary columns, which are capped at {@link #maxIndex()} instead.
     */
    Optional<AboveTableRule> aboveTable(IaqiIndicator indicator);

    /**
     * The indicators of the daily report (日报): HJ 633-2012 has seven (the five 24 h means, the
     * day's maximum 8 h O3 and the day's maximum 1 h O3); HJ 633-2026 has six (no 1 h O3).
     */
    Set<IaqiIndicator> dailyIndicators();

    /** Whether concentrations are rounded (GB/T 8170) before the IAQI is computed. */
    ConcentrationRounding rounding();

    /**
     * The groups HJ 633-2026 表2 names as sensitive to a pollutant whose IAQI exceeds 100.
     * Empty under a standard without such a table (HJ 633-2012).
     */
    List<SensitiveGroup> sensitiveGroups(Pollutant pollutant);

    /** The end of the index scale (500). */
    int maxIndex();

    EvaluationRules evaluation();

    AirQualityLimits limits();
}
