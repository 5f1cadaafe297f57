package org.ecokiosk.plan;

import java.util.Optional;
import org.ecokiosk.model.PlanFigure;
import org.ecokiosk.model.PlanIndicator;

/** An indicator with the value it is judged on (and that value's year) and the verdict. */
public record TargetAssessment(PlanIndicator indicator, PlanFigure latest, Optional<Integer> latestYear,
                               boolean latestIsSample, TargetStatus status) {
}
