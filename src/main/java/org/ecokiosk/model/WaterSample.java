package org.ecokiosk.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * One sampling of a section. Parameters are keyed by their GB 3838 code (do, codmn, cod,
 * bod5, nh3n, tp ...), in mg/L; absent keys were not measured. {@code reportedClass} is the
 * class the monitoring station published, kept so our own classification can check it.
 */
public record WaterSample(String section, LocalDate date, Map<String, Double> parameters,
                          Optional<String> reportedClass, DataOrigin origin) {
    public WaterSample {
        parameters = Map.copyOf(parameters);
    }
}
