package org.ecokiosk.standards.air.evaluation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.ecokiosk.standards.air.TenThousandths;

/**
 * One pollutant's hourly values for one natural day at one station. Key h (0–23) is the hour
 * [h:00, h+1:00) — the average the analyser reports at (h+1):00. An hour without a valid value
 * is simply absent: there is no "missing" number.
 *
 * <p>Held as 24 slots and a bit set of the hours present (a station-day is evaluated for every
 * day an import or a report reads); {@link #byHour()} is the same content as a map.
 */
public final class HourlyValues {

    private static final int HOURS = 24;

    private final double[] values = new double[HOURS];
    /** Bit h is set when hour h has a value. */
    private final int present;
    /** Each present hour's value in ten-thousandths; null when one is outside the fast path's domain. */
    private final long[] tenThousandths;
    private volatile SortedMap<Integer, Double> map;

    private HourlyValues(Map<Integer, Double> byHour) {
        int[] bits = {0};
        byHour.forEach((hour, value) -> {
            if (hour == null || hour < 0 || hour > 23) {
                throw new IllegalArgumentException("hour index must be 0..23: " + hour);
            }
            if (value == null || value.isNaN() || value.isInfinite() || value < 0) {
                throw new IllegalArgumentException("hourly value must be a finite number ≥ 0 at hour " + hour
                        + " (leave the hour out when it is missing): " + value);
            }
            values[hour] = value;
            bits[0] |= 1 << hour;
        });
        present = bits[0];
        long[] units = new long[HOURS];
        boolean all = true;
        for (int h = 0; h < HOURS; h++) {
            if ((present & (1 << h)) != 0) {
                units[h] = TenThousandths.of(values[h]);
                all &= units[h] != TenThousandths.NONE;
            }
        }
        tenThousandths = all ? units : null;
    }

    public static HourlyValues of(Map<Integer, Double> byHour) {
        return new HourlyValues(byHour);
    }

    /** The hours and their values, in hour order (unmodifiable). */
    public Map<Integer, Double> byHour() {
        SortedMap<Integer, Double> m = map;
        if (m == null) {
            TreeMap<Integer, Double> copy = new TreeMap<>();
            for (int h = 0; h < HOURS; h++) {
                if (has(h)) {
                    copy.put(h, values[h]);
                }
            }
            m = Collections.unmodifiableSortedMap(copy);
            map = m;
        }
        return m;
    }

    public int count() {
        return Integer.bitCount(present);
    }

    /** Whether hour h (0–23) has a value. */
    public boolean has(int hour) {
        return (present & (1 << hour)) != 0;
    }

    /** The value of hour h; only meaningful when {@link #has(int)}. */
    public double value(int hour) {
        return values[hour];
    }

    /**
     * The exact decimal mean of the present hours among {@code first} … {@code last} (inclusive),
     * as {@link #mean(Iterable, int)} computes it; the caller checks that there is at least one.
     */
    double meanOfHours(int first, int last) {
        int count = 0;
        if (tenThousandths != null) {
            long sum = 0;
            for (int h = first; h <= last; h++) {
                if (has(h)) {
                    sum += tenThousandths[h];
                    count++;
                }
            }
            return TenThousandths.mean(sum, count);
        }
        double[] some = new double[HOURS];
        for (int h = first; h <= last; h++) {
            if (has(h)) {
                some[count++] = values[h];
            }
        }
        return mean(some, count);
    }

    /** The day's highest value (Math.max over the present hours); the caller checks there is one. */
    double max() {
        double max = Double.NEGATIVE_INFINITY;
        for (int h = 0; h < HOURS; h++) {
            if (has(h)) {
                max = Math.max(max, values[h]);
            }
        }
        return max;
    }

    /** Exact decimal mean of the given hours that are present; the caller checks the count. */
    static double mean(Iterable<Double> values, int count) {
        double[] array = new double[HOURS];
        int n = 0;
        for (Double v : values) {
            if (n == array.length) {
                array = Arrays.copyOf(array, 2 * n);
            }
            array[n++] = v;
        }
        return mean(array, n, count);
    }

    /** As {@link #mean(Iterable, int)} for the first {@code count} values of an array. */
    static double mean(double[] values, int count) {
        return mean(values, count, count);
    }

    /**
     * The sum of the first {@code n} values as the decimals they print as
     * ({@link BigDecimal#valueOf(double)}) divided by {@code count} in
     * {@link java.math.MathContext#DECIMAL64}, then to the nearest double. Whole ten-thousandths are
     * summed in a long ({@link TenThousandths}); a set with any other value is summed in BigDecimal.
     */
    private static double mean(double[] values, int n, int count) {
        long sum = 0;
        for (int i = 0; i < n; i++) {
            long m = TenThousandths.of(values[i]);
            if (m == TenThousandths.NONE) {
                return decimalMean(values, n, count);
            }
            sum += m;
        }
        return TenThousandths.mean(sum, count);
    }

    /** Below this a whole-number double is exactly the decimal {@link BigDecimal#valueOf(double)} reads from it. */
    private static final double WHOLE_NUMBERS_EXACT_BELOW = 1e7;

    /**
     * The BigDecimal path: the exact sum of the values as the decimals they print as. Whole numbers
     * are summed as longs, which is the same sum without turning each value into text and back.
     */
    private static double decimalMean(double[] values, int n, int count) {
        long whole = 0;
        BigDecimal rest = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            double v = values[i];
            if (v == Math.rint(v) && Math.abs(v) < WHOLE_NUMBERS_EXACT_BELOW) {
                whole += (long) v;
            } else {
                rest = rest.add(BigDecimal.valueOf(v));
            }
        }
        return rest.add(BigDecimal.valueOf(whole))
                .divide(BigDecimal.valueOf(count), java.math.MathContext.DECIMAL64).doubleValue();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof HourlyValues other) || other.present != present) {
            return false;
        }
        for (int h = 0; h < HOURS; h++) {
            if (has(h) && Double.doubleToLongBits(values[h]) != Double.doubleToLongBits(other.values[h])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return byHour().hashCode();
    }

    @Override
    public String toString() {
        return "HourlyValues[byHour=" + byHour() + "]";
    }
}
