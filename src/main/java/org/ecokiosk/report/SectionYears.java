package org.ecokiosk.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecokiosk.evaluation.water.SectionClass;
import org.ecokiosk.evaluation.water.WaterEvaluation;
import org.ecokiosk.model.WaterSample;
import org.ecokiosk.model.WaterSection;

/**
 * A section's class for a year ({@link WaterEvaluation#ofYear}), evaluated once per build: the
 * water chapter and its year-on-year comparison ask for the same sections and years.
 */
final class SectionYears {
    private record Key(WaterSection section, int year) {
    }

    private final List<WaterSample> samples;
    private final Map<Key, Optional<SectionClass>> classes = new HashMap<>();

    SectionYears(List<WaterSample> samples) {
        this.samples = samples;
    }

    Optional<SectionClass> of(WaterSection section, int year) {
        return classes.computeIfAbsent(new Key(section, year), k -> WaterEvaluation.ofYear(section, samples, year));
    }
}
