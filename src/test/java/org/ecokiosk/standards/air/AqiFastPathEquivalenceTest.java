package org.ecokiosk.standards.air;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link AqiCalculator} against {@link BigDecimalReferenceAqiCalculator} (the BigDecimal
 * computation it replaced), bit for bit: every concentration of every column of every rule set
 * at its resolution over its whole range, the neighbours of every breakpoint and of every GB/T
 * 8170 tie, the district's sixteen-digit means, and whole AQI results of random days.
 */
class AqiFastPathEquivalenceTest {

    private static final List<LocalDate> RULE_DATES = List.of(
            LocalDate.of(2025, 6, 1),   // HJ 633-2012, unrounded
            LocalDate.of(2026, 6, 1),   // HJ 633-2026, GB/T 8170-rounded, transition limits
            LocalDate.of(2031, 6, 1));  // HJ 633-2026, final limits

    private static void same(AqiCalculator fast, BigDecimalReferenceAqiCalculator reference, IaqiIndicator i,
                             double c) {
        Optional<SubIndex> expected = reference.subIndex(i, c);
        Optional<SubIndex> actual = fast.subIndex(i, c);
        if (!expected.equals(actual)) {
            fail(fast.ruleSet().id() + " " + i + " at " + c + " (" + BigDecimal.valueOf(c) + "): " + actual
                    + " instead of " + expected);
        }
    }

    /** Whole µg/m³ and 0.1 µg/m³ over each column and beyond; CO in thousandths of mg/m³. */
    @Test
    void everyConcentrationAtItsResolutionOverEachColumnsWholeRange() {
        for (LocalDate date : RULE_DATES) {
            AqiCalculator fast = AqiCalculator.forDate(date);
            BigDecimalReferenceAqiCalculator reference = BigDecimalReferenceAqiCalculator.forDate(date);
            for (IaqiIndicator i : IaqiIndicator.values()) {
                Optional<BreakpointTable> table = fast.ruleSet().table(i);
                if (table.isEmpty()) {
                    continue;
                }
                long top = table.get().top().movePointRight(3).longValueExact();
                long step = i.pollutant() == Pollutant.CO ? 1 : 100;
                for (long m = 0; m <= top + top / 5 + 2000; m += step) {
                    same(fast, reference, i, m / 1000.0);
                }
            }
        }
    }

    /** At, just below and just above each breakpoint and each half-unit (the GB/T 8170 ties). */
    @Test
    void breakpointsTiesAndTheirNeighbours() {
        for (LocalDate date : RULE_DATES) {
            AqiCalculator fast = AqiCalculator.forDate(date);
            BigDecimalReferenceAqiCalculator reference = BigDecimalReferenceAqiCalculator.forDate(date);
            for (IaqiIndicator i : IaqiIndicator.values()) {
                Optional<BreakpointTable> table = fast.ruleSet().table(i);
                if (table.isEmpty()) {
                    continue;
                }
                double unit = i.pollutant() == Pollutant.CO ? 0.1 : 1;
                for (Breakpoint b : table.get().points()) {
                    double at = b.concentration().doubleValue();
                    for (double d : new double[] {at - unit / 2, at, at + unit / 2, at - unit, at + unit}) {
                        if (d >= 0) {
                            for (double c : new double[] {d, Math.nextUp(d), Math.nextDown(d), d + 1e-9, d - 1e-9}) {
                                if (c >= 0) {
                                    same(fast, reference, i, c);
                                }
                            }
                        }
                    }
                }
                double top = table.get().top().doubleValue() * 1.2;
                for (int k = 0; k * unit <= top; k++) {
                    double tie = BigDecimal.valueOf(k).multiply(BigDecimal.valueOf(unit))
                            .add(BigDecimal.valueOf(unit / 2)).doubleValue();
                    same(fast, reference, i, tie);
                    same(fast, reference, i, Math.nextUp(tie));
                    same(fast, reference, i, Math.nextDown(tie));
                }
            }
        }
    }

