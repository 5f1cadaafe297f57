package org.ecokiosk.standards.air;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** HJ 633-2026 beyond its breakpoints: six daily indicators, rounding, caps, real-time PM, 表2. */
class Hj633Rules2026Test {

    private final AqiCalculator rules2026 = AqiCalculator.forDate(LocalDate.of(2026, 12, 1));
    private final AqiCalculator rules2012 = AqiCalculator.forDate(LocalDate.of(2025, 12, 1));

    private static Map<Pollutant, Double> day(double so2, double no2, double pm10, double co, double o3, double pm25) {
        Map<Pollutant, Double> m = new EnumMap<>(Pollutant.class);
        m.put(Pollutant.SO2, so2);
        m.put(Pollutant.NO2, no2);
        m.put(Pollutant.PM10, pm10);
        m.put(Pollutant.CO, co);
        m.put(Pollutant.O3, o3);
        m.put(Pollutant.PM2_5, pm25);
        return m;
    }

    @Test
    void theDailyAqiHasSixIndicatorsIn2026AndSevenIn2012() {
        assertEquals(6, Hj633Rules2026.TRANSITION.dailyIndicators().size());
        assertFalse(Hj633Rules2026.TRANSITION.dailyIndicators().contains(IaqiIndicator.O3_1H));
        assertEquals(7, Hj633Rules2012.INSTANCE.dailyIndicators().size());
        assertTrue(Hj633Rules2012.INSTANCE.dailyIndicators().contains(IaqiIndicator.O3_1H));
        // O3 8h 150 -> 92; the day's max 1 h O3 260 -> 130 counts only under HJ 633-2012
        Map<Pollutant, Double> d = day(10, 20, 40, 0.5, 150, 20);
        AqiResult old = rules2012.daily(d, OptionalDouble.of(260)).orElseThrow();
        assertEquals(130, old.aqi());
        assertEquals(7, old.subIndices().size());
        AqiResult now = rules2026.daily(d, OptionalDouble.of(260)).orElseThrow();
        assertEquals(92, now.aqi());
        assertEquals(6, now.subIndices().size());
        assertTrue(now.subIndices().stream().noneMatch(s -> s.indicator() == IaqiIndicator.O3_1H));
        assertEquals(AqiReportType.DAILY, now.report());
        assertEquals("HJ633-2026", now.rulesId());
    }

    @ParameterizedTest(name = "PM2.5 {0}: 2012 {1}, 2026 {2}")
    @CsvSource({
            "60, 82, 100",
            "60.5, 82, 100", // 2026 rounds to the even 60 first
            "61, 83, 101",
            "70, 94, 110",
            "74.5, 100, 113", // 2026: 74 -> 100 + 50 × 14/55 = 112.7
            "75, 100, 114",
            "75.5, 101, 115", // 2026: 76; 2012 unrounded: 100.6 -> 101
            "35.5, 51, 52" // 2026: 36 (5 after an odd 5) -> 50 + 50 × 1/25; 2012 unrounded: 50.6 -> 51
    })
    void pm25ThatWas良IsNow轻度污染(double pm25, int iaqi2012, int iaqi2026) {
        assertEquals(iaqi2012, rules2012.subIndex(IaqiIndicator.PM2_5_24H, pm25).orElseThrow().iaqi());
        assertEquals(iaqi2026, rules2026.subIndex(IaqiIndicator.PM2_5_24H, pm25).orElseThrow().iaqi());
    }

    @Test
    void pm10BandAt100Is120() {
        assertEquals(100, rules2026.subIndex(IaqiIndicator.PM10_24H, 120).orElseThrow().iaqi());
        assertEquals(101, rules2026.subIndex(IaqiIndicator.PM10_24H, 121).orElseThrow().iaqi());
        assertEquals(85, rules2012.subIndex(IaqiIndicator.PM10_24H, 120).orElseThrow().iaqi());
        AqiResult r = rules2026.daily(day(10, 20, 130, 0.5, 60, 20), OptionalDouble.empty()).orElseThrow();
        assertEquals(104, r.aqi()); // 100 + 50 × 10/130 = 103.8
        assertEquals(AqiLevel.LEVEL_3, r.level());
        assertEquals(List.of(Pollutant.PM10), r.primaryPollutants());
    }

