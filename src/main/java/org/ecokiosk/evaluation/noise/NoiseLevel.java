package org.ecokiosk.evaluation.noise;

import java.util.Optional;
import java.util.OptionalDouble;
import org.ecokiosk.standards.noise.DayPeriod;
import org.ecokiosk.standards.noise.NoiseGrade;

/** One period's mean level of a survey (its sites averaged, to 0.1 dB) and its HJ 640 grade; empty when not measured. */
public record NoiseLevel(DayPeriod period, int sites, OptionalDouble leq, Optional<NoiseGrade> grade) {
}
