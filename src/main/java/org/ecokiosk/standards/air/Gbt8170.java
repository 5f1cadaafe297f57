package org.ecokiosk.standards.air;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * GB/T 8170-2008 rounding ("四舍六入五成双"): a discarded part below 5 is dropped, above 5
 * rounds up, and a discarded part of exactly 5 (nothing or only zeros after it) goes to the even
 * neighbour — which is {@link RoundingMode#HALF_EVEN} on exact decimals.
 *
 * <p>The trap is binary floating point: the double nearest 0.15 is 0.1499999999999999944…, so
 * {@code new BigDecimal(0.15)} would round down to 0.1. Values are therefore taken as the decimal
 * that {@link Double#toString(double)} prints — the shortest decimal that reads back as the same
 * double, i.e. the figure the monitoring file or the mean's decimal computation gave — via
 * {@link BigDecimal#valueOf(double)}; callers holding the decimal text can pass it directly.
 */
public final class Gbt8170 {

    private Gbt8170() {
    }

    /** {@code value} rounded to {@code scale} decimal places. */
    public static BigDecimal round(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.HALF_EVEN);
    }

    /** The decimal a double stands for, rounded; see the class comment for why not {@code new BigDecimal}. */
    public static BigDecimal round(double value, int scale) {
        return round(BreakpointTable.exact(value), scale);
    }

    /** The decimal text (e.g. "60.5" from a CSV cell), rounded. */
    public static BigDecimal round(String decimal, int scale) {
        return round(new BigDecimal(decimal.trim()), scale);
    }

    /**
     * The precision HJ 633-2026 reports a pollutant's concentration in before computing its IAQI:
     * whole µg/m³, and CO (mg/m³) to one decimal.
     */
    public static int reportingScale(Pollutant pollutant) {
        return pollutant == Pollutant.CO ? 1 : 0;
    }

    /** A concentration rounded to {@link #reportingScale(Pollutant)}. */
    public static BigDecimal concentration(Pollutant pollutant, double value) {
        return round(value, reportingScale(pollutant));
    }
}