    @Test
    void coIsRoundedToOneDecimalBeforeItsIaqi() {
        assertEquals(0, rules2026.subIndex(IaqiIndicator.CO_24H, 0.05).orElseThrow().iaqi());
        assertEquals(5, rules2026.subIndex(IaqiIndicator.CO_24H, 0.15).orElseThrow().iaqi());
        assertEquals(5, rules2026.subIndex(IaqiIndicator.CO_24H, 0.25).orElseThrow().iaqi());
        assertEquals(10, rules2026.subIndex(IaqiIndicator.CO_24H, 0.35).orElseThrow().iaqi());
        // HJ 633-2012 indexed the value as given: 0.05 -> 1.25 -> 2; 0.15 -> 3.75 -> 4
        assertEquals(2, rules2012.subIndex(IaqiIndicator.CO_24H, 0.05).orElseThrow().iaqi());
        assertEquals(4, rules2012.subIndex(IaqiIndicator.CO_24H, 0.15).orElseThrow().iaqi());
    }

    @Test
    void iaqiAndAqiAreRoundedUpAfterTheConcentrationIsRounded() {
        // NO2 24 h 41 -> 50 + 50 × 1/40 = 51.25 -> 52 ; 40.4 -> 40 -> 50
        assertEquals(52, rules2026.subIndex(IaqiIndicator.NO2_24H, 41).orElseThrow().iaqi());
        assertEquals(50, rules2026.subIndex(IaqiIndicator.NO2_24H, 40.4).orElseThrow().iaqi());
        assertEquals(51, rules2012.subIndex(IaqiIndicator.NO2_24H, 40.4).orElseThrow().iaqi());
    }

    @Test
    void oneHourSo2Above800CountsAs200() {
        AqiResult r = rules2026.realTime(Map.of(Pollutant.SO2, 850.0, Pollutant.NO2, 50.0)).orElseThrow();
        SubIndex so2 = r.subIndices().stream().filter(s -> s.pollutant() == Pollutant.SO2).findFirst().orElseThrow();
        assertEquals(200, so2.iaqi());
        assertEquals(SubIndexBasis.FIXED_ABOVE_TABLE, so2.basis());
        assertEquals(Optional.empty(), so2.substitute());
        assertEquals(200, r.aqi());
        assertEquals(List.of(), r.notes(), "no 24 h value is needed any more");
        // 800.5 rounds to the even 800: still in the column
        assertEquals(SubIndexBasis.INTERPOLATED, rules2026.subIndex(IaqiIndicator.SO2_1H, 800.5).orElseThrow().basis());
        assertEquals(SubIndexBasis.FIXED_ABOVE_TABLE,
                rules2026.subIndex(IaqiIndicator.SO2_1H, 800.6).orElseThrow().basis());
        // HJ 633-2012 instead wanted the 24 h IAQI
        assertTrue(rules2012.subIndex(IaqiIndicator.SO2_1H, 850).isEmpty());
        assertEquals(154, rules2012.hourly(Map.of(Pollutant.SO2, 850.0), OptionalDouble.empty(), OptionalDouble.of(500))
                .orElseThrow().aqi());
        assertEquals(200, rules2026.hourly(Map.of(Pollutant.SO2, 850.0), OptionalDouble.empty(), OptionalDouble.of(500))
                .orElseThrow().aqi(), "under HJ 633-2026 the 24 h value plays no part");
    }

