package org.ecokiosk.fleet;

import java.time.Duration;

/**
 * How long ago, in the unit a person reads at a glance: minutes below two hours, hours below two
 * days, then days. The kiosk's offline note, the office's fleet table and admin mode all say ages
 * this way; each only words it in its own language.
 */
public record Age(long amount, Unit unit) {
    public enum Unit { MINUTES, HOURS, DAYS }

    /** A negative duration (a clock ahead of the office's) reads as 0 minutes. */
    public static Age of(Duration d) {
        if (d.isNegative()) {
            return new Age(0, Unit.MINUTES);
        }
        if (d.toMinutes() < 120) {
            return new Age(d.toMinutes(), Unit.MINUTES);
        }
        if (d.toHours() < 48) {
            return new Age(d.toHours(), Unit.HOURS);
        }
        return new Age(d.toDays(), Unit.DAYS);
    }
}
