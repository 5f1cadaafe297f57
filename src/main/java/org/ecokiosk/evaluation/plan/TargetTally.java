package org.ecokiosk.evaluation.plan;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.ecokiosk.evaluation.TargetStatus;

/**
 * How many of the plan's targets stand at each status: every target counted once — row 10's
 * 嘉陵江 and 梁滩河 are two targets of one indicator, judged apart — so the kiosk's "7 / 19" and
 * the reports' "19个目标：7个已达到" are one tally. The one home of that count.
 */
public final class TargetTally {
    private TargetTally() {
    }

    /** Status → number of targets, in the order of {@link TargetStatus}; statuses no target has are absent. */
    public static Map<TargetStatus, Integer> of(Collection<TargetStatus> statuses) {
        Map<TargetStatus, Integer> counts = new EnumMap<>(TargetStatus.class);
        statuses.forEach(s -> counts.merge(s, 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }

    /** How many indicators the plan numbers among {@code targets} (row 10's two rivers are one). */
    public static int indicators(Collection<ProgressAssessment> targets) {
        return (int) targets.stream().map(a -> a.indicator().seq()).distinct().count();
    }

    /** Indicators whose every target is met: row 10 counts once, met when both rivers are. */
    public static int indicatorsMet(Collection<ProgressAssessment> targets) {
        Map<Integer, Boolean> met = new java.util.TreeMap<>();
        targets.forEach(a -> met.merge(a.indicator().seq(), a.status() == TargetStatus.MET, Boolean::logicalAnd));
        return (int) met.values().stream().filter(m -> m).count();
    }
}
