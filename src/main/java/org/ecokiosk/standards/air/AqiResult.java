package org.ecokiosk.standards.air;

import java.util.List;
import java.util.OptionalInt;

/**
 * An AQI with everything HJ 633-2012 asks to publish alongside it.
 *
 * @param rulesId             the index standard that produced it, e.g. "HJ633-2012"
 * @param provisional         true when the date falls under newer standards we could not apply yet
 * @param primaryPollutants   首要污染物: those with the highest IAQI, only when AQI &gt; 50 (ties all listed)
 * @param exceedingPollutants 超标污染物: IAQI &gt; 100
 * @param missingPollutants   pollutants with no value at all; the AQI then covers only the others
 */
public record AqiResult(String rulesId, boolean provisional, int aqi, AqiLevel level, List<SubIndex> subIndices,
                        List<Pollutant> primaryPollutants, List<Pollutant> exceedingPollutants,
                        List<Pollutant> missingPollutants, List<AqiNote> notes) {

    public AqiResult {
        subIndices = List.copyOf(subIndices);
        primaryPollutants = List.copyOf(primaryPollutants);
        exceedingPollutants = List.copyOf(exceedingPollutants);
        missingPollutants = List.copyOf(missingPollutants);
        notes = List.copyOf(notes);
    }

    /** True when all six pollutants contributed. */
    public boolean complete() {
        return missingPollutants.isEmpty();
    }

    /** The pollutant's IAQI (the highest of its indicators), empty when it did not contribute. */
    public OptionalInt iaqiOf(Pollutant pollutant) {
        return subIndices.stream().filter(s -> s.pollutant() == pollutant).mapToInt(SubIndex::iaqi).max();
    }
}
