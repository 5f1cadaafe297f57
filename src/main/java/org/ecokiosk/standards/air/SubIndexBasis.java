package org.ecokiosk.standards.air;

/** How an individual air quality index (IAQI) was obtained. */
public enum SubIndexBasis {
    /** Linear interpolation between two breakpoints, rounded up. */
    INTERPOLATED,
    /**
     * The concentration is above the column's top (IAQI 500) breakpoint. HJ 633 says no
     * sub-index is computed there; we report 500, the end of the scale, so that the AQI and the
     * category (严重污染) stay right, and flag it so screens can say "above 500".
     */
    CAPPED_AT_TOP,
    /**
     * Taken from another indicator as HJ 633-2012 table 1 notes (a) and (b) require:
     * 1 h SO2 above 800 µg/m³ uses the 24 h SO2 IAQI; 8 h O3 above 800 µg/m³ uses the 1 h O3 IAQI.
     */
    SUBSTITUTED,
    /**
     * The fixed IAQI HJ 633-2026 assigns above a truncated column: 1 h SO2 above 800 µg/m³ counts
     * as 200, 8 h O3 above 800 µg/m³ as 300.
     */
    FIXED_ABOVE_TABLE
}
