package org.ecokiosk.model;

import java.time.LocalDate;

/**
 * How often residents opened one screen in one language on one day: anonymous by design (no
 * time finer than the day, nothing about who), so it can leave the kiosk in a status report.
 */
public record UsageCount(LocalDate day, String screen, String language, long count) {
}
