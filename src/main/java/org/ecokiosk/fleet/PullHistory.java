package org.ecokiosk.fleet;

import java.time.Instant;
import java.util.Optional;

/** What a kiosk tells the office about its pulls: last success, last try, last error, clock skew (seconds). */
public record PullHistory(Optional<Instant> lastSuccess, Optional<Instant> lastAttempt, Optional<String> lastError,
                          Optional<Long> clockSkewSeconds) {
}
