package org.ecokiosk.standards.air;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * An AQI with everything HJ 633 asks to publish alongside it.
 *
 * @param rulesId             the index standard that produced it, e.g. "HJ633-2026"
 * @param provisional         true when the date falls under newer standards we could not apply
 *                            yet; never the case since the 2026 tables were entered
 * @param primaryPollutants   首要污染物: those with the highest IAQI, only when AQI &gt; 50 (ties all listed)
 * @param exceedingPollutants pollutants with IAQI &gt; 100 (HJ 633-2012's 超标污染物; HJ 633-2026
 *                            no longer reports the term, but its 表2 advice is given for exactly these)
 * @param missingPollutants   pollutants with no value at all; the AQI then covers only the others
 * @param sensitiveGroups     for each exceeding pollutant, the sensitive groups of HJ 633-2026 表2
 *                            (empty under HJ 633-2012, which has no such table)
 */
public record AqiResult(String rulesId, boolean provisional, AqiReportType report, int aqi, AqiLevel level,
                        List<SubIndex> subIndices, List<Pollutant> primaryPollutants,
                        List<Pollutant> exceedingPollutants, List<Pollutant> missingPollutants, List<AqiNote> notes,
                        Map<Pollutant, List<SensitiveGroup>> sensitiveGroups) {

    public AqiResult {
        subIndices = List.copyOf(subIndices);
        primaryPollutants = List.copyOf(primaryPollutants);
        exceedingPollutants = List.copyOf(exceedingPollutants);
        missingPollutants = List.copyOf(missingPollutants);
        notes = List.copyOf(notes);
        EnumMap<Pollutant, List<SensitiveGroup>> groups = new EnumMap<>(Pollutant.class);
        sensitiveGroups.forEach((p, g) -> groups.put(p, List.copyOf(g)));
        sensitiveGroups = java.util.Collections.unmodifiableMap(groups);
    }

    /** True when all six pollutants contributed. */
    public boolean complete() {
        return missingPollutants.isEmpty();
    }

    /**
     * True when pollutants are missing: the true AQI can only be this high or higher ("at least"),
     * because a missing pollutant can only raise the maximum.
     */
    public boolean lowerBoundOnly() {
        return !complete();
    }

    /**
     * The level can be stated although pollutants are missing only when the available ones
     * already exceed 100 (the day is polluted whatever the rest were); an incomplete day at or
     * below 100 cannot be called 优 or 良.
     */
    public boolean levelKnown() {
        return complete() || aqi > 100;
    }

    /** Complete, polluted whatever the missing were, or undetermined (see {@link AqiCompleteness}). */
    public AqiCompleteness completeness() {
        if (complete()) {
            return AqiCompleteness.COMPLETE;
        }
        return aqi > 100 ? AqiCompleteness.AT_LEAST : AqiCompleteness.UNDETERMINED;
    }

    /** The pollutant's IAQI (the highest of its indicators), empty when it did not contribute. */
    public OptionalInt iaqiOf(Pollutant pollutant) {
        return subIndices.stream().filter(s -> s.pollutant() == pollutant).mapToInt(SubIndex::iaqi).max();
    }

    /** Health advice for this AQI: 表1 by level, 表2 by pollutant above 100. */
    public HealthAdvice healthAdvice() {
        return HealthAdvice.of(this);
    }
}
