package org.ecokiosk.evaluation.noise;

import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.standards.noise.DayPeriod;
import org.ecokiosk.standards.noise.NoiseZone;

/**
 * A GB 3096 functional zone in one period of a year: its sites' mean level (0.1 dB) against the
 * zone's limit, and how many site-periods comply (the bulletins' 点次达标率).
 */
public record ZonePeriod(NoiseZone zone, DayPeriod period, int sites, int compliantSites, double leq,
                         double limit, boolean complies, DataOrigin origin) {
    public boolean sample() {
        return origin.isSample();
    }
}
