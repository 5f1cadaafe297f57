package org.ecokiosk.fleet;

import java.time.Instant;
import java.util.Optional;

/**
 * One pull cycle's outcome: the content SHA-256 the store now shows, whether this cycle changed
 * it, the alert to show now (already checked for expiry), why the cycle failed if it did, and
 * when the kiosk last heard from the office successfully.
 */
public record PullResult(Optional<String> snapshot, boolean changed, Optional<FleetAlert> alert,
                         Optional<String> error, Optional<Instant> lastSuccess) {
    public boolean ok() {
        return error.isEmpty();
    }
}
