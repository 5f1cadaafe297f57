package org.ecokiosk.model;

import java.time.YearMonth;

/** All openings of one screen in one language in one month, on one kiosk since it started counting. */
public record MonthlyUsage(YearMonth month, String screen, String language, long count) {
}
