package org.ecokiosk.standards.air.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import org.ecokiosk.standards.air.Pollutant;
import org.junit.jupiter.api.Test;

class DailyStatisticsTest {

    private final DailyStatistics stats = DailyStatistics.hj663_2013();

    static HourlyValues hours(Set<Integer> missing, IntToDoubleFunction value) {
        Map<Integer, Double> m = new HashMap<>();
        for (int h = 0; h < 24; h++) {
            if (!missing.contains(h)) {
                m.put(h, value.applyAsDouble(h));
            }
        }
        return HourlyValues.of(m);
    }

    static HourlyValues firstHours(int count, IntToDoubleFunction value) {
        Map<Integer, Double> m = new HashMap<>();
        for (int h = 0; h < count; h++) {
            m.put(h, value.applyAsDouble(h));
        }
        return HourlyValues.of(m);
    }

    @Test
    void dailyMeanNeedsTwentyHours() {
        DailyMean nineteen = stats.dailyMean(Pollutant.PM2_5, firstHours(19, h -> 2.0 * h));
        assertFalse(nineteen.valid());
        assertEquals(19, nineteen.validHours());
        DailyMean twenty = stats.dailyMean(Pollutant.PM2_5, firstHours(20, h -> 2.0 * h));
        assertTrue(twenty.valid());
        assertEquals(19.0, twenty.mean().getAsDouble(), 0.0); // 2 × (0+…+19) / 20
        assertEquals("HJ663-2013", twenty.rulesId());
    }

    @Test
    void dailyMeanIsExactDecimal() {
        // 0.1 added 24 times in doubles is 2.4000000000000004; the mean must be 0.1 exactly
        assertEquals(0.1, stats.dailyMean(Pollutant.CO, firstHours(24, h -> 0.1)).mean().getAsDouble(), 0.0);
    }

    @Test
    void seventeenWindowsStartingAtHoursZeroToSixteen() {
        List<EightHourWindow> w = stats.eightHourWindows(firstHours(24, h -> 1.0));
        assertEquals(17, w.size());
        assertEquals(0, w.get(0).startHour());
        assertEquals(8, w.get(0).endHour());
        assertEquals(16, w.get(16).startHour());
        assertEquals(24, w.get(16).endHour());
    }

    @Test
    void eightHourWindowNeedsSixOfEightHours() {
        // window 0 covers hours 0–7
        EightHourWindow six = stats.eightHourWindows(hours(Set.of(6, 7), h -> 10.0 * h)).get(0);
        assertTrue(six.valid());
        assertEquals(6, six.validHours());
        assertEquals(25.0, six.mean().getAsDouble(), 0.0); // 10 × (0+…+5) / 6
        EightHourWindow five = stats.eightHourWindows(hours(Set.of(5, 6, 7), h -> 10.0 * h)).get(0);
        assertFalse(five.valid());
        assertEquals(5, five.validHours());
    }

    @Test
    void fourteenValidWindowsMakeAValidDailyMaximum() {
        // missing 0–3 invalidates windows 0 and 1; missing 21–23 invalidates window 16 -> 14 valid
        DailyMaxEightHour d = stats.dailyMaxEightHour(hours(Set.of(0, 1, 2, 3, 21, 22, 23), h -> 100.0));
        assertEquals(14, d.validWindows());
        assertTrue(d.valid());
        assertFalse(d.validOnlyByExceedance());
        assertEquals(100.0, d.value().getAsDouble(), 0.0);
    }

    @Test
    void thirteenValidWindowsAtOrBelowTheLimitAreNotValid() {
        // additionally missing hour 20 invalidates window 15 -> 13 valid
        DailyMaxEightHour d = stats.dailyMaxEightHour(hours(Set.of(0, 1, 2, 3, 20, 21, 22, 23), h -> 160.0));
        assertEquals(13, d.validWindows());
        assertFalse(d.valid());
    }

    @Test
    void thirteenValidWindowsAboveTheLimitStillCount() {
        // values 10 × h: the best valid window is 14 (hours 14–21, present 14–19): 10 × 99 / 6 = 165 > 160
        DailyMaxEightHour d = stats.dailyMaxEightHour(hours(Set.of(0, 1, 2, 3, 20, 21, 22, 23), h -> 10.0 * h));
        assertEquals(13, d.validWindows());
        assertTrue(d.valid());
        assertTrue(d.validOnlyByExceedance());
        assertEquals(165.0, d.value().getAsDouble(), 0.0);
    }

    @Test
    void dailyMaximumIsTheLargestValidWindow() {
        // 10 × h, 14 valid windows: window 15 (hours 15–22, present 15–20): 10 × 105 / 6 = 175
        DailyMaxEightHour d = stats.dailyMaxEightHour(hours(Set.of(0, 1, 2, 3, 21, 22, 23), h -> 10.0 * h));
        assertEquals(175.0, d.value().getAsDouble(), 0.0);
        // full day: window 16 (hours 16–23): 10 × 156 / 8 = 195
        assertEquals(195.0, stats.dailyMaxEightHour(firstHours(24, h -> 10.0 * h)).value().getAsDouble(), 0.0);
    }

    @Test
    void hourlyValuesRejectBadHoursAndValues() {
        assertThrows(IllegalArgumentException.class, () -> HourlyValues.of(Map.of(24, 1.0)));
        assertThrows(IllegalArgumentException.class, () -> HourlyValues.of(Map.of(3, Double.NaN)));
        assertThrows(IllegalArgumentException.class, () -> HourlyValues.of(Map.of(3, -1.0)));
    }
}
