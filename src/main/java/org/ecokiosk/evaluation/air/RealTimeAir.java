package org.ecokiosk.evaluation.air;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The latest hour with data and the 24 hours that end with it, oldest first; an hour without
 * any value is present with an empty AQI, so a curve shows the gap instead of joining across it.
 */
public record RealTimeAir(HourFigures latest, List<HourFigures> last24Hours) {

    public RealTimeAir {
        last24Hours = List.copyOf(last24Hours);
        if (last24Hours.size() != 24 || !last24Hours.get(23).hour().equals(latest.hour())) {
            throw new IllegalArgumentException("24 hours ending with the latest");
        }
    }

    /** The publication time of the latest hour ("更新于 12月1日 14时"). */
    public LocalDateTime reportedAt() {
        return latest.reportedAt();
    }
}
