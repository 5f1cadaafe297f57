package org.ecokiosk.standards.air.evaluation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * One pollutant's hourly values for one natural day at one station. Key h (0–23) is the hour
 * [h:00, h+1:00) — the average the analyser reports at (h+1):00. An hour without a valid value
 * is simply absent: there is no "missing" number.
 */
public record HourlyValues(Map<Integer, Double> byHour) {

    public HourlyValues {
        TreeMap<Integer, Double> copy = new TreeMap<>();
        byHour.forEach((hour, value) -> {
            if (hour == null || hour < 0 || hour > 23) {
                throw new IllegalArgumentException("hour index must be 0..23: " + hour);
            }
            if (value == null || value.isNaN() || value.isInfinite() || value < 0) {
                throw new IllegalArgumentException("hourly value must be a finite number ≥ 0 at hour " + hour
                        + " (leave the hour out when it is missing): " + value);
            }
            copy.put(hour, value);
        });
        byHour = java.util.Collections.unmodifiableSortedMap(copy);
    }

    public static HourlyValues of(Map<Integer, Double> byHour) {
        return new HourlyValues(byHour);
    }

    public int count() {
        return byHour.size();
    }

    /** Exact decimal mean of the given hours that are present; the caller checks the count. */
    static double mean(Iterable<Double> values, int count) {
        return exactSum(values).divide(BigDecimal.valueOf(count), java.math.MathContext.DECIMAL64).doubleValue();
    }

    /** Below this a whole-number double is exactly the decimal {@link BigDecimal#valueOf(double)} reads from it. */
    private static final double WHOLE_NUMBERS_EXACT_BELOW = 1e7;

    /**
     * The exact sum of the values as the decimals they print as ({@link BigDecimal#valueOf(double)}).
     * Most concentrations are whole numbers: those are summed as longs, which is the same sum without
     * turning each value into text and back.
     */
    private static BigDecimal exactSum(Iterable<Double> values) {
        long whole = 0;
        BigDecimal rest = BigDecimal.ZERO;
        for (Double boxed : values) {
            double v = boxed;
            if (v == Math.rint(v) && Math.abs(v) < WHOLE_NUMBERS_EXACT_BELOW) {
                whole += (long) v;
            } else {
                rest = rest.add(BigDecimal.valueOf(v));
            }
        }
        return rest.add(BigDecimal.valueOf(whole));
    }
}
