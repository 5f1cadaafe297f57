package org.ecokiosk.evaluation.noise;

import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.NoiseKind;

/** Regional or road-traffic noise of one year, day and night. */
public record SurveyYear(NoiseKind kind, int year, NoiseLevel day, NoiseLevel night, DataOrigin origin) {
    public boolean sample() {
        return origin.isSample();
    }
}
