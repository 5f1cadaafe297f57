package org.ecokiosk.plan;

import java.math.BigDecimal;
import java.util.Optional;
import org.ecokiosk.model.PlanFigure;
import org.ecokiosk.model.PlanIndicator;

/**
 * One indicator in one evaluation view.
 *
 * @param value the value judged: the newest after the baseline year up to the view's year
 *     (and the report year); empty when there is none
 * @param valueYear that value's year
 * @param valueIsSample true when that value is sample data
 * @param expectedOnPath where the straight path from baseline to target stands in
 *     {@code valueYear}; empty when there is no numeric path (text or class targets, no baseline)
 */
public record ProgressAssessment(PlanIndicator indicator, EvaluationView view, Optional<PlanFigure> value,
                                 Optional<Integer> valueYear, boolean valueIsSample,
                                 Optional<BigDecimal> expectedOnPath, ProgressStatus status) {
}
