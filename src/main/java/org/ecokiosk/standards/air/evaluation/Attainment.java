package org.ecokiosk.standards.air.evaluation;

import java.util.Optional;
import org.ecokiosk.standards.air.Pollutant;

/**
 * One annual statistic against the limit of the year's rules (GB 3095 Grade II).
 *
 * <p>The comparison uses the full value, not a rounded one: GB/T 8170-2008 §4.3 makes full-value
 * comparison (全数值比较法) the rule wherever a standard does not prescribe rounded-value
 * comparison, and the GB 3095/HJ 663 texts we have prescribe none for annual statistics. So an
 * annual PM2.5 mean of 30.2 is not attained against 30 even though it is published as "30".
 * A value equal to the limit is attained (GB 3095: "不超过").
 *
 * @param withinLimit value ≤ limit
 * @param complete    the statistic meets HJ 663's completeness rule (≥ 324 valid days, every month
 *                    ≥ 27, February ≥ 25); only then is the comparison a verdict
 * @param limitsId    the limit table, e.g. "GB3095-2026/transition"
 */
public record Attainment(Pollutant pollutant, StatisticKind statistic, double value, double limit,
                         boolean withinLimit, boolean complete, String limitsId) {

    /** Attained or not; empty while the statistic does not meet HJ 663's completeness rule. */
    public Optional<Boolean> attained() {
        return complete ? Optional.of(withinLimit) : Optional.empty();
    }
}
