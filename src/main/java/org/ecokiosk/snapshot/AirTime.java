package org.ecokiosk.snapshot;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Hours are stored as "yyyy-MM-ddTHH" so they sort as text and compare as time. */
final class AirTime {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH");

    private AirTime() {
    }

    static String hourKey(LocalDateTime hour) {
        int year = hour.getYear();
        if (year < 1000 || year > 9999) {
            return HOUR.format(hour);
        }
        // the same text as the pattern, without the formatter's per-call work (one call per imported hour)
        char[] key = new char[13];
        digits(key, 0, year, 4);
        key[4] = '-';
        digits(key, 5, hour.getMonthValue(), 2);
        key[7] = '-';
        digits(key, 8, hour.getDayOfMonth(), 2);
        key[10] = 'T';
        digits(key, 11, hour.getHour(), 2);
        return new String(key);
    }

    private static void digits(char[] into, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            into[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    static LocalDateTime parseHour(String key) {
        return LocalDateTime.parse(key + ":00");
    }
}
