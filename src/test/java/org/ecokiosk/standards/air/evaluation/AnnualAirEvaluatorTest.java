package org.ecokiosk.standards.air.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.ecokiosk.standards.air.AveragingPeriod;
import org.ecokiosk.standards.air.LimitComparison;
import org.ecokiosk.standards.air.Pollutant;
import org.junit.jupiter.api.Test;

class AnnualAirEvaluatorTest {

    /** A clean day: every pollutant present, AQI 50. */
    private static Map<Pollutant, Double> clean() {
        Map<Pollutant, Double> m = new EnumMap<>(Pollutant.class);
        m.put(Pollutant.SO2, 10.0);
        m.put(Pollutant.NO2, 20.0);
        m.put(Pollutant.PM10, 50.0);
        m.put(Pollutant.CO, 1.0);
        m.put(Pollutant.O3, 100.0);
        m.put(Pollutant.PM2_5, 35.0);
        return m;
    }

    private static List<DailyAirValues> year(int year, Function<LocalDate, Map<Pollutant, Double>> perDay) {
        List<DailyAirValues> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            days.add(new DailyAirValues(d, perDay.apply(d), OptionalDouble.empty()));
        }
        return days;
    }

    /** Drops PM2.5 on the first {@code n} days of the month. */
    private static Function<LocalDate, Map<Pollutant, Double>> dropPm25(Map<Month, Integer> perMonth) {
        return d -> {
            Map<Pollutant, Double> m = clean();
            if (d.getDayOfMonth() <= perMonth.getOrDefault(d.getMonth(), 0)) {
                m.remove(Pollutant.PM2_5);
            }
            return m;
        };
    }

    /** Largest drop per month that still leaves 27 days (25 in February): 43 in all. */
    private static Map<Month, Integer> maxDrops() {
        Map<Month, Integer> m = new EnumMap<>(Month.class);
        for (Month month : Month.values()) {
            int length = month.length(false);
            m.put(month, length - (month == Month.FEBRUARY ? 25 : 27));
        }
        return m;
    }

    @Test
    void fullYearRecord() {
        AnnualAirRecord r = AnnualAirEvaluator.evaluate("沙坪坝", 2023, year(2023, d -> clean()));
        assertEquals("沙坪坝", r.station());
        assertEquals(2023, r.year());
        assertEquals("HJ663-2013", r.rulesId());
        assertEquals("HJ633-2012", r.indexRulesId());
        assertEquals("GB3095-2012", r.limitsId());
        assertFalse(r.provisional());
        assertEquals(365, r.days());
        assertEquals(365, r.validDays().get(Pollutant.O3));
        AnnualStatistic pm25 = r.annualMeans().get(Pollutant.PM2_5);
        assertEquals(35.0, pm25.value().getAsDouble(), 0.0);
        assertTrue(pm25.valid());
        assertEquals(List.of(), pm25.monthsShort());
        assertEquals(List.of(Pollutant.SO2, Pollutant.NO2, Pollutant.PM10, Pollutant.PM2_5),
                List.copyOf(r.annualMeans().keySet()));
        assertEquals(365, r.aqiDays());
        assertEquals(365, r.goodDays());
        assertEquals(1.0, r.goodRatio().getAsDouble(), 0.0);
    }

    @Test
    void threeHundredTwentyFourDaysAreEnoughAndThreeHundredTwentyThreeAreNot() {
        Map<Month, Integer> drops = maxDrops();
        drops.put(Month.JANUARY, 3);
        drops.put(Month.DECEMBER, 3); // 43 − 2 = 41 dropped -> 324
        AnnualStatistic ok = AnnualAirEvaluator.evaluate("s", 2023, year(2023, dropPm25(drops)))
                .annualMeans().get(Pollutant.PM2_5);
        assertEquals(324, ok.validDays());
        assertTrue(ok.valid());
        drops.put(Month.JANUARY, 4); // 42 dropped -> 323
        AnnualStatistic notOk = AnnualAirEvaluator.evaluate("s", 2023, year(2023, dropPm25(drops)))
                .annualMeans().get(Pollutant.PM2_5);
        assertEquals(323, notOk.validDays());
        assertFalse(notOk.valid());
        assertEquals(List.of(), notOk.monthsShort());
        assertTrue(notOk.value().isPresent(), "the figure is still shown, marked invalid");
    }

    @Test
    void monthsBelowTwentySevenOrFebruaryBelowTwentyFiveAreReported() {
        AnnualStatistic feb25 = AnnualAirEvaluator.evaluate("s", 2023,
                year(2023, dropPm25(Map.of(Month.FEBRUARY, 3)))).annualMeans().get(Pollutant.PM2_5);
        assertTrue(feb25.valid());
        AnnualStatistic feb24 = AnnualAirEvaluator.evaluate("s", 2023,
                year(2023, dropPm25(Map.of(Month.FEBRUARY, 4)))).annualMeans().get(Pollutant.PM2_5);
        assertEquals(361, feb24.validDays());
        assertFalse(feb24.valid());
        assertEquals(List.of(Month.FEBRUARY), feb24.monthsShort());
        AnnualStatistic apr26 = AnnualAirEvaluator.evaluate("s", 2023,
                year(2023, dropPm25(Map.of(Month.APRIL, 4, Month.JUNE, 3)))).annualMeans().get(Pollutant.PM2_5);
        assertEquals(List.of(Month.APRIL), apr26.monthsShort());
        assertFalse(apr26.valid());
    }

    @Test
    void coNinetyFifthAndO3NinetiethPercentilesWithLimits() {
        // CO: 346 days of 1.0 then 19 of 3.0. k = 1 + 364 × 0.95 = 346.8 -> 1.0 + 2.0 × 0.8 = 2.6
        // O3: 328 days of 150 then 37 of 200. k = 1 + 364 × 0.9 = 328.6 -> 150 + 50 × 0.6 = 180
        AnnualAirRecord r = AnnualAirEvaluator.evaluate("s", 2023, year(2023, d -> {
            Map<Pollutant, Double> m = clean();
            m.put(Pollutant.CO, d.getDayOfYear() <= 346 ? 1.0 : 3.0);
            m.put(Pollutant.O3, d.getDayOfYear() <= 328 ? 150.0 : 200.0);
            m.put(Pollutant.PM2_5, 38.5);
            return m;
        }));
        assertEquals(2.6, r.co24hP95().value().getAsDouble(), 0.0);
        assertEquals(StatisticKind.CO_24H_P95, r.co24hP95().kind());
        assertEquals(180.0, r.o3Max8hP90().value().getAsDouble(), 0.0);
        LimitComparison o3 = find(r, Pollutant.O3);
        assertEquals(AveragingPeriod.HOURS_8, o3.period());
        assertEquals(160.0, o3.limit(), 0.0);
        assertEquals(0.125, o3.exceedanceMultiple().getAsDouble(), 0.0);
        LimitComparison co = find(r, Pollutant.CO);
        assertEquals(4.0, co.limit(), 0.0);
        assertFalse(co.exceeds());
        assertTrue(co.exceedanceMultiple().isEmpty());
        LimitComparison pm25 = find(r, Pollutant.PM2_5);
        assertEquals(AveragingPeriod.ANNUAL, pm25.period());
        assertEquals(0.1, pm25.exceedanceMultiple().getAsDouble(), 0.0);
        assertEquals(6, r.limitComparisons().size());
    }

    private static LimitComparison find(AnnualAirRecord r, Pollutant p) {
        return r.limitComparisons().stream().filter(c -> c.pollutant() == p).findFirst().orElseThrow();
    }

    @Test
    void goodDaysCountOnlyDaysWithAllSixPollutants() {
        // PM2.5 75.0 -> IAQI 100 (good) on the first 200 days, 75.1 -> 101 afterwards;
        // NO2 missing on days 1–5, which drop out of both counts.
        AnnualAirRecord r = AnnualAirEvaluator.evaluate("s", 2023, year(2023, d -> {
            Map<Pollutant, Double> m = clean();
            m.put(Pollutant.PM2_5, d.getDayOfYear() <= 200 ? 75.0 : 75.1);
            if (d.getDayOfYear() <= 5) {
                m.remove(Pollutant.NO2);
            }
            return m;
        }));
        assertEquals(360, r.aqiDays());
        assertEquals(195, r.goodDays());
        assertEquals(195.0 / 360.0, r.goodRatio().getAsDouble(), 0.0);
        assertEquals(360, r.validDays().get(Pollutant.NO2));
    }

    @Test
    void emptyYearHasNoRatioAndNoValues() {
        AnnualAirRecord r = AnnualAirEvaluator.evaluate("s", 2023, List.of());
        assertEquals(0, r.days());
        assertEquals(OptionalDouble.empty(), r.goodRatio());
        assertTrue(r.co24hP95().value().isEmpty());
        assertEquals(12, r.annualMeans().get(Pollutant.SO2).monthsShort().size());
        assertTrue(r.limitComparisons().isEmpty());
    }

    @Test
    void year2026IsNoLongerProvisional() {
        assertFalse(AnnualAirEvaluator.evaluate("s", 2026, year(2026, d -> clean())).provisional());
    }

    @Test
    void rejectsForeignAndRepeatedDates() {
        DailyAirValues d = new DailyAirValues(LocalDate.of(2022, 12, 31), clean(), OptionalDouble.empty());
        assertThrows(IllegalArgumentException.class, () -> AnnualAirEvaluator.evaluate("s", 2023, List.of(d)));
        DailyAirValues e = new DailyAirValues(LocalDate.of(2023, 1, 1), clean(), OptionalDouble.empty());
        assertThrows(IllegalArgumentException.class, () -> AnnualAirEvaluator.evaluate("s", 2023, List.of(e, e)));
    }

    @Test
    void precomputedDailyAqiGivesTheSameRecordAsIndexingTheDays() {
        List<DailyAirValues> days = year(2025, d -> {
            Map<Pollutant, Double> m = clean();
            m.put(Pollutant.PM2_5, 20.0 + d.getDayOfYear() % 90);
            return m;
        });
        List<java.util.Optional<org.ecokiosk.standards.air.AqiResult>> aqis = days.stream()
                .map(d -> org.ecokiosk.standards.air.AqiCalculator.forDate(d.date()).daily(d.values(), d.o3Max1h()))
                .toList();
        AnnualAirRecord indexed = AnnualAirEvaluator.evaluate("s", 2025, days);
        AnnualAirRecord reused = AnnualAirEvaluator.evaluate("s", 2025, days, aqis);
        assertEquals(indexed, reused);
        assertTrue(indexed.goodDays() < indexed.aqiDays(), "the series has polluted days, so the count can differ");
        // the record counts what it is given: a caller's AQIs are used, not recomputed
        List<java.util.Optional<org.ecokiosk.standards.air.AqiResult>> none = days.stream()
                .map(d -> java.util.Optional.<org.ecokiosk.standards.air.AqiResult>empty()).toList();
        assertEquals(0, AnnualAirEvaluator.evaluate("s", 2025, days, none).aqiDays());
        assertThrows(IllegalArgumentException.class, () -> AnnualAirEvaluator.evaluate("s", 2025, days, aqis.subList(1, 10)));
    }
}
