package org.ecokiosk.evaluation.plan;

import java.math.BigDecimal;
import java.util.Optional;
import org.ecokiosk.evaluation.TargetStatus;
import org.ecokiosk.evaluation.YearFigure;
import org.ecokiosk.model.PlanIndicator;

/**
 * One indicator in one evaluation view.
 *
 * @param latest the figure judged: the newest after the baseline year up to the view's year (and
 *     the report year), with its year and origin; empty when there is none
 * @param baseline the plan's printed 2020 baseline, shown beside it; empty for "-", "/" or blank
 * @param expectedOnPath where the straight path from baseline to target stands in the latest
 *     figure's year; empty when there is no numeric path or the path is not needed
 */
public record ProgressAssessment(PlanIndicator indicator, EvaluationView view, Optional<YearFigure> latest,
                                 Optional<YearFigure> baseline, Optional<BigDecimal> expectedOnPath,
                                 TargetStatus status) {

    public boolean latestIsSample() {
        return latest.map(YearFigure::sample).orElse(false);
    }

    public Optional<Integer> latestYear() {
        return latest.map(YearFigure::year);
    }
}
