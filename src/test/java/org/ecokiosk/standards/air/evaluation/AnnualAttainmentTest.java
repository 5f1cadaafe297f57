package org.ecokiosk.standards.air.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.ecokiosk.standards.air.Pollutant;
import org.ecokiosk.standards.air.StandardText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Annual statistics against the limits of the year's rules, including the split year 2026. */
class AnnualAttainmentTest {

    /** The same values every day, so each statistic equals them. */
    private static Map<Pollutant, Double> constant(double so2, double no2, double pm10, double co, double o3,
                                                   double pm25) {
        Map<Pollutant, Double> m = new EnumMap<>(Pollutant.class);
        m.put(Pollutant.SO2, so2);
        m.put(Pollutant.NO2, no2);
        m.put(Pollutant.PM10, pm10);
        m.put(Pollutant.CO, co);
        m.put(Pollutant.O3, o3);
        m.put(Pollutant.PM2_5, pm25);
        return m;
    }

    private static List<DailyAirValues> year(int year, Function<LocalDate, Map<Pollutant, Double>> perDay) {
        List<DailyAirValues> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            days.add(new DailyAirValues(d, perDay.apply(d), OptionalDouble.empty()));
        }
        return days;
    }

    private static AnnualAirRecord evaluate(int year, Map<Pollutant, Double> every) {
        return AnnualAirEvaluator.evaluate("s", year, year(year, d -> every));
    }

    @ParameterizedTest(name = "{0}: limits {1}")
    @CsvSource({
            // year, limits table, PM2.5 limit, PM10 limit, SO2 limit, NO2 limit, PM2.5 32 attained, PM10 65 attained
            "2025, GB3095-2012, 35, 70, 60, 40, true, true",
            "2026, GB3095-2026/transition, 30, 60, 60, 40, false, false",
            "2030, GB3095-2026/transition, 30, 60, 60, 40, false, false",
            "2031, GB3095-2026/final, 25, 50, 20, 30, false, false"
    })
    void theYearsLimits(int year, String limitsId, double pm25Limit, double pm10Limit, double so2Limit,
                        double no2Limit, boolean pm25Attained, boolean pm10Attained) {
        AnnualAirRecord r = evaluate(year, constant(10, 25, 65, 1.2, 140, 32));
        assertEquals(limitsId, r.limitsId());
        Attainment pm25 = r.attainment().get(Pollutant.PM2_5);
        assertEquals(StatisticKind.ANNUAL_MEAN, pm25.statistic());
        assertEquals(32.0, pm25.value());
        assertEquals(pm25Limit, pm25.limit());
        assertEquals(Optional.of(pm25Attained), pm25.attained());
        assertEquals(limitsId, pm25.limitsId());
        assertEquals(pm10Limit, r.attainment().get(Pollutant.PM10).limit());
        assertEquals(Optional.of(pm10Attained), r.attainment().get(Pollutant.PM10).attained());
        assertEquals(so2Limit, r.attainment().get(Pollutant.SO2).limit());
        assertEquals(no2Limit, r.attainment().get(Pollutant.NO2).limit());
        assertEquals(Optional.of(true), r.attainment().get(Pollutant.SO2).attained());
        assertEquals(Optional.of(true), r.attainment().get(Pollutant.NO2).attained());
        assertEquals(6, r.attainment().size());
    }

    @Test
    void coAndO3ByTheirPercentilesAgainstThe24hAnd8hLimits() {
        AnnualAirRecord r = evaluate(2026, constant(10, 25, 50, 4.0, 160, 20));
        Attainment co = r.attainment().get(Pollutant.CO);
        assertEquals(StatisticKind.CO_24H_P95, co.statistic());
        assertEquals(4.0, co.limit());
        assertEquals(Optional.of(true), co.attained(), "equal to the limit is attained (不超过)");
        Attainment o3 = r.attainment().get(Pollutant.O3);
        assertEquals(StatisticKind.O3_MAX8H_P90, o3.statistic());
        assertEquals(160.0, o3.limit());
        assertEquals(Optional.of(true), o3.attained());
        AnnualAirRecord above = evaluate(2026, constant(10, 25, 50, 4.1, 161, 20));
        assertEquals(Optional.of(false), above.attainment().get(Pollutant.CO).attained());
        assertEquals(Optional.of(false), above.attainment().get(Pollutant.O3).attained());
    }

    @Test
    void theFullValueIsCompared() {
        // GB/T 8170 §4.3: full-value comparison unless a standard says otherwise; 30.2 is published as 30
        AnnualAirRecord r = evaluate(2026, constant(10, 25, 50, 1, 100, 30.2));
        assertEquals(30.2, r.attainment().get(Pollutant.PM2_5).value(), 1e-9);
        assertEquals(Optional.of(false), r.attainment().get(Pollutant.PM2_5).attained());
        assertEquals(Optional.of(true), evaluate(2026, constant(10, 25, 50, 1, 100, 30.0)).attainment()
                .get(Pollutant.PM2_5).attained());
    }

    @Test
    void anIncompleteStatisticIsNoVerdict() {
        // November and December missing: the year cannot be assessed (the kiosk's current year)
        AnnualAirRecord r = AnnualAirEvaluator.evaluate("s", 2026, year(2026, d -> constant(10, 25, 50, 1, 100, 20))
                .stream().filter(d -> d.date().getMonthValue() <= Month.OCTOBER.getValue()).toList());
        Attainment pm25 = r.attainment().get(Pollutant.PM2_5);
        assertTrue(pm25.withinLimit());
        assertEquals(false, pm25.complete());
        assertEquals(Optional.empty(), pm25.attained());
    }

    @Test
    void theSplitYear2026NamesItsRulesAndIndexesEachDayByItsOwnDate() {
        // PM2.5 70 every day: IAQI 94 (良) under HJ 633-2012 in January–February, 110 (轻度污染) from March
        AnnualAirRecord r = evaluate(2026, constant(10, 25, 50, 1, 100, 70));
        assertEquals("HJ663-2013", r.rulesId());
        assertEquals("HJ633-2026", r.indexRulesId());
        assertEquals("GB3095-2026/transition", r.limitsId());
        assertEquals(Optional.of(new StandardText("GB 3095-2026 限值，HJ 663-2013 方法",
                "GB 3095-2026 limits, HJ 663-2013 method")), r.methodNote());
        assertEquals(365, r.aqiDays());
        assertEquals(31 + 28, r.goodDays());
        AnnualAirRecord y2025 = evaluate(2025, constant(10, 25, 50, 1, 100, 70));
        assertEquals(365, y2025.goodDays());
        assertEquals(Optional.empty(), y2025.methodNote());
        assertEquals(0, evaluate(2027, constant(10, 25, 50, 1, 100, 70)).goodDays());
    }

    @Test
    void statisticOfNamesEachPollutantsStatistic() {
        AnnualAirRecord r = evaluate(2026, constant(10, 25, 50, 1, 100, 20));
        assertEquals(StatisticKind.CO_24H_P95, r.statisticOf(Pollutant.CO).kind());
        assertEquals(StatisticKind.O3_MAX8H_P90, r.statisticOf(Pollutant.O3).kind());
        assertEquals(StatisticKind.ANNUAL_MEAN, r.statisticOf(Pollutant.PM10).kind());
    }
}
