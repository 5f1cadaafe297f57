package org.ecokiosk.evaluation.air;

import java.time.LocalDate;

/**
 * A stretch of a year's days whose AQI one rule set gave ({@link AirYear#indexRulesRuns}): the whole
 * year under HJ 633-2012, or in 2026 1 January–28 February under it and 3 March on under HJ 633-2026.
 *
 * @param rulesId the index standard, as the days' results name it ("HJ633-2012")
 * @param first   its first day with an AQI
 * @param last    its last day with an AQI
 */
public record IndexRulesRun(String rulesId, LocalDate first, LocalDate last) {
}
