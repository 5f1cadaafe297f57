package org.ecokiosk.standards.air.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.TreeMap;
import org.ecokiosk.standards.air.AqiCalculator;
import org.ecokiosk.standards.air.AqiResult;
import org.ecokiosk.standards.air.Pollutant;
import org.junit.jupiter.api.Test;

/**
 * The HJ 663 rules (daily means, 8 h windows, daily maximum 8 h O3, percentiles, the daily and the
 * annual evaluation) against {@link BigDecimalReferenceHj663}, the BigDecimal computation they
 * replaced, bit for bit: seeded random station-days and years with gaps, under HJ 633-2012 and
 * HJ 633-2026 (the split year 2026, 2031's final limits), with the completeness thresholds
 * (19/20 hours, 5/6 hours a window, 13/14 windows, 26/27 days a month, 24/25 in February,
 * 323/324 a year) hit on purpose.
 */
class Hj663FastPathEquivalenceTest {

    private static final LocalDate[] DATES = {LocalDate.of(2015, 1, 10), LocalDate.of(2026, 2, 28),
            LocalDate.of(2026, 3, 1), LocalDate.of(2030, 12, 31), LocalDate.of(2031, 1, 1)};

    /** A value as the files and the means give them: whole, 0.1, thousandths, ties, any double. */
    private static double value(Random random, Pollutant p) {
        double top = p == Pollutant.CO ? 12 : p == Pollutant.O3 ? 450 : 300;
        if (random.nextInt(200) == 0) {
            top *= 40; // heavy pollution, beyond the tables and the fast path's domain
        }
        return switch (random.nextInt(7)) {
            case 0, 1 -> random.nextInt((int) top);
            case 2 -> random.nextInt((int) (top * 10)) / 10.0;
            case 3 -> random.nextInt((int) (top * 1000)) / 1000.0;
            case 4 -> random.nextInt((int) top) + 0.5;
            case 5 -> random.nextInt((int) (top * 24)) / 24.0;
            default -> random.nextDouble() * top;
        };
    }

