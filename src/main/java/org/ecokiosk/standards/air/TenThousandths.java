package org.ecokiosk.standards.air;

import java.math.BigDecimal;

/**
 * Exact decimal arithmetic on the values monitoring data holds, in whole ten-thousandths held as a
 * {@code long}: the fast path of the HJ 633 / HJ 663 rules, which are defined on decimals (the
 * decimal a double prints as, {@link BigDecimal#valueOf(double)}) and were computed in BigDecimal.
 *
 * <p>Concentrations come in fixed steps (whole µg/m³, 0.1, CO in 0.001 mg/m³ from µg/m³, the UCI
 * files' SO2 to four decimals), so most values are a whole number of ten-thousandths; for them
 * sums, means, GB/T 8170 rounding and breakpoint interpolation are integer arithmetic with the
 * same result, bit for bit, as the BigDecimal computation. The domain is what
 * {@code TenThousandthsTest} checks exhaustively against BigDecimal: every multiple of 0.0001 from
 * 0 to {@link #FOUR_DECIMALS_LIMIT} and every multiple of 0.001 from there to {@link #LIMIT}. Any
 * other value (a mean with sixteen digits, heavier pollution) is {@link #NONE} and the caller
 * takes the BigDecimal path, or for interpolation and rounding an exact comparison of doubles.
 */
public final class TenThousandths {

    /** Not a whole number of ten-thousandths within the domain: use the BigDecimal path. */
    public static final long NONE = Long.MIN_VALUE;

    /** The domain of the fast path: values from 0 to this (µg/m³ or mg/m³) with at most three decimals. */
    public static final double LIMIT = 10_000;

    /** Up to this, values with four decimals are in the domain too. */
    public static final double FOUR_DECIMALS_LIMIT = 1_000;

    /** Ten-thousandths in one: the fixed point. */
    public static final long ONE = 10_000;

    private static final long FOUR_DECIMALS_TOP = 10_000_000L; // FOUR_DECIMALS_LIMIT in ten-thousandths

    private static final long SIXTEEN_DIGITS = 1_000_000_000_000_000L; // 10^15: a 16-digit coefficient is ≥ this
    private static final long SEVENTEEN_DIGITS = 10 * SIXTEEN_DIGITS;
    private static final double[] POW10 = new double[23];
    private static final long[] POW5 = new long[23];
    private static final long[] POW10_LONG = new long[19];

