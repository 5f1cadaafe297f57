package org.ecokiosk.evaluation.water;

import java.util.Optional;
import org.ecokiosk.standards.water.WaterClass;

/**
 * A section's class this year beside last year's (同比): better, worse or the same by GB 3838's
 * order (I best … 劣V worst); no comparison without both years' classes.
 */
public record ClassChange(Optional<WaterClass> previous, Optional<WaterClass> current) {

    /** How the class moved. */
    public enum Change {
        BETTER("好转"), WORSE("变差"), SAME("持平");

        private final String zh;

        Change(String zh) {
            this.zh = zh;
        }

        public String zh() {
            return zh;
        }
    }

    /** The movement; empty unless both years have a class. I and II are both 优 but still two classes. */
    public Optional<Change> change() {
        if (previous.isEmpty() || current.isEmpty()) {
            return Optional.empty();
        }
        int d = current.get().ordinal() - previous.get().ordinal();
        return Optional.of(d < 0 ? Change.BETTER : d > 0 ? Change.WORSE : Change.SAME);
    }

    /** The change of a section's annual class from {@code year - 1} to {@code year}. */
    public static ClassChange of(org.ecokiosk.model.WaterSection section, java.util.List<org.ecokiosk.model.WaterSample> samples,
                                 int year) {
        return between(WaterEvaluation.ofYear(section, samples, year - 1), WaterEvaluation.ofYear(section, samples, year));
    }

    /** The change between two annual evaluations already made (a report that evaluates each section-year once). */
    public static ClassChange between(Optional<SectionClass> previous, Optional<SectionClass> current) {
        return new ClassChange(previous.flatMap(SectionClass::waterClass), current.flatMap(SectionClass::waterClass));
    }
}