    /** A day's hours of one pollutant with a random number of gaps, often at the thresholds. */
    private static HourlyValues hours(Random random, Pollutant p) {
        int missing = switch (random.nextInt(6)) {
            case 0 -> 0;
            case 1 -> 4;   // 20 hours: a valid mean
            case 2 -> 5;   // 19 hours: not valid
            case 3 -> random.nextInt(25);
            case 4 -> 2 + random.nextInt(4);
            default -> random.nextInt(4);
        };
        List<Integer> order = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            order.add(h);
        }
        java.util.Collections.shuffle(order, random);
        boolean block = random.nextBoolean(); // gaps in one block break 8 h windows, scattered ones rarely
        int blockStart = random.nextInt(24);
        Map<Integer, Double> m = new HashMap<>();
        for (int h = 0; h < 24; h++) {
            boolean gap = block ? (h - blockStart + 24) % 24 < missing : order.indexOf(h) < missing;
            if (!gap) {
                m.put(h, value(random, p));
            }
        }
        return HourlyValues.of(m);
    }

    @Test
    void randomStationDaysAreEvaluatedAsTheReferenceDoes() {
        Random random = new Random(6632013);
        for (int k = 0; k < 8_000; k++) {
            LocalDate date = DATES[k % DATES.length].plusDays(random.nextInt(3));
            Map<Pollutant, HourlyValues> hourly = new EnumMap<>(Pollutant.class);
            for (Pollutant p : Pollutant.values()) {
                if (random.nextInt(10) != 0) {
                    hourly.put(p, hours(random, p));
                }
            }
            DailyAirEvaluation expected = BigDecimalReferenceHj663.daily(date, hourly);
            DailyAirEvaluation actual = DailyAirEvaluator.evaluate(date, hourly);
            if (!expected.equals(actual)) {
                fail(date + " " + hourly + ":\n" + actual + "\ninstead of\n" + expected);
            }
        }
    }

    @Test
    void eightHourWindowsAtTheirThresholds() {
        Random random = new Random(14);
        DailyStatistics fast = DailyStatistics.hj663_2013();
        BigDecimalReferenceHj663.Daily reference = new BigDecimalReferenceHj663.Daily(
                org.ecokiosk.standards.air.Hj633Rules2012.INSTANCE);
        for (int k = 0; k < 5_000; k++) {
            // every window of 8 with exactly 5 or 6 present, and days with 13 or 14 valid windows
            Map<Integer, Double> m = new TreeMap<>();
            int gapEvery = 3 + random.nextInt(4);
            int offset = random.nextInt(gapEvery);
            for (int h = 0; h < 24; h++) {
                if ((h + offset) % gapEvery != 0 || random.nextInt(6) == 0) {
                    m.put(h, value(random, Pollutant.O3) + (random.nextInt(3) == 0 ? 150 : 0));
                }
            }
            HourlyValues o3 = HourlyValues.of(m);
            assertEquals(reference.eightHourWindows(o3), fast.eightHourWindows(o3), () -> "O3 " + m);
            assertEquals(reference.dailyMaxEightHour(o3), fast.dailyMaxEightHour(o3), () -> "O3 " + m);
            assertEquals(reference.maxOneHour(o3), fast.maxOneHour(o3), () -> "O3 " + m);
            assertEquals(reference.dailyMean(Pollutant.O3, o3), fast.dailyMean(Pollutant.O3, o3), () -> "O3 " + m);
        }
    }

    @Test
    void hourlyValuesKeepTheirMapContractAndRefuseWhatTheyRefused() {
        Map<Integer, Double> m = new HashMap<>(Map.of(5, 1.5, 0, -0.0, 23, 400.0));
        HourlyValues v = HourlyValues.of(m);
        assertEquals(new TreeMap<>(m), v.byHour());
        assertEquals(List.of(0, 5, 23), List.copyOf(v.byHour().keySet()));
        assertEquals(new TreeMap<>(m).hashCode(), v.hashCode());
        assertEquals(HourlyValues.of(new TreeMap<>(m)), v);
        assertEquals(3, v.count());
        assertThrows(UnsupportedOperationException.class, () -> v.byHour().put(1, 1.0));
        assertThrows(IllegalArgumentException.class, () -> HourlyValues.of(Map.of(24, 1.0)));
        assertThrows(IllegalArgumentException.class, () -> HourlyValues.of(Map.of(-1, 1.0)));
        assertThrows(IllegalArgumentException.class, () -> HourlyValues.of(Map.of(3, Double.NaN)));
        assertThrows(IllegalArgumentException.class, () -> HourlyValues.of(Map.of(3, -1.0)));
        assertThrows(IllegalArgumentException.class, () -> HourlyValues.of(Map.of(3, Double.POSITIVE_INFINITY)));
        assertEquals(OptionalDouble.of(400.0), DailyStatistics.hj663_2013().maxOneHour(v));
        assertEquals(OptionalDouble.empty(), DailyStatistics.hj663_2013().maxOneHour(HourlyValues.of(Map.of())));
    }

    @Test
    void percentilesOfRandomListsAreTheReferencePercentiles() {
        Random random = new Random(95);
        double[] ps = {0, 1, 50, 90, 95, 99.9, 100};
        for (int k = 0; k < 4_000; k++) {
            int n = k % 10 == 0 ? 1 + random.nextInt(5) : 1 + random.nextInt(370);
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                values.add(random.nextInt(4) == 0 ? -0.0 + 0 * i : value(random, k % 2 == 0 ? Pollutant.CO
                        : Pollutant.O3));
            }
            if (k % 7 == 0) {
                values.add(-0.0);
                values.add(0.0);
            }
            double p = k % 5 == 0 ? random.nextDouble() * 100 : ps[random.nextInt(ps.length)];
            assertEquals(BigDecimalReferenceHj663.percentile(values, p), Percentile.of(values, p),
                    () -> p + " " + values);
        }
        assertEquals(OptionalDouble.empty(), Percentile.of(List.of(), 95));
        assertThrows(IllegalArgumentException.class, () -> Percentile.of(List.of(1.0), 101));
        assertThrows(IllegalArgumentException.class, () -> Percentile.of(List.of(1.0, Double.NaN), 95));
    }

    /** Mean of the valid daily values: the daily values are means themselves (sixteen digits) or short decimals. */
    private static double dailyValue(Random random, Pollutant p, boolean fromHours) {
        if (fromHours) {
            int n = 20 + random.nextInt(5);
            long sum = 0;
            for (int i = 0; i < n; i++) {
                sum += (long) (value(random, p) * (p == Pollutant.CO ? 1000 : 1));
            }
            return p == Pollutant.CO ? BigDecimalReferenceHj663.mean(List.of(sum / 1000.0), n)
                    : BigDecimalReferenceHj663.mean(List.of((double) sum), n);
        }
        return value(random, p);
    }

    private static List<DailyAirValues> year(Random random, int year) {
        boolean fromHours = random.nextBoolean();
        int missingShare = switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> 12;   // about the 324-day and 27-a-month thresholds
            case 2 -> 3;
            default -> 40;
        };
        List<DailyAirValues> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (random.nextInt(60) == 0) {
                continue; // no record at all that day
            }
            Map<Pollutant, Double> values = new EnumMap<>(Pollutant.class);
            for (Pollutant p : Pollutant.values()) {
                if (missingShare == 0 || random.nextInt(missingShare + 1) != 0) {
                    values.put(p, dailyValue(random, p, fromHours));
                }
            }
            OptionalDouble o3Max1h = random.nextBoolean() ? OptionalDouble.of(value(random, Pollutant.O3) + 20)
                    : OptionalDouble.empty();
            days.add(new DailyAirValues(d, values, o3Max1h));
        }
        java.util.Collections.shuffle(days, random); // the evaluator takes days in any order
        return days;
    }

    @Test
    void randomYearsAreEvaluatedAsTheReferenceDoes() {
        Random random = new Random(3242026);
        int[] years = {2015, 2024, 2025, 2026, 2030, 2031};
        for (int k = 0; k < 48; k++) {
            int year = years[k % years.length];
            List<DailyAirValues> days = year(random, year);
            AnnualAirRecord expected = BigDecimalReferenceHj663.annual("s" + k, year, days);
            AnnualAirRecord actual = AnnualAirEvaluator.evaluate("s" + k, year, days);
            if (!expected.equals(actual)) {
                fail(year + ":\n" + actual + "\ninstead of\n" + expected);
            }
            List<Optional<AqiResult>> aqis = days.stream()
                    .map(d -> AqiCalculator.forDate(d.date()).daily(d.values(), d.o3Max1h())).toList();
            assertEquals(BigDecimalReferenceHj663.annual("d", year, days, aqis),
                    AnnualAirEvaluator.evaluate("d", year, days, aqis));
        }
    }

    @Test
    void monthsAtTheCompletenessThresholds() {
        Random random = new Random(27);
        for (int k = 0; k < 24; k++) {
            int year = k % 2 == 0 ? 2024 : 2026; // a leap February and the split year
            List<DailyAirValues> days = new ArrayList<>();
            int missingInMonth = k % 6;          // 0–5 days short in a chosen month
            int chosen = 1 + k % 12;
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                boolean dropped = d.getMonthValue() == chosen && d.getDayOfMonth() <= missingInMonth;
                Map<Pollutant, Double> values = new EnumMap<>(Pollutant.class);
                for (Pollutant p : Pollutant.values()) {
                    if (!dropped || p == Pollutant.CO) {
                        values.put(p, value(random, p));
                    }
                }
                days.add(new DailyAirValues(d, values, OptionalDouble.empty()));
            }
            assertEquals(BigDecimalReferenceHj663.annual("m", year, days), AnnualAirEvaluator.evaluate("m", year, days));
            assertEquals(BigDecimalReferenceHj663.monthsShort(Pollutant.PM2_5, days, year,
                            org.ecokiosk.standards.air.EvaluationRules.HJ663_2013),
                    AnnualAirEvaluator.monthsShort(Pollutant.PM2_5, days, year,
                            org.ecokiosk.standards.air.EvaluationRules.HJ663_2013));
        }
    }
}
