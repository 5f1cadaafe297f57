package org.ecokiosk.standards.air;

import java.util.Optional;

/**
 * The IAQI of one indicator. {@code concentration} is the value the IAQI was computed from —
 * under HJ 633-2026 the GB/T 8170-rounded figure that is also the one to publish (whole µg/m³,
 * CO to one decimal); {@code measured} is the value as supplied. {@code substitute} names the
 * indicator whose IAQI was used when {@code basis} is {@link SubIndexBasis#SUBSTITUTED}.
 */
public record SubIndex(IaqiIndicator indicator, double concentration, int iaqi, SubIndexBasis basis,
                       Optional<IaqiIndicator> substitute, double measured) {

    public SubIndex {
        if (iaqi < 0) {
            throw new IllegalArgumentException("IAQI is never negative");
        }
        if ((basis == SubIndexBasis.SUBSTITUTED) != substitute.isPresent()) {
            throw new IllegalArgumentException("a substitute is named exactly when the IAQI was substituted");
        }
    }

    /** A sub-index of an unrounded concentration (HJ 633-2012). */
    public SubIndex(IaqiIndicator indicator, double concentration, int iaqi, SubIndexBasis basis,
                    Optional<IaqiIndicator> substitute) {
        this(indicator, concentration, iaqi, basis, substitute, concentration);
    }

    public Pollutant pollutant() {
        return indicator.pollutant();
    }
}
