package org.ecokiosk.standards.air;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class AqiCalculatorTest {

    private final AqiCalculator calc = AqiCalculator.forDate(LocalDate.of(2025, 7, 1));

    private static Map<Pollutant, Double> day(double so2, double no2, double pm10, double co, double o3, double pm25) {
        return Map.of(Pollutant.SO2, so2, Pollutant.NO2, no2, Pollutant.PM10, pm10, Pollutant.CO, co,
                Pollutant.O3, o3, Pollutant.PM2_5, pm25);
    }

    @Test
    void dailyAqiIsTheHighestSubIndexWithPrimaryAndExceeding() {
        // PM2.5 80 -> 100 + 50*5/40 = 106.25 -> 107; PM10 120 -> 50 + 50*70/100 = 85
        AqiResult r = calc.daily(day(10, 30, 120, 0.8, 90, 80), OptionalDouble.empty()).orElseThrow();
        assertEquals(107, r.aqi());
        assertEquals(AqiLevel.LEVEL_3, r.level());
        assertEquals(List.of(Pollutant.PM2_5), r.primaryPollutants());
        assertEquals(List.of(Pollutant.PM2_5), r.exceedingPollutants());
        assertEquals(85, r.iaqiOf(Pollutant.PM10).getAsInt());
        assertEquals("HJ633-2012", r.rulesId());
        assertFalse(r.provisional());
        assertTrue(r.complete());
    }

    @Test
    void noPrimaryPollutantAtOrBelowFifty() {
        AqiResult r = calc.daily(day(10, 20, 50, 0.5, 60, 35), OptionalDouble.empty()).orElseThrow();
        assertEquals(50, r.aqi());
        assertEquals(AqiLevel.LEVEL_1, r.level());
        assertEquals(List.of(), r.primaryPollutants());
        assertEquals(List.of(), r.exceedingPollutants());
    }

    @Test
    void tiedPrimaryPollutantsAreAllListedInStandardOrder() {
        // PM10 150 -> 100, PM2.5 75 -> 100, NO2 80 -> 100
        AqiResult r = calc.daily(day(10, 80, 150, 0.5, 60, 75), OptionalDouble.empty()).orElseThrow();
        assertEquals(100, r.aqi());
        assertEquals(List.of(Pollutant.NO2, Pollutant.PM10, Pollutant.PM2_5), r.primaryPollutants());
        assertEquals(List.of(), r.exceedingPollutants(), "IAQI 100 is not exceeding; only > 100 is");
    }

    @Test
    void primaryJustAboveFiftyAndOneAboveHundredExceeds() {
        AqiResult r = calc.daily(day(10, 20, 50.1, 0.5, 60, 20), OptionalDouble.empty()).orElseThrow();
        assertEquals(51, r.aqi());
        assertEquals(List.of(Pollutant.PM10), r.primaryPollutants());
        AqiResult s = calc.daily(day(10, 20, 150.1, 0.5, 60, 20), OptionalDouble.empty()).orElseThrow();
        assertEquals(101, s.aqi());
        assertEquals(List.of(Pollutant.PM10), s.exceedingPollutants());
    }

    @Test
    void dayWithAMissingPollutantUsesTheOthersAndSaysWhichIsMissing() {
        Map<Pollutant, Double> noPm25 = Map.of(Pollutant.SO2, 10.0, Pollutant.NO2, 30.0, Pollutant.PM10, 200.0,
                Pollutant.CO, 0.8, Pollutant.O3, 90.0);
        AqiResult r = calc.daily(noPm25, OptionalDouble.empty()).orElseThrow();
        assertEquals(125, r.aqi()); // PM10 200 -> 100 + 50*50/100
        assertEquals(List.of(Pollutant.PM2_5), r.missingPollutants());
        assertFalse(r.complete());
        assertTrue(r.iaqiOf(Pollutant.PM2_5).isEmpty());
    }

    @Test
    void noValuesGiveNoAqi() {
        assertEquals(Optional.empty(), calc.daily(Map.of(), OptionalDouble.empty()));
    }

    @Test
    void dailyO3OneHourJoinsTheIndex() {
        // O3 8h 150 -> 50 + 50*50/60 = 91.67 -> 92; O3 1h 260 -> 100 + 50*60/100 = 130
        AqiResult r = calc.daily(day(10, 20, 40, 0.5, 150, 20), OptionalDouble.of(260)).orElseThrow();
        assertEquals(130, r.aqi());
        assertEquals(List.of(Pollutant.O3), r.primaryPollutants());
        assertEquals(2, r.subIndices().stream().filter(s -> s.pollutant() == Pollutant.O3).count());
    }

    @Test
    void o3EightHourAbove800UsesTheOneHourIaqi() {
        // 8h 801 > 800; 1h 900 -> 300 + 100*100/200 = 350
        AqiResult r = calc.daily(day(10, 20, 40, 0.5, 801, 20), OptionalDouble.of(900)).orElseThrow();
        SubIndex o38 = r.subIndices().stream().filter(s -> s.indicator() == IaqiIndicator.O3_8H).findFirst()
                .orElseThrow();
        assertEquals(350, o38.iaqi());
        assertEquals(SubIndexBasis.SUBSTITUTED, o38.basis());
        assertEquals(Optional.of(IaqiIndicator.O3_1H), o38.substitute());
        assertEquals(350, r.aqi());
        // exactly 800 is still in the 8 h column
        AqiResult at = calc.daily(day(10, 20, 40, 0.5, 800, 20), OptionalDouble.of(900)).orElseThrow();
        assertEquals(SubIndexBasis.INTERPOLATED, at.subIndices().stream()
                .filter(s -> s.indicator() == IaqiIndicator.O3_8H).findFirst().orElseThrow().basis());
    }

    @Test
    void o3EightHourAbove800WithoutOneHourIsLeftOutWithANote() {
        AqiResult r = calc.daily(day(10, 20, 40, 0.5, 801, 20), OptionalDouble.empty()).orElseThrow();
        assertEquals(List.of(AqiNote.O3_8H_ABOVE_TABLE_WITHOUT_1H), r.notes());
        assertEquals(List.of(Pollutant.O3), r.missingPollutants());
    }

    @Test
    void hourlySo2Above800UsesThe24HourIaqi() {
        Map<Pollutant, Double> hour = Map.of(Pollutant.SO2, 850.0, Pollutant.NO2, 50.0, Pollutant.PM10, 60.0,
                Pollutant.CO, 1.0, Pollutant.O3, 100.0, Pollutant.PM2_5, 40.0);
        // SO2 24h 500 -> 150 + 50*25/325 = 153.85 -> 154
        AqiResult r = calc.hourly(hour, OptionalDouble.empty(), OptionalDouble.of(500)).orElseThrow();
        SubIndex so2 = r.subIndices().stream().filter(s -> s.pollutant() == Pollutant.SO2).findFirst().orElseThrow();
        assertEquals(IaqiIndicator.SO2_1H, so2.indicator());
        assertEquals(154, so2.iaqi());
        assertEquals(SubIndexBasis.SUBSTITUTED, so2.basis());
        assertEquals(154, r.aqi());
        assertEquals(1, r.subIndices().stream().filter(s -> s.pollutant() == Pollutant.SO2).count(),
                "the 24 h SO2 value is a substitute only, not a separate sub-index");
        // at 800 the 1 h column still applies
        AqiResult at = calc.hourly(Map.of(Pollutant.SO2, 800.0), OptionalDouble.empty(), OptionalDouble.of(500))
                .orElseThrow();
        assertEquals(200, at.aqi());
    }

    @Test
    void hourlySo2Above800Without24HourIsLeftOutWithANote() {
        Optional<AqiResult> r = calc.hourly(Map.of(Pollutant.SO2, 850.0), OptionalDouble.empty(),
                OptionalDouble.empty());
        assertTrue(r.isEmpty());
        AqiResult withNo2 = calc.hourly(Map.of(Pollutant.SO2, 850.0, Pollutant.NO2, 100.0), OptionalDouble.empty(),
                OptionalDouble.empty()).orElseThrow();
        assertEquals(List.of(AqiNote.SO2_1H_ABOVE_TABLE_WITHOUT_24H), withNo2.notes());
        assertEquals(50, withNo2.aqi());
    }

    @Test
    void hourlyUsesOneHourColumnsAndOptionalO3EightHour() {
        // NO2 1h 200 -> 100; CO 1h 10 -> 100; O3 8h 161 -> 100 + 55*1/55 -> 101
        AqiResult r = calc.hourly(Map.of(Pollutant.NO2, 200.0, Pollutant.CO, 10.0), OptionalDouble.of(161),
                OptionalDouble.empty()).orElseThrow();
        assertEquals(101, r.aqi());
        assertEquals(List.of(Pollutant.O3), r.primaryPollutants());
        assertEquals(100, r.iaqiOf(Pollutant.NO2).getAsInt());
    }

    @Test
    void aboveTheTopIsCappedAt500AndNoted() {
        AqiResult r = calc.daily(Map.of(Pollutant.PM2_5, 620.0), OptionalDouble.empty()).orElseThrow();
        assertEquals(500, r.aqi());
        assertEquals(AqiLevel.LEVEL_6, r.level());
        assertEquals(List.of(AqiNote.CAPPED_AT_500), r.notes());
        assertEquals(SubIndexBasis.CAPPED_AT_TOP, r.subIndices().get(0).basis());
    }

    @Test
    void resultsFromMarch2026AreHj633_2026AndNotProvisional() {
        AqiResult r = AqiCalculator.forDate(LocalDate.of(2026, 3, 1))
                .daily(Map.of(Pollutant.PM2_5, 35.0), OptionalDouble.empty()).orElseThrow();
        assertFalse(r.provisional());
        assertEquals("HJ633-2026", r.rulesId());
        AqiResult before = AqiCalculator.forDate(LocalDate.of(2026, 2, 28))
                .daily(Map.of(Pollutant.PM2_5, 35.0), OptionalDouble.empty()).orElseThrow();
        assertFalse(before.provisional());
        assertEquals("HJ633-2012", before.rulesId());
    }
}
