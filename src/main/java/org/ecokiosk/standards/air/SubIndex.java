package org.ecokiosk.standards.air;

import java.util.Optional;

/**
 * The IAQI of one indicator. {@code substitute} names the indicator whose IAQI was used when
 * {@code basis} is {@link SubIndexBasis#SUBSTITUTED}; it is empty otherwise.
 */
public record SubIndex(IaqiIndicator indicator, double concentration, int iaqi, SubIndexBasis basis,
                       Optional<IaqiIndicator> substitute) {

    public SubIndex {
        if (iaqi < 0) {
            throw new IllegalArgumentException("IAQI is never negative");
        }
        if ((basis == SubIndexBasis.SUBSTITUTED) != substitute.isPresent()) {
            throw new IllegalArgumentException("a substitute is named exactly when the IAQI was substituted");
        }
    }

    public Pollutant pollutant() {
        return indicator.pollutant();
    }
}
