package org.ecokiosk.kiosk.i18n;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import org.ecokiosk.model.Language;

/**
 * Dates and times as residents read them: 2026年12月19日（星期六） or Saturday 19 Dec 2026. The
 * patterns are UI text like any other, so they come from the bundles ({@code format.date},
 * {@code format.dateWeekday}, {@code format.dateShort}), read once per language.
 */
public final class DateTexts {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Map<Language, Patterns> PATTERNS = new EnumMap<>(Language.class);

    private record Patterns(DateTimeFormatter date, DateTimeFormatter weekday, DateTimeFormatter shortDate,
                            DateTimeFormatter hour) {
        static Patterns of(Language l) {
            ResourceBundle b = Messages.bundle(l);
            return new Patterns(DateTimeFormatter.ofPattern(b.getString("format.date"), l.locale()),
                    DateTimeFormatter.ofPattern(b.getString("format.dateWeekday"), l.locale()),
                    DateTimeFormatter.ofPattern(b.getString("format.dateShort"), l.locale()),
                    DateTimeFormatter.ofPattern(b.getString("format.hour"), l.locale()));
        }
    }

    static {
        for (Language l : Language.values()) {
            PATTERNS.put(l, Patterns.of(l));
        }
    }

    private DateTexts() {
    }

    /** 2026年3月5日 / 5 Mar 2026. */
    public static String date(LocalDate date, Language language) {
        return PATTERNS.get(language).date().format(date);
    }

    /** 2026年3月5日（星期四） / Thursday 5 Mar 2026. */
    public static String dateWithWeekday(LocalDate date, Language language) {
        return PATTERNS.get(language).weekday().format(date);
    }

    /** 3月5日 / 5 Mar: a day in a calendar whose year is said once above it. */
    public static String shortDate(LocalDate date, Language language) {
        return PATTERNS.get(language).shortDate().format(date);
    }

    /** 12月1日 14时 / 1 Dec, 14:00: the hour a real-time figure is published under. */
    public static String hour(java.time.LocalDateTime at, Language language) {
        return PATTERNS.get(language).hour().format(at);
    }

    public static String time(LocalTime time) {
        return TIME.format(time);
    }

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    /**
     * 14:03:30: an instant as the kiosk's clock shows it, in the kiosk's zone ({@code kiosk.zone}),
     * never the machine's (a kiosk PC set to UTC still shows Chongqing time).
     */
    public static String clockTime(java.time.Instant at, java.time.ZoneId kioskZone) {
        return CLOCK.format(at.atZone(kioskZone));
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /**
     * 2026-12-01 23:59:00: when something was done (an audit line), in the kiosk's zone
     * ({@code kiosk.zone}), never the machine's: a staff PC set to UTC reads the same times as the kiosk.
     */
    public static String stamp(java.time.Instant at, java.time.ZoneId kioskZone) {
        return STAMP.format(at.atZone(kioskZone));
    }
}
