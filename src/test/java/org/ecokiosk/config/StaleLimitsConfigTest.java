package org.ecokiosk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class StaleLimitsConfigTest {

    @Test
    void defaultsAreThreeHoursAndTwoDays() {
        KioskConfig c = KioskConfig.fromProperties(Path.of("x"), new Properties());
        assertEquals(3, c.staleHourlyHours());
        assertEquals(2, c.staleDailyDays());
    }

    @Test
    void configuredValuesAreReadAndBadOnesFallBackWithAWarning() {
        Properties p = new Properties();
        p.setProperty("stale.hourly.hours", "6");
        p.setProperty("stale.daily.days", "0");
        KioskConfig c = KioskConfig.fromProperties(Path.of("x"), p);
        assertEquals(6, c.staleHourlyHours());
        assertEquals(2, c.staleDailyDays());
        assertTrue(c.warnings().stream().anyMatch(w -> w.startsWith("stale.daily.days")));
        assertEquals(6, c.withIdleSeconds(30).staleHourlyHours(), "kept by the with… copies");
    }
}
