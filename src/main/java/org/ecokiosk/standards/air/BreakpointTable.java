package org.ecokiosk.standards.air;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One column of an HJ 633 breakpoint table (2012 table 1, 2026 表3) with its interpolation rule:
 * IAQI = (IAQI_hi − IAQI_lo)/(BP_hi − BP_lo) × (C − BP_lo) + IAQI_lo, rounded up to an integer.
 *
 * <p>The arithmetic is that of exact decimals: the concentration is taken as the decimal that
 * {@link Double#toString(double)} prints (what the monitoring file said), so 35 µg/m³ PM2.5 is
 * exactly IAQI 50 and never 51 through a stray 50.00000000001 before the ceiling. A value that is
 * a whole number of ten-thousandths (every measured value) is interpolated in integers
 * ({@link TenThousandths}); any other value (a mean) in doubles where the quotient is clear of an
 * integer by far more than the error, else in BigDecimal — the same IAQI every way.
 */
public final class BreakpointTable {

    /** What {@link #iaqiOfTenThousandths} and {@link #iaqiOf} return above the column's top. */
    public static final int ABOVE_TOP = -1;

    /**
     * How close to an integer the double quotient may come before the decimal one is computed:
     * the double differs from the exact quotient by less than 1e-9 for any concentration below
     * {@link TenThousandths#LIMIT} (a few ulps of 10^4, times at most 25 IAQI per µg/m³ in the tables).
     */
    private static final double CLEAR_OF_INTEGER = 1e-6;

    private final IaqiIndicator indicator;
    private final List<Breakpoint> points;
    /** Breakpoints in ten-thousandths, or null when one is not a whole number of thousandths. */
    private final long[] tenThousandths;
    private final double[] concentrations;
    private final int[] iaqis;

    public BreakpointTable(IaqiIndicator indicator, List<Breakpoint> points) {
        this.indicator = Objects.requireNonNull(indicator);
        this.points = List.copyOf(points);
        List<Breakpoint> p = this.points;
        if (p.size() < 2 || p.get(0).concentration().signum() != 0) {
            throw new IllegalArgumentException("a breakpoint column starts at 0 and has at least two rows");
        }
        for (int i = 1; i < p.size(); i++) {
            if (p.get(i).concentration().compareTo(p.get(i - 1).concentration()) <= 0
                    || p.get(i).iaqi() <= p.get(i - 1).iaqi()) {
                throw new IllegalArgumentException("breakpoints must rise strictly: " + indicator);
            }
        }
        long[] units = new long[p.size()];
        concentrations = new double[p.size()];
        iaqis = new int[p.size()];
        boolean allThousandths = true;
        for (int i = 0; i < p.size(); i++) {
            BigDecimal c = p.get(i).concentration();
            concentrations[i] = c.doubleValue();
            iaqis[i] = p.get(i).iaqi();
            // a whole number of thousandths: the double nearest it is then one the fast path reads exactly
            if (c.stripTrailingZeros().scale() <= 3 && c.compareTo(BigDecimal.valueOf(TenThousandths.LIMIT)) <= 0) {
                units[i] = c.movePointRight(4).longValueExact();
            } else {
                allThousandths = false;
            }
        }
        tenThousandths = allThousandths ? units : null;
    }

    public IaqiIndicator indicator() {
        return indicator;
    }

    public List<Breakpoint> points() {
        return points;
    }

    /** The highest tabled concentration; above it the column gives no IAQI. */
    public BigDecimal top() {
        return points.get(points.size() - 1).concentration();
    }

    /** The IAQI at the highest tabled concentration (500, or 200/300 for the truncated columns). */
    public int topIaqi() {
        return points.get(points.size() - 1).iaqi();
    }

    /**
     * The interpolated, rounded-up IAQI, or empty when the concentration lies above the top
     * breakpoint (the caller decides: cap at 500 or substitute another indicator).
     *
     * @throws IllegalArgumentException for negative, NaN or infinite concentrations
     */
    public Optional<Integer> interpolate(double concentration) {
        exact(concentration);
        int iaqi = iaqiOf(concentration);
        return iaqi == ABOVE_TOP ? Optional.empty() : Optional.of(iaqi);
    }

    /** As {@link #interpolate(double)}, for a concentration already held as a decimal (e.g. rounded). */
    public Optional<Integer> interpolate(BigDecimal c) {
        if (c.signum() < 0) {
            throw new IllegalArgumentException("concentration must be ≥ 0: " + c);
        }
        for (int i = 1; i < points.size(); i++) {
            Breakpoint hi = points.get(i);
            if (c.compareTo(hi.concentration()) <= 0) {
                Breakpoint lo = points.get(i - 1);
                BigDecimal rise = BigDecimal.valueOf((long) hi.iaqi() - lo.iaqi())
                        .multiply(c.subtract(lo.concentration()));
                BigDecimal run = hi.concentration().subtract(lo.concentration());
                // exact quotient rounded up: ceil(IAQI_lo + x) == IAQI_lo + ceil(x) for integer IAQI_lo
                int above = rise.divide(run, 0, RoundingMode.CEILING).intValueExact();
                return Optional.of(lo.iaqi() + above);
            }
        }
        return Optional.empty();
    }

    /**
     * The IAQI of a concentration of {@code m} ten-thousandths (≥ 0), or {@link #ABOVE_TOP}: the
     * same figure as {@link #interpolate(BigDecimal)} of m/10^4, in integers.
     */
    public int iaqiOfTenThousandths(long m) {
        if (m < 0) {
            throw new IllegalArgumentException("concentration must be ≥ 0: " + m + " ten-thousandths");
        }
        long[] bp = tenThousandths;
        if (bp == null) {
            return orAbove(interpolate(BigDecimal.valueOf(m, 4)));
        }
        for (int i = 1; i < bp.length; i++) {
            if (m <= bp[i]) {
                long rise = (long) (iaqis[i] - iaqis[i - 1]) * (m - bp[i - 1]);
                long run = bp[i] - bp[i - 1];
                return iaqis[i - 1] + (int) ((rise + run - 1) / run); // rise ≥ 0: the ceiling
            }
        }
        return ABOVE_TOP;
    }

    /**
     * The IAQI of the decimal a double prints as (a finite value ≥ 0), or {@link #ABOVE_TOP}.
     * Breakpoint comparisons on doubles decide as the decimals would: a breakpoint is a whole
     * number of thousandths, so a value equal to its double is in the fast path's domain, and
     * otherwise the value's decimal lies on the side of the breakpoint its double lies on.
     */
    public int iaqiOf(double concentration) {
        long m = TenThousandths.of(concentration);
        if (m != TenThousandths.NONE) {
            return iaqiOfTenThousandths(m);
        }
        if (tenThousandths == null || !(concentration <= TenThousandths.LIMIT)) {
            return orAbove(interpolate(exact(concentration)));
        }
        double[] bp = concentrations;
        for (int i = 1; i < bp.length; i++) {
            if (concentration <= bp[i]) {
                double above = (iaqis[i] - iaqis[i - 1]) * (concentration - bp[i - 1]) / (bp[i] - bp[i - 1]);
                double floor = Math.floor(above);
                if (above - floor > CLEAR_OF_INTEGER && floor + 1 - above > CLEAR_OF_INTEGER) {
                    return iaqis[i - 1] + (int) floor + 1;
                }
                return orAbove(interpolate(exact(concentration)));
            }
        }
        return ABOVE_TOP;
    }

    private static int orAbove(Optional<Integer> iaqi) {
        return iaqi.isPresent() ? iaqi.get() : ABOVE_TOP;
    }

    static BigDecimal exact(double concentration) {
        if (Double.isNaN(concentration) || Double.isInfinite(concentration) || concentration < 0) {
            throw new IllegalArgumentException(
                    "concentration must be a finite number ≥ 0 (use an absent value for missing data): " + concentration);
        }
        return BigDecimal.valueOf(concentration);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BreakpointTable t && indicator == t.indicator && points.equals(t.points);
    }

    @Override
    public int hashCode() {
        return 31 * indicator.hashCode() + points.hashCode();
    }

    @Override
    public String toString() {
        return "BreakpointTable[indicator=" + indicator + ", points=" + points + "]";
    }
}
