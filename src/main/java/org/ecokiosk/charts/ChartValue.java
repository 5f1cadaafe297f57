package org.ecokiosk.charts;

import java.util.OptionalDouble;

/**
 * One labelled value of a chart. An empty value means "not measured" and is never drawn as 0.
 *
 * @param label category label shown on the axis ("2019", "3月", "18")
 * @param value the value, or empty when missing
 */
public record ChartValue(String label, OptionalDouble value) {
    public ChartValue {
        if (label == null || value == null) {
            throw new IllegalArgumentException("label and value must not be null");
        }
    }

    public static ChartValue of(String label, double value) {
        return new ChartValue(label, OptionalDouble.of(value));
    }

    public static ChartValue missing(String label) {
        return new ChartValue(label, OptionalDouble.empty());
    }

    /** JFreeChart's own convention for "no value" is a null Number. */
    Double valueOrNull() {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
