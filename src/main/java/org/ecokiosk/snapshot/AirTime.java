package org.ecokiosk.snapshot;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Hours are stored as "yyyy-MM-ddTHH" so they sort as text and compare as time. */
final class AirTime {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH");

    private AirTime() {
    }

    static String hourKey(LocalDateTime hour) {
        return HOUR.format(hour);
    }

    static LocalDateTime parseHour(String key) {
        return LocalDateTime.parse(key + ":00");
    }
}
