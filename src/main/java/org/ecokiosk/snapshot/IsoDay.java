package org.ecokiosk.snapshot;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The snapshot's dates ("2025-03-01"), read without the general-purpose formatter: a report
 * reads some four thousand station-days per build, and {@link LocalDate#parse} was about 2 % of
 * a bulletin's build time. Anything but a valid {@code yyyy-MM-dd} goes to
 * {@link LocalDate#parse}, so odd text fails (or passes) exactly as it did there.
 */
final class IsoDay {

    private IsoDay() {
    }

    static LocalDate parse(String text) {
        if (text != null && text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (DateTimeException e) {
                    // an impossible date ("2025-02-30"): LocalDate.parse gives its own message below
                }
            }
        }
        return LocalDate.parse(text);
    }

    /** The decimal number written by the ASCII digits in [from, to), or -1 when one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
