package org.ecokiosk.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class DataAgeTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 14, 20);

    @Test
    void hourlyFiguresAreStaleAfterThreeHours() {
        assertFalse(DataAge.ofHour(NOW.minusHours(3), NOW, AgeLimits.DEFAULT).stale(), "exactly 3 h is still current");
        DataAge past = DataAge.ofHour(NOW.minusHours(3).minusMinutes(1), NOW, AgeLimits.DEFAULT);
        assertTrue(past.stale());
        assertEquals(3, past.amount());
        assertEquals(ChronoUnit.HOURS, past.unit());
        DataAge month = DataAge.ofHour(LocalDateTime.of(2026, 11, 1, 0, 0), NOW, AgeLimits.DEFAULT);
        assertEquals(new DataAge(30, ChronoUnit.DAYS, true), month);
        assertEquals(new DataAge(47, ChronoUnit.HOURS, true), DataAge.ofHour(NOW.minusHours(47), NOW, AgeLimits.DEFAULT));
        assertEquals(new DataAge(2, ChronoUnit.DAYS, true), DataAge.ofHour(NOW.minusHours(48), NOW, AgeLimits.DEFAULT));
    }

    @Test
    void dailyFiguresAreStaleAfterTwoDays() {
        LocalDate today = NOW.toLocalDate();
        assertEquals(new DataAge(1, ChronoUnit.DAYS, false), DataAge.ofDay(today.minusDays(1), today, AgeLimits.DEFAULT));
        assertEquals(new DataAge(2, ChronoUnit.DAYS, false), DataAge.ofDay(today.minusDays(2), today, AgeLimits.DEFAULT));
        assertEquals(new DataAge(3, ChronoUnit.DAYS, true), DataAge.ofDay(today.minusDays(3), today, AgeLimits.DEFAULT));
        assertEquals(new DataAge(31, ChronoUnit.DAYS, true),
                DataAge.ofDay(LocalDate.of(2026, 10, 31), today, AgeLimits.DEFAULT));
    }

    @Test
    void onlyACurrentFigureOfTodayIsToday() {
        LocalDate today = NOW.toLocalDate();
        assertTrue(DataAge.ofDay(today, today, AgeLimits.DEFAULT).isToday());
        assertFalse(DataAge.ofDay(today.minusDays(1), today, AgeLimits.DEFAULT).isToday());
        assertFalse(DataAge.ofHour(NOW.minusMinutes(10), NOW, AgeLimits.DEFAULT).isToday(), "an hour is not a day");
        assertEquals(0, DataAge.ofDay(today.plusDays(1), today, AgeLimits.DEFAULT).amount(), "future dates count as 0");
    }

    @Test
    void limitsAreConfigurable() {
        AgeLimits strict = new AgeLimits(Duration.ofHours(1), 1);
        assertTrue(DataAge.ofHour(NOW.minusMinutes(61), NOW, strict).stale());
        assertTrue(DataAge.ofDay(NOW.toLocalDate().minusDays(2), NOW.toLocalDate(), strict).stale());
        assertThrows(IllegalArgumentException.class, () -> new AgeLimits(Duration.ZERO, 2));
        assertThrows(IllegalArgumentException.class, () -> new AgeLimits(Duration.ofHours(3), 0));
    }
}
