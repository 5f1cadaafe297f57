package org.ecokiosk.evaluation.water;

import java.util.OptionalDouble;
import org.ecokiosk.model.DataOrigin;

/**
 * The centralised drinking-water sources: how many there are, how many have a class, how many of
 * those reach Class III, and the compliance rate in percent (by number of sources, as the plan's
 * indicator 11 counts it). {@code origin} is the weakest origin among the judged sources.
 */
public record DrinkingWater(int sources, int judged, int compliant, OptionalDouble ratePercent, DataOrigin origin) {
    public boolean sample() {
        return origin.isSample();
    }
}
