package org.ecokiosk.evaluation;

import java.time.Duration;

/**
 * When a figure stops being current: an hourly figure older than {@code hourly} (after the time
 * it was published under), a daily figure more than {@code dailyDays} days before today. The
 * kiosk reads both from its configuration; {@link #DEFAULT} is 3 hours and 2 days — HJ 633-2026
 * publishes real-time values within the hour and the daily report by 12:00 the next day, so
 * anything older means the data stopped coming.
 */
public record AgeLimits(Duration hourly, int dailyDays) {

    public static final AgeLimits DEFAULT = new AgeLimits(Duration.ofHours(3), 2);

    public AgeLimits {
        if (hourly.isNegative() || hourly.isZero() || dailyDays < 1) {
            throw new IllegalArgumentException("age limits must be positive: " + hourly + ", " + dailyDays + " days");
        }
    }
}
