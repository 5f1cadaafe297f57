package org.ecokiosk.operations;

import org.ecokiosk.model.DistrictZone;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.ecokiosk.fleet.AlertLevel;
import org.ecokiosk.fleet.FleetAlert;
import org.ecokiosk.fleet.FleetException;

/**
 * An alert as staff type it — level, Chinese and English text, end time — on the command line or
 * in admin mode. Checked here and nowhere else, so both refuse the same input with the same words.
 */
public record AlertRequest(String level, String zh, String en, String until) {
    /** The alert issued at {@code now}; refused (field named) when a part is missing, too long or already past. */
    public FleetAlert toAlert(Instant now) throws FleetException {
        AlertLevel parsed = AlertLevel.parse(level).orElseThrow(() -> new FleetException("level '" + level
                + "' must be blue, yellow, orange or red"));
        String zhText = text("zh", "Chinese", zh);
        String enText = text("en", "English", en);
        Instant end = until(until);
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

    /** An ISO time with offset, or without one in Beijing time. */
    static Instant until(String text) throws FleetException {
        String t = text == null ? "" : text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                // a time without an offset is the district's own (China Standard Time)
                return LocalDateTime.parse(t).atZone(DistrictZone.ID).toInstant();
            } catch (DateTimeParseException e) {
                throw new FleetException("until '" + t + "' is not an ISO time such as 2026-12-03T20:00+08:00");
            }
        }
    }
}
