package org.ecokiosk.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/** The hand-written hour key is the text the documented pattern gives, for every year it can meet. */
class AirTimeTest {
    private static final DateTimeFormatter PATTERN = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH");

    @Test
    void hourKeysAreThePatternsText() {
        LocalDateTime t = LocalDateTime.of(2013, 3, 1, 0, 0);
        for (int h = 0; h < 24 * 800; h += 7) {
            LocalDateTime hour = t.plusHours(h);
            assertEquals(PATTERN.format(hour), AirTime.hourKey(hour));
            assertEquals(hour, AirTime.parseHour(AirTime.hourKey(hour)));
        }
        for (int year : new int[] {1, 999, 1000, 2099, 9999, 10_000}) {
            LocalDateTime hour = LocalDateTime.of(year, 12, 31, 23, 0);
            assertEquals(PATTERN.format(hour), AirTime.hourKey(hour));
        }
    }
}
