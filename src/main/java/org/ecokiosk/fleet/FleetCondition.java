package org.ecokiosk.fleet;

import java.time.Instant;
import java.util.Optional;

/**
 * What the kiosk shows about the fleet after each cycle: the alert in force (if any), when it
 * last heard from the office, and whether the last try failed (offline, or a refused snapshot).
 */
public record FleetCondition(Optional<FleetAlert> alert, Optional<Instant> lastSuccess, Optional<String> lastError) {
    public static FleetCondition unknown() {
        return new FleetCondition(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The last try failed: the kiosk shows its last good data and says since when. */
    public boolean failing() {
        return lastError.isPresent();
    }
}
