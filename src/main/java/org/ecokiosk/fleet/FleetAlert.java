package org.ecokiosk.fleet;

import java.time.Instant;

/**
 * A notice the office sends with the signed manifest (e.g. 重污染天气预警): shown over every
 * screen, in both languages, from when it was issued until {@code until}. Whether it is shown
 * at a moment is decided here and nowhere else.
 */
public record FleetAlert(AlertLevel level, String zh, String en, Instant issuedAt, Instant until) {
    /** Longest text per language: the banner must stay readable from a step away, in 大字 too. */
    public static final int MAX_TEXT = 200;

    public FleetAlert {
        if (zh.isBlank() || en.isBlank()) {
            throw new IllegalArgumentException("an alert needs both a Chinese and an English text");
        }
        if (!until.isAfter(issuedAt)) {
            throw new IllegalArgumentException("an alert must end after it is issued");
        }
    }

    /** The notice as a bilingual text, for whoever shows it in one language or all. */
    public org.ecokiosk.model.LocalizedText text() {
        return new org.ecokiosk.model.LocalizedText(zh, en);
    }

    /** Shown at {@code now}: issued and not yet expired. */
    public boolean isActiveAt(Instant now) {
        return now.isBefore(until);
    }
}
