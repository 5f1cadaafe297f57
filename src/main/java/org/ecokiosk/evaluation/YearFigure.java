package org.ecokiosk.evaluation;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.PlanFigure;
import org.ecokiosk.model.PublishedDocument;

/**
 * One year's figure of a series with where it comes from: a number, or a class such as "II".
 *
 * @param source what it was read from, for traceability: "indicator_value zl2-08",
 *     "air_day (HJ 663 district)", "green_metric forest-cover", "water_sample ws-jialing" …
 * @param document for a published figure, the document it was published in (residents are told)
 */
public record YearFigure(int year, PlanFigure value, DataOrigin origin, String source,
                         Optional<PublishedDocument> document) {

    /** A figure of our own data (not from a published document). */
    public YearFigure(int year, PlanFigure value, DataOrigin origin, String source) {
        this(year, value, origin, source, Optional.empty());
    }

    public boolean sample() {
        return origin.isSample();
    }

    public OptionalDouble number() {
        return value.number().map(BigDecimal::doubleValue).map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }
}
