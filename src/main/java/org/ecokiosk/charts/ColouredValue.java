package org.ecokiosk.charts;

import java.awt.Color;

/**
 * A bar with its own colour, e.g. a day coloured by its AQI category or a river section by
 * its water class. The colour comes from the caller (the standards' official colours).
 */
public record ColouredValue(ChartValue value, Color colour) {
    public ColouredValue {
        if (value == null || colour == null) {
            throw new IllegalArgumentException("value and colour must not be null");
        }
    }
}
