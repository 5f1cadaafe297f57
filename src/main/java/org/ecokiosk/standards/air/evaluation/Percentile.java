package org.ecokiosk.standards.air.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The percentile of HJ 663-2013 (annex A): sort the n values ascending as X(1) … X(n),
 * k = 1 + (n − 1) × p / 100, s = integer part of k, X_p = X(s) + (X(s+1) − X(s)) × (k − s).
 * Computed in decimal so that k is exact (with doubles 1 + 4 × 0.95 is not exactly 4.8).
 */
public final class Percentile {

    private Percentile() {
    }

    /** Empty for an empty list. p is in percent, 0–100. */
    public static OptionalDouble of(List<Double> values, double p) {
        double[] array = new double[values.size()];
        int n = 0;
        for (Double v : values) {
            if (v == null) {
                throw new IllegalArgumentException("percentile input must be finite: " + v);
            }
            array[n++] = v;
        }
        return of(array, n, p);
    }

    /**
     * The percentile of the first {@code n} values of {@code values}, which it sorts in place.
     * Doubles sort as the decimals they print as (rounding to nearest is monotonic, and -0.0 and
     * 0.0 are the same decimal), so only the two values the formula takes become BigDecimals.
     */
    static OptionalDouble of(double[] values, int n, double p) {
        if (!(p >= 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be within 0..100: " + p);
        }
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(values[i]) || Double.isInfinite(values[i])) {
                throw new IllegalArgumentException("percentile input must be finite: " + values[i]);
            }
        }
        if (n == 0) {
            return OptionalDouble.empty();
        }
        Arrays.sort(values, 0, n);
        BigDecimal k = BigDecimal.ONE.add(BigDecimal.valueOf(n - 1L).multiply(BigDecimal.valueOf(p))
                .divide(BigDecimal.valueOf(100), MathContext.DECIMAL128));
        int s = k.setScale(0, RoundingMode.FLOOR).intValueExact();
        BigDecimal xs = BigDecimal.valueOf(values[s - 1]);
        if (s >= n) {
            return OptionalDouble.of(xs.doubleValue());
        }
        BigDecimal fraction = k.subtract(BigDecimal.valueOf(s));
        BigDecimal result = xs.add(BigDecimal.valueOf(values[s]).subtract(xs).multiply(fraction));
        return OptionalDouble.of(result.doubleValue());
    }
}
