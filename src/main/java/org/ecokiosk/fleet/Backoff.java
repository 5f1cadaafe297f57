package org.ecokiosk.fleet;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When to try again: the regular interval after a success; after failures twice as long each
 * time, up to sixteen intervals. A tenth of random spread keeps dozens of kiosks that lost the
 * network together from all asking at the same second when it returns.
 */
final class Backoff {
    static final int MAX_FACTOR = 16;
    private final Duration every;
    private final RandomGenerator random;
    private int failures;

    Backoff(Duration every, RandomGenerator random) {
        this.every = every;
        this.random = random;
    }

    Duration next(boolean succeeded) {
        failures = succeeded ? 0 : Math.min(failures + 1, 31);
        long factor = Math.min(1L << Math.min(failures, 5), MAX_FACTOR);
        long base = every.toMillis() * (succeeded ? 1 : factor);
        long spread = base / 10;
        return Duration.ofMillis(base - spread / 2 + (spread > 0 ? random.nextLong(spread) : 0));
    }

    int failures() {
        return failures;
    }
}
