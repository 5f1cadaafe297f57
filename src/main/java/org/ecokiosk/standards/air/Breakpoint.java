package org.ecokiosk.standards.air;

import java.math.BigDecimal;

/**
 * One row of an HJ 633 breakpoint column: a concentration and the IAQI it maps to. Kept as a
 * BigDecimal so that the tabled figures (35, 0.15 ...) are exact and interpolation does not
 * pick up binary floating error.
 */
public record Breakpoint(BigDecimal concentration, int iaqi) {

    public Breakpoint {
        if (concentration.signum() < 0 || iaqi < 0) {
            throw new IllegalArgumentException("breakpoints are non-negative");
        }
    }

    public static Breakpoint of(String concentration, int iaqi) {
        return new Breakpoint(new BigDecimal(concentration), iaqi);
    }
}
