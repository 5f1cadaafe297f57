package org.ecokiosk.kiosk.i18n;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.ecokiosk.model.Language;

/** Dates and times as residents read them: 2026年12月19日（星期六） or Saturday 19 Dec 2026. */
public final class DateTexts {
    private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.SIMPLIFIED_CHINESE);
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ZH_WEEKDAY = DateTimeFormatter.ofPattern("yyyy年M月d日（EEEE）",
            Locale.SIMPLIFIED_CHINESE);
    private static final DateTimeFormatter EN_WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private DateTexts() {
    }

    public static String date(LocalDate date, Language language) {
        return (language == Language.ZH ? ZH : EN).format(date);
    }

    public static String dateWithWeekday(LocalDate date, Language language) {
        return (language == Language.ZH ? ZH_WEEKDAY : EN_WEEKDAY).format(date);
    }

    public static String time(LocalTime time) {
        return TIME.format(time);
    }
}
