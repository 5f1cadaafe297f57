package org.ecokiosk.operations;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.ecokiosk.fleet.AlertLevel;
import org.ecokiosk.fleet.FleetAlert;
import org.ecokiosk.fleet.FleetException;

/**
 * An alert as staff type it — level, Chinese and English text, end time — on the command line or
 * in admin mode. Checked here and nowhere else, so both refuse the same input with the same words.
 */
public record AlertRequest(String level, String zh, String en, String until) {
    /**
     * The alert issued at {@code now}; refused (field named) when a part is missing, too long or already past.
     * An end time typed without an offset is read in {@code zone}, the kiosk's ({@code kiosk.zone}), so
     * staff type it as the banner and admin mode will show it.
     */
    public FleetAlert toAlert(Instant now, ZoneId zone) throws FleetException {
        AlertLevel parsed = AlertLevel.parse(level).orElseThrow(() -> new FleetException("level '" + level
                + "' must be blue, yellow, orange or red"));
        String zhText = text("zh", "Chinese", zh);
        String enText = text("en", "English", en);
        Instant end = until(until, zone);
        if (!end.isAfter(now)) {
            throw new FleetException("until " + until.strip() + " is already past; an expired alert is never shown");
        }
        return new FleetAlert(parsed, zhText, enText, now, end);
    }

    private static String text(String field, String language, String value) throws FleetException {
        String t = value == null ? "" : value.strip();
        if (t.isEmpty()) {
            throw new FleetException(field + " (the " + language + " text) is empty: the alert needs its text in both"
                    + " languages");
        }
        if (t.length() > FleetAlert.MAX_TEXT) {
            throw new FleetException(field + " (the " + language + " text) is " + t.length() + " characters; at most "
                    + FleetAlert.MAX_TEXT + " fit on the banner");
        }
        return t;
    }

    /** An ISO time with offset, or without one in {@code zone}. */
    static Instant until(String text, ZoneId zone) throws FleetException {
        String t = text == null ? "" : text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(t).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw new FleetException("until '" + t + "' is not an ISO time such as 2026-12-03T20:00+08:00");
            }
        }
    }
}
