package org.ecokiosk.standards.air;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * One column of an HJ 633 breakpoint table (2012 table 1, 2026 表3) with its interpolation rule:
 * IAQI = (IAQI_hi − IAQI_lo)/(BP_hi − BP_lo) × (C − BP_lo) + IAQI_lo, rounded up to an integer.
 *
 * <p>The arithmetic is done on exact decimals: the concentration is taken as the decimal that
 * {@link Double#toString(double)} prints (what the monitoring file said), so 35 µg/m³ PM2.5 is
 * exactly IAQI 50 and never 51 through a stray 50.00000000001 before the ceiling.
 */
public record BreakpointTable(IaqiIndicator indicator, List<Breakpoint> points) {

    public BreakpointTable {
        points = List.copyOf(points);
        if (points.size() < 2 || points.get(0).concentration().signum() != 0) {
            throw new IllegalArgumentException("a breakpoint column starts at 0 and has at least two rows");
        }
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).concentration().compareTo(points.get(i - 1).concentration()) <= 0
                    || points.get(i).iaqi() <= points.get(i - 1).iaqi()) {
                throw new IllegalArgumentException("breakpoints must rise strictly: " + indicator);
            }
        }
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
        return interpolate(exact(concentration));
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

    static BigDecimal exact(double concentration) {
        if (Double.isNaN(concentration) || Double.isInfinite(concentration) || concentration < 0) {
            throw new IllegalArgumentException(
                    "concentration must be a finite number ≥ 0 (use an absent value for missing data): " + concentration);
        }
        return BigDecimal.valueOf(concentration);
    }
}
