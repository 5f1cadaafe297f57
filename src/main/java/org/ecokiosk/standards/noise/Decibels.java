package org.ecokiosk.standards.noise;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Noise levels are reported to 0.1 dB; limits and grade bounds are stated at that resolution
 * (HJ 640-2012: "≤ 50.0" then "50.1–55.0"). We therefore round a measured Leq half-up to 0.1 dB
 * before comparing, so 50.04 is 50.0 (grade 1) and 50.05 is 50.1 (grade 2) and there is no gap
 * between 50.0 and 50.1. Half-up in decimal, so 50.05 does not become 50.0 through binary error.
 */
final class Decibels {

    private Decibels() {
    }

    static BigDecimal rounded(double leq) {
        if (Double.isNaN(leq) || Double.isInfinite(leq) || leq < 0) {
            throw new IllegalArgumentException("sound level must be a finite number ≥ 0 dB(A): " + leq);
        }
        return BigDecimal.valueOf(leq).setScale(1, RoundingMode.HALF_UP);
    }
}
