package org.ecokiosk.evaluation.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecokiosk.evaluation.TargetStatus;

/**
 * Every 专栏2 target judged in one evaluation view for one year ({@link PlanProgress#judge}): the
 * one answer behind the kiosk's plan screen, home tile and attract loop and the reports' plan
 * tables, so the same snapshot and year give the same verdicts and the same tally everywhere.
 *
 * @param view the evaluation view (the kiosk and the reports' 终期 column: {@link EvaluationView#FINAL})
 * @param year the year judged: no figure after {@code min(view year, year)} is used
 * @param targets one assessment per target, in the plan's order (row 10 is two: 嘉陵江 and 梁滩河)
 */
public record PlanVerdicts(EvaluationView view, int year, List<ProgressAssessment> targets) {
    public PlanVerdicts {
        targets = List.copyOf(targets);
    }

    /** The newest year any figure judged may come from: the view's year, or the judged year if earlier. */
    public int upTo() {
        return Math.min(view.year(), year);
    }

    /** Status → number of targets ({@link TargetTally}); statuses no target has are absent. */
    public Map<TargetStatus, Integer> tally() {
        return TargetTally.of(targets.stream().map(ProgressAssessment::status).toList());
    }

    public int count(TargetStatus status) {
        return tally().getOrDefault(status, 0);
    }

    /** The target with this code, when the plan has it. */
    public Optional<ProgressAssessment> of(String code) {
        return targets.stream().filter(a -> a.indicator().code().equals(code)).findFirst();
    }

    /** Whether any figure judged is sample data. */
    public boolean usesSample() {
        return targets.stream().anyMatch(ProgressAssessment::latestIsSample);
    }
}
