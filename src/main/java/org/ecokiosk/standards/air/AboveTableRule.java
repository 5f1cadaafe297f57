package org.ecokiosk.standards.air;

/**
 * What an index standard says for a concentration above the top of a truncated column (1 h SO2
 * above 800 µg/m³, 8 h O3 above 800 µg/m³). Ordinary columns run to IAQI 500 and have no rule.
 */
public sealed interface AboveTableRule {

    /** HJ 633-2012 notes (a)/(b): use another indicator's IAQI (SO2 24 h; O3 1 h). */
    record UseSubIndexOf(IaqiIndicator substitute) implements AboveTableRule {
    }

    /** HJ 633-2026: the concentration counts as a fixed IAQI (1 h SO2 → 200, 8 h O3 → 300). */
    record CountAs(int iaqi) implements AboveTableRule {
    }
}
