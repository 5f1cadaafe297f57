package org.ecokiosk.evaluation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * How old a figure is, in the unit a resident would say it in, and whether it is past its limit.
 * Screens turn {@code amount} and {@code unit} into words from their bundles ("3 小时前",
 * "31 天前"); a stale figure is never labelled "今天".
 *
 * @param amount whole units, never negative (a figure dated in the future counts as 0)
 * @param unit   {@link ChronoUnit#HOURS} below two days for hourly figures, else {@link ChronoUnit#DAYS}
 * @param stale  past its {@link AgeLimits} limit
 */
public record DataAge(long amount, ChronoUnit unit, boolean stale) {

    public DataAge {
        if (amount < 0 || (unit != ChronoUnit.HOURS && unit != ChronoUnit.DAYS)) {
            throw new IllegalArgumentException("an age is a whole number of hours or days: " + amount + " " + unit);
        }
    }

    /** An hourly figure published at {@code reportedAt}, seen at {@code now}. */
    public static DataAge ofHour(LocalDateTime reportedAt, LocalDateTime now, AgeLimits limits) {
        Duration age = Duration.between(reportedAt, now);
        if (age.isNegative()) {
            age = Duration.ZERO;
        }
        boolean stale = age.compareTo(limits.hourly()) > 0;
        long hours = age.toHours();
        return hours < 48 ? new DataAge(hours, ChronoUnit.HOURS, stale) : new DataAge(age.toDays(), ChronoUnit.DAYS, stale);
    }

    /** A daily figure of {@code date}, seen on {@code today}. */
    public static DataAge ofDay(LocalDate date, LocalDate today, AgeLimits limits) {
        long days = Math.max(0, ChronoUnit.DAYS.between(date, today));
        return new DataAge(days, ChronoUnit.DAYS, days > limits.dailyDays());
    }

    /** True for a daily figure of today itself that is not stale — the only case "今天" may be said. */
    public boolean isToday() {
        return unit == ChronoUnit.DAYS && amount == 0 && !stale;
    }
}
