package org.ecokiosk.standards.air.evaluation;

import java.util.OptionalDouble;
import org.ecokiosk.standards.air.Pollutant;

/** A 24 h mean; {@code mean} is present only when enough hours were valid. */
public record DailyMean(Pollutant pollutant, int validHours, OptionalDouble mean, String rulesId) {

    public boolean valid() {
        return mean.isPresent();
    }
}
