package org.ecokiosk.evaluation.water;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.evaluation.TargetStatus;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.WaterSection;
import org.ecokiosk.standards.water.WaterAssessment;
import org.ecokiosk.standards.water.WaterClass;
import org.ecokiosk.standards.water.WaterParameter;

/**
 * A water body's class from some samples (a year's, or the newest one), its target and verdict.
 *
 * @param samples    how many samples were used
 * @param sampled    the newest of them
 * @param assessment the GB 3838 single-factor assessment; empty when nothing classifiable was
 *     measured (then {@code waterClass} is the class the monitoring station published, if any)
 * @param status     MET / NOT_MET against the target; NO_DATA without a class or a target
 */
public record SectionClass(WaterSection section, int samples, Optional<LocalDate> sampled,
                           Optional<WaterAssessment> assessment, Optional<WaterClass> waterClass,
                           Optional<WaterClass> target, TargetStatus status, DataOrigin origin) {

    public boolean sample() {
        return origin.isSample();
    }

    public boolean hasTarget() {
        return target.isPresent();
    }

    /** When the target is missed, the parameters worse than it; else the parameters that set the class. */
    public List<WaterParameter> deciding() {
        if (assessment.isEmpty()) {
            return List.of();
        }
        if (status == TargetStatus.NOT_MET) {
            List<WaterParameter> worse = assessment.get().parametersWorseThan(target.orElseThrow());
            if (!worse.isEmpty()) {
                return worse;
            }
        }
        return assessment.get().decidingParameters();
    }
}