    /** Means as the district forms them (any double), values beyond the fast path's domain, -0.0. */
    @Test
    void meansOfAnyDigitsAndValuesBeyondTheDomain() {
        Random random = new Random(633);
        for (LocalDate date : RULE_DATES) {
            AqiCalculator fast = AqiCalculator.forDate(date);
            BigDecimalReferenceAqiCalculator reference = BigDecimalReferenceAqiCalculator.forDate(date);
            for (IaqiIndicator i : IaqiIndicator.values()) {
                if (fast.ruleSet().table(i).isEmpty()) {
                    continue;
                }
                double top = fast.ruleSet().table(i).get().top().doubleValue();
                for (int k = 0; k < 15_000; k++) {
                    double c = switch (k % 4) {
                        case 0 -> random.nextDouble() * top * 1.1;
                        case 1 -> random.nextInt((int) Math.ceil(top) * 24) / 24.0;  // a mean of 24 whole hours
                        case 2 -> random.nextInt((int) Math.ceil(top) * 7) / 7.0;
                        default -> random.nextInt((int) Math.ceil(top * 1000)) / 1000.0 / 3;
                    };
                    same(fast, reference, i, c);
                }
                for (double c : new double[] {-0.0, 0.0, 9_999.999, 10_000, 10_000.0000001, 12_345.6789, 1e9, 1e300,
                        Double.MAX_VALUE, Double.MIN_VALUE}) {
                    same(fast, reference, i, c);
                }
                for (double bad : new double[] {-1e-9, -1, Double.NaN, Double.POSITIVE_INFINITY,
                        Double.NEGATIVE_INFINITY}) {
                    IllegalArgumentException expected = assertThrows(IllegalArgumentException.class,
                            () -> reference.subIndex(i, bad));
                    IllegalArgumentException actual = assertThrows(IllegalArgumentException.class,
                            () -> fast.subIndex(i, bad));
                    assertEquals(expected.getMessage(), actual.getMessage());
                }
            }
        }
    }

    private static double value(Random random, double top) {
        return switch (random.nextInt(5)) {
            case 0 -> random.nextInt((int) top);
            case 1 -> random.nextInt((int) (top * 10)) / 10.0;
            case 2 -> random.nextInt((int) (top * 1000)) / 1000.0;
            case 3 -> random.nextDouble() * top;
            default -> random.nextInt((int) top) + 0.5;
        };
    }

    /** Whole daily and real-time AQI results, with pollutants missing, above the tables and tied. */
    @Test
    void wholeResultsOfRandomDaysAndHours() {
        Random random = new Random(20260301);
        LocalDate[] dates = {LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 1), LocalDate.of(2031, 1, 1),
                LocalDate.of(2015, 7, 1)};
        double[] tops = {2000, 1000, 700, 40, 900, 600}; // SO2 NO2 PM10 CO O3 PM2.5, past the columns' tops
        for (int k = 0; k < 40_000; k++) {
            LocalDate date = dates[k % dates.length];
            Map<Pollutant, Double> values = new EnumMap<>(Pollutant.class);
            for (Pollutant p : Pollutant.values()) {
                if (random.nextInt(8) != 0) {
                    values.put(p, value(random, tops[p.ordinal()] * (random.nextInt(10) == 0 ? 1 : 0.3)));
                }
            }
            OptionalDouble o3Max1h = random.nextBoolean() ? OptionalDouble.of(value(random, 1300))
                    : OptionalDouble.empty();
            OptionalDouble so2Moving24h = random.nextBoolean() ? OptionalDouble.of(value(random, 2700))
                    : OptionalDouble.empty();
            OptionalDouble o3Moving8h = random.nextBoolean() ? OptionalDouble.of(value(random, 900))
                    : OptionalDouble.empty();
            AqiCalculator fast = AqiCalculator.forDate(date);
            BigDecimalReferenceAqiCalculator reference = BigDecimalReferenceAqiCalculator.forDate(date);
            assertEquals(reference.daily(values, o3Max1h), fast.daily(values, o3Max1h), () -> date + " " + values);
            assertEquals(reference.hourly(values, o3Moving8h, so2Moving24h), fast.hourly(values, o3Moving8h,
                    so2Moving24h), () -> date + " " + values + " " + o3Moving8h + " " + so2Moving24h);
        }
    }

    @Test
    void oneCalculatorPerRuleSetInForce() {
        assertEquals(AqiCalculator.forDate(LocalDate.of(2026, 3, 1)).selection(),
                AirQualityRules.forDate(LocalDate.of(2026, 3, 1)));
        assertEquals(Hj633Rules2012.INSTANCE, AqiCalculator.forDate(LocalDate.of(2026, 2, 28)).ruleSet());
        assertEquals(Hj633Rules2026.TRANSITION, AqiCalculator.forDate(LocalDate.of(2030, 12, 31)).ruleSet());
        assertEquals(Hj633Rules2026.FINAL, AqiCalculator.forDate(LocalDate.of(2031, 1, 1)).ruleSet());
    }
}