    @Test
    void eightHourO3Above800CountsAs300() {
        AqiResult r = rules2026.daily(day(10, 20, 40, 0.5, 900, 20), OptionalDouble.empty()).orElseThrow();
        assertEquals(300, r.aqi());
        assertEquals(AqiLevel.LEVEL_5, r.level());
        assertEquals(SubIndexBasis.FIXED_ABOVE_TABLE, r.subIndices().stream()
                .filter(s -> s.indicator() == IaqiIndicator.O3_8H).findFirst().orElseThrow().basis());
        assertEquals(List.of(), r.notes());
        assertEquals(300, rules2026.subIndex(IaqiIndicator.O3_8H, 800).orElseThrow().iaqi());
        assertEquals(SubIndexBasis.INTERPOLATED, rules2026.subIndex(IaqiIndicator.O3_8H, 800).orElseThrow().basis());
        assertEquals(300, rules2026.subIndex(IaqiIndicator.O3_8H, 801).orElseThrow().iaqi());
        // 2012: 8 h above 800 without a 1 h value was left out
        assertEquals(List.of(AqiNote.O3_8H_ABOVE_TABLE_WITHOUT_1H),
                rules2012.daily(day(10, 20, 40, 0.5, 900, 20), OptionalDouble.empty()).orElseThrow().notes());
    }

    @Test
    void realTimeJudgesHourlyPmOnThe24HourBands() {
        // PM2.5 1 h 61 -> 100 + 50 × 1/55 = 100.9 -> 101; PM10 1 h 121 -> 101; NO2 1 h 200 -> 100
        AqiResult r = rules2026.realTime(Map.of(Pollutant.PM2_5, 61.0, Pollutant.PM10, 121.0, Pollutant.NO2, 200.0,
                Pollutant.SO2, 10.0, Pollutant.CO, 0.6, Pollutant.O3, 90.0)).orElseThrow();
        assertEquals(AqiReportType.REAL_TIME, r.report());
        assertEquals(101, r.aqi());
        assertEquals(List.of(Pollutant.PM10, Pollutant.PM2_5), r.primaryPollutants());
        assertTrue(r.complete());
        assertEquals(6, r.subIndices().size());
        assertEquals(IaqiIndicator.PM2_5_24H, r.subIndices().stream().filter(s -> s.pollutant() == Pollutant.PM2_5)
                .findFirst().orElseThrow().indicator());
        assertEquals(IaqiIndicator.O3_1H, r.subIndices().stream().filter(s -> s.pollutant() == Pollutant.O3)
                .findFirst().orElseThrow().indicator());
    }

    @Test
    void sensitiveGroupsOfTable2ForEachPollutantAbove100() {
        // PM2.5 80 -> 100 + 50 × 20/55 = 118.2 -> 119; O3 8 h 170 -> 100 + 50 × 10/55 = 109.1 -> 110; NO2 30 -> 38
        AqiResult r = rules2026.daily(day(10, 30, 60, 0.5, 170, 80), OptionalDouble.empty()).orElseThrow();
        assertEquals(119, r.aqi());
        assertEquals(List.of(Pollutant.O3, Pollutant.PM2_5), r.exceedingPollutants());
        HealthAdvice advice = r.healthAdvice();
        assertEquals(AqiLevel.LEVEL_3, advice.level());
        assertFalse(advice.atLeast());
        assertEquals(AqiLevel.LEVEL_3.adviceZh(), advice.advice().zh());
        assertEquals(2, advice.sensitiveGroups().size());
        HealthAdvice.PollutantGroups o3 = advice.sensitiveGroups().get(0);
        assertEquals(Pollutant.O3, o3.pollutant());
        assertEquals(110, o3.iaqi());
        assertEquals(List.of(SensitiveGroup.RESPIRATORY_DISEASE, SensitiveGroup.CHILDREN_AND_TEENAGERS,
                SensitiveGroup.OFTEN_ACTIVE_OUTDOORS, SensitiveGroup.ELDERLY), o3.groups());
        assertEquals("对臭氧（O3）敏感的人群：呼吸系统疾病（哮喘）患者、儿童和青少年、经常户外活动的人群、老年人",
                o3.sentence().zh());
        assertEquals("Sensitive to ozone: people with respiratory disease (asthma), children and teenagers, "
                + "people often active outdoors, the elderly", o3.sentence().en());
        assertEquals(List.of(SensitiveGroup.CARDIOVASCULAR_OR_RESPIRATORY_DISEASE,
                SensitiveGroup.CHILDREN_AND_TEENAGERS, SensitiveGroup.OFTEN_ACTIVE_OUTDOORS, SensitiveGroup.ELDERLY),
                advice.sensitiveGroups().get(1).groups());
    }

