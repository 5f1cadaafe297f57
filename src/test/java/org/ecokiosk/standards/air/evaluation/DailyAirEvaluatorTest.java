package org.ecokiosk.standards.air.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ecokiosk.standards.air.AqiResult;
import org.ecokiosk.standards.air.Pollutant;
import org.junit.jupiter.api.Test;

class DailyAirEvaluatorTest {

    private static Map<Pollutant, HourlyValues> fullDay() {
        Map<Pollutant, HourlyValues> m = new EnumMap<>(Pollutant.class);
        m.put(Pollutant.SO2, DailyStatisticsTest.firstHours(24, h -> 10.0));
        m.put(Pollutant.NO2, DailyStatisticsTest.firstHours(24, h -> 30.0));
        m.put(Pollutant.PM10, DailyStatisticsTest.firstHours(24, h -> 60.0));
        m.put(Pollutant.CO, DailyStatisticsTest.firstHours(24, h -> 0.8));
        m.put(Pollutant.O3, DailyStatisticsTest.firstHours(24, h -> 10.0 * h));
        m.put(Pollutant.PM2_5, DailyStatisticsTest.firstHours(24, h -> 40.0));
        return m;
    }

    @Test
    void fromHourlyValuesToDailyAqi() {
        DailyAirEvaluation d = DailyAirEvaluator.evaluate(LocalDate.of(2024, 5, 4), fullDay());
        assertEquals(Map.of(Pollutant.SO2, 10.0, Pollutant.NO2, 30.0, Pollutant.PM10, 60.0, Pollutant.CO, 0.8,
                Pollutant.O3, 195.0, Pollutant.PM2_5, 40.0), d.dailyValues());
        assertEquals(230.0, d.o3Max1h().getAsDouble(), 0.0);
        AqiResult aqi = d.aqi().orElseThrow();
        // O3 8 h 195 -> 100 + 50 × 35/55 = 131.8 -> 132; O3 1 h 230 -> 100 + 50 × 30/100 = 115
        assertEquals(132, aqi.aqi());
        assertEquals(List.of(Pollutant.O3), aqi.primaryPollutants());
        assertEquals("HJ663-2013", d.rulesId());
        assertFalse(d.provisional());
        assertTrue(aqi.complete());
    }

    @Test
    void aPollutantWithNineteenHoursIsMissingFromTheDay() {
        Map<Pollutant, HourlyValues> m = fullDay();
        m.put(Pollutant.PM2_5, DailyStatisticsTest.firstHours(19, h -> 40.0));
        DailyAirEvaluation d = DailyAirEvaluator.evaluate(LocalDate.of(2024, 5, 4), m);
        assertFalse(d.dailyValues().containsKey(Pollutant.PM2_5));
        assertEquals(19, d.means().get(Pollutant.PM2_5).validHours());
        assertEquals(List.of(Pollutant.PM2_5), d.aqi().orElseThrow().missingPollutants());
        assertFalse(d.toDailyValues().values().containsKey(Pollutant.PM2_5));
    }

    @Test
    void aDayWithoutDataHasNoAqi() {
        DailyAirEvaluation d = DailyAirEvaluator.evaluate(LocalDate.of(2024, 5, 4), Map.of());
        assertTrue(d.aqi().isEmpty());
        assertTrue(d.dailyValues().isEmpty());
    }

    @Test
    void daysFromMarch2026AreIndexedByHj633_2026AndNotProvisional() {
        DailyAirEvaluation d = DailyAirEvaluator.evaluate(LocalDate.of(2026, 3, 1), fullDay());
        assertFalse(d.provisional());
        assertFalse(d.aqi().orElseThrow().provisional());
        assertEquals("HJ633-2026", d.aqi().orElseThrow().rulesId());
        assertEquals("HJ663-2013", d.rulesId(), "HJ 663-2026's text is missing: HJ 663-2013's method");
        assertEquals("HJ633-2012", DailyAirEvaluator.evaluate(LocalDate.of(2026, 2, 28), fullDay()).aqi()
                .orElseThrow().rulesId());
    }
}
