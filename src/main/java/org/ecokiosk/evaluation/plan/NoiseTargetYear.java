package org.ecokiosk.evaluation.plan;

import java.util.Optional;
import org.ecokiosk.evaluation.TargetStatus;
import org.ecokiosk.evaluation.YearFigure;
import org.ecokiosk.model.NoiseKind;
import org.ecokiosk.standards.noise.NoiseGrade;

/**
 * One year of the district's daytime regional or road-traffic noise against the plan's 2025
 * ceiling (第五章: regional ≤ 53, trunk-road traffic ≤ 66 分贝), beside its HJ 640-2012 grade.
 * The plan writes its ceiling "到2025年"; every year is compared with it so an exceedance is seen
 * early, and {@link #status} says MET or NOT_MET for the year's figure (NO_DATA without one).
 *
 * @param figure the year's figure from the series (imported monitoring, published, or sample)
 */
public record NoiseTargetYear(NoiseKind kind, int year, Optional<YearFigure> figure, Optional<NoiseGrade> grade,
                              TargetStatus status) {
    public boolean exceeds() {
        return status == TargetStatus.NOT_MET;
    }
}
