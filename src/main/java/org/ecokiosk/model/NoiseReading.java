package org.ecokiosk.model;

/**
 * A yearly equivalent sound level, dB(A). {@code zone} is the GB 3096 functional zone
 * ("0","1","2","3","4a","4b") for zone readings and "" otherwise; {@code night} false is day.
 */
public record NoiseReading(NoiseKind kind, String zone, String site, int year, boolean night,
                           double leq, DataOrigin origin) {
}
