package org.ecokiosk.charts;

import java.awt.Color;
import java.util.OptionalDouble;

/**
 * A bar with its own colour, e.g. a day coloured by its AQI category or a river section by
 * its water class. The colour comes from the caller (the standards' official colours).
 *
 * @param limit a limit of this bar alone, drawn as a short line across it — e.g. each noise
 *     zone's GB 3096 limit, which differs from zone to zone; empty for none
 */
public record ColouredValue(ChartValue value, Color colour, OptionalDouble limit) {
    public ColouredValue {
        if (value == null || colour == null || limit == null) {
            throw new IllegalArgumentException("value, colour and limit must not be null");
        }
    }

    public ColouredValue(ChartValue value, Color colour) {
        this(value, colour, OptionalDouble.empty());
    }
}