    @Test
    void table2AsPrinted() {
        AirQualityRuleSet r = Hj633Rules2026.TRANSITION;
        assertEquals(List.of(SensitiveGroup.ASTHMA, SensitiveGroup.CHILDREN_AND_TEENAGERS, SensitiveGroup.ELDERLY),
                r.sensitiveGroups(Pollutant.SO2));
        assertEquals(List.of(SensitiveGroup.RESPIRATORY_DISEASE, SensitiveGroup.CHILDREN_AND_TEENAGERS,
                SensitiveGroup.ELDERLY), r.sensitiveGroups(Pollutant.NO2));
        assertEquals(List.of(SensitiveGroup.CARDIOVASCULAR_DISEASE), r.sensitiveGroups(Pollutant.CO));
        assertEquals(r.sensitiveGroups(Pollutant.PM10), r.sensitiveGroups(Pollutant.PM2_5));
        assertEquals(r.sensitiveGroups(Pollutant.PM10), Hj633Rules2026.FINAL.sensitiveGroups(Pollutant.PM10));
        for (Pollutant p : Pollutant.values()) {
            assertEquals(List.of(), Hj633Rules2012.INSTANCE.sensitiveGroups(p), "HJ 633-2012 has no 表2");
        }
    }

    @Test
    void noSensitiveGroupsAtOrBelow100() {
        AqiResult r = rules2026.daily(day(10, 80, 120, 4, 160, 60), OptionalDouble.empty()).orElseThrow();
        assertEquals(100, r.aqi());
        assertEquals(List.of(Pollutant.NO2, Pollutant.PM10, Pollutant.CO, Pollutant.O3, Pollutant.PM2_5),
                r.primaryPollutants(), "ties all listed, in the standard's order");
        assertEquals(List.of(), r.healthAdvice().sensitiveGroups());
        assertEquals(AqiLevel.LEVEL_2, r.healthAdvice().level());
    }

    @Test
    void aDayMissingIndicatorsIsALowerBoundAndItsLevelKnownOnlyAbove100() {
        Map<Pollutant, Double> noPm25 = day(10, 20, 60, 0.5, 90, 0);
        noPm25.remove(Pollutant.PM2_5);
        AqiResult calm = rules2026.daily(noPm25, OptionalDouble.empty()).orElseThrow();
        assertEquals(List.of(Pollutant.PM2_5), calm.missingPollutants());
        assertTrue(calm.lowerBoundOnly());
        assertFalse(calm.levelKnown(), "available ones at or below 100: 优/良 cannot be claimed");
        assertEquals(AqiCompleteness.UNDETERMINED, calm.completeness());
        noPm25.put(Pollutant.PM10, 200.0);
        AqiResult polluted = rules2026.daily(noPm25, OptionalDouble.empty()).orElseThrow();
        assertTrue(polluted.levelKnown());
        assertEquals(AqiCompleteness.AT_LEAST, polluted.completeness());
        assertTrue(polluted.healthAdvice().atLeast());
        AqiResult full = rules2026.daily(day(10, 20, 60, 0.5, 90, 20), OptionalDouble.empty()).orElseThrow();
        assertTrue(full.levelKnown());
        assertFalse(full.lowerBoundOnly());
        assertEquals(AqiCompleteness.COMPLETE, full.completeness());
    }
}
