package org.ecokiosk.evaluation;

import java.math.BigDecimal;
import java.util.OptionalDouble;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.PlanFigure;

/**
 * One year's figure of a series with where it comes from: a number, or a class such as "II".
 *
 * @param source what it was read from, for traceability: "indicator_value zl2-08",
 *     "air_day (HJ 663 district)", "green_metric forest-cover", "water_sample ws-jialing" …
 */
public record YearFigure(int year, PlanFigure value, DataOrigin origin, String source) {

    public boolean sample() {
        return origin.isSample();
    }

    public OptionalDouble number() {
        return value.number().map(BigDecimal::doubleValue).map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }
}