    static {
        double p = 1;
        long five = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            POW5[i] = five;
            p *= 10;
            five *= 5;
        }
        POW10_LONG[0] = 1;
        for (int i = 1; i < POW10_LONG.length; i++) {
            POW10_LONG[i] = POW10_LONG[i - 1] * 10;
        }
    }

    /** Decimal digits of a value ≥ 0 (0 has none). */
    private static int digits(long value) {
        int d = 0;
        while (d < POW10_LONG.length && value >= POW10_LONG[d]) {
            d++;
        }
        return d;
    }

    private TenThousandths() {
    }

    /**
     * The value in ten-thousandths when the decimal it prints as ({@link BigDecimal#valueOf(double)})
     * is a whole number of them within the domain (see the class comment); else {@link #NONE}.
     *
     * <p>Why this is exact: {@code m / 10000.0} is the double nearest the decimal m/10^4 (one
     * correctly rounded division of exact operands), so when it gives back {@code value}, m/10^4 is
     * a decimal with at most four decimals that reads as {@code value}; below the limit no other
     * such decimal does (the doubles there are far closer than 10^-4), and
     * {@link Double#toString(double)} prints no more digits than needed to tell them apart.
     */
    public static long of(double value) {
        if (!(value >= 0 && value <= LIMIT)) {
            return NONE;
        }
        long m = (long) Math.rint(value * ONE);
        if (m / (double) ONE != value || (m > FOUR_DECIMALS_TOP && m % 10 != 0)) {
            return NONE;
        }
        return m;
    }

    /**
     * The mean of values summing to {@code sum} ten-thousandths over {@code count} values, exactly as
     * {@code sum/10^4 ÷ count} in {@link java.math.MathContext#DECIMAL64} (16 significant digits,
     * half-even) then {@link BigDecimal#doubleValue()} gives it.
     */
    public static double mean(long sum, int count) {
        if (count <= 0 || sum < 0) {
            throw new IllegalArgumentException("a mean of " + count + " values summing to " + sum);
        }
        if (sum == 0) {
            return 0.0;
        }
        long divisor = ONE * count;
        long coefficient = sum / divisor;
        long remainder = sum % divisor;
        int scale = 0;
        // long division, as many decimal digits a step as the long holds, until 16 significant
        // digits or an exact quotient
        int chunk = 18 - digits(divisor); // remainder × 10^chunk < divisor × 10^chunk < 10^18
        while (remainder != 0 && coefficient < SIXTEEN_DIGITS) {
            int k = Math.min(16 - digits(coefficient), chunk);
            long power = POW10_LONG[k];
            remainder *= power;
            coefficient = coefficient * power + remainder / divisor; // < 10^16: k digits more than it had
            remainder %= divisor;
            scale += k;
        }
        if (remainder != 0) {
            long twice = 2 * remainder;
            if (twice > divisor || (twice == divisor && (coefficient & 1) == 1)) {
                coefficient++;
                if (coefficient == SEVENTEEN_DIGITS) {
                    coefficient = SIXTEEN_DIGITS;
                    scale--;
                }
            }
        }
        return toDouble(coefficient, scale);
    }

    /**
     * The double nearest {@code coefficient × 10^-scale} (what {@link BigDecimal#doubleValue()}
     * gives for that decimal), for a coefficient ≥ 0.
     */
    public static double toDouble(long coefficient, int scale) {
        if (coefficient < 0) {
            throw new IllegalArgumentException("negative coefficient " + coefficient);
        }
        if (scale == 0) {
            return coefficient; // long to double rounds to nearest, ties to even
        }
        if (scale < 0 || scale >= POW10.length) {
            return BigDecimal.valueOf(coefficient, scale).doubleValue();
        }
        if (coefficient < (1L << 53)) {
            // both operands exact, one correctly rounded division (Clinger's fast path)
            return coefficient / POW10[scale];
        }
        return quotientByPowerOfTen(coefficient, scale);
    }

    /**
     * coefficient / 10^scale rounded to nearest (ties to even) for a coefficient of 54 or more
     * bits, which no double holds exactly: 10^scale = 5^scale · 2^scale with 5^scale < 2^52, so the
     * quotient by 5^scale is developed in binary to 55 bits plus a sticky remainder, rounded to 53.
     */
    private static double quotientByPowerOfTen(long coefficient, int scale) {
        long five = POW5[scale];
        long quotient = coefficient / five;
        long remainder = coefficient % five;
        int shifted = 0;
        int bits = 64 - Long.numberOfLeadingZeros(quotient);
        while (bits < 55) {
            int step = Math.min(11, 55 - bits); // remainder < 5^22 < 2^52: 11 more bits still fit a long
            remainder <<= step;
            quotient = (quotient << step) | (remainder / five);
            remainder %= five;
            shifted += step;
            bits = 64 - Long.numberOfLeadingZeros(quotient);
        }
        int drop = bits - 53;
        long kept = quotient >>> drop;
        long dropped = quotient & ((1L << drop) - 1);
        long half = 1L << (drop - 1);
        boolean sticky = remainder != 0 || (dropped & (half - 1)) != 0;
        if ((dropped & half) != 0 && (sticky || (kept & 1) == 1)) {
            kept++;
        }
        return Math.scalb((double) kept, drop - shifted - scale);
    }

    /**
     * {@code value} rounded half-even (GB/T 8170) to {@code scale} decimals (0 … 2), as the
     * coefficient of the result: exactly {@code BigDecimal.valueOf(value).setScale(scale,
     * HALF_EVEN).unscaledValue()}, for a value in 0 … {@link #LIMIT}.
     *
     * <p>For a value outside the domain the decimal it prints as is not a whole number of
     * thousandths (the midpoints are), so it is never a midpoint: it lies on the side of a midpoint that the
     * double lies on of the double nearest that midpoint (rounding to nearest is monotonic).
     */
    public static long roundHalfEven(double value, int scale) {
        if (!(value >= 0 && value <= LIMIT) || scale < 0 || scale > 2) {
            throw new IllegalArgumentException("outside the fast domain: " + value + " to " + scale + " decimals");
        }
        long m = of(value);
        if (m != NONE) {
            long unit = POW10_LONG[4 - scale];
            long quotient = m / unit;
            long rest = m % unit;
            long twice = 2 * rest;
            if (twice > unit || (twice == unit && (quotient & 1) == 1)) {
                quotient++;
            }
            return quotient;
        }
        double power = POW10[scale];
        long nearest = (long) Math.rint(value * power);
        double upperMidpoint = (2 * nearest + 1) / (2 * power);
        double lowerMidpoint = (2 * nearest - 1) / (2 * power);
        if (value > upperMidpoint) {
            return nearest + 1;
        }
        if (value < lowerMidpoint) {
            return nearest - 1;
        }
        return nearest;
    }
}
