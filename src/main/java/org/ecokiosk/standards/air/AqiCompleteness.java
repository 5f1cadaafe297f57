package org.ecokiosk.standards.air;

/**
 * How far an AQI can be trusted when pollutants are missing. The AQI is the largest IAQI, so a
 * missing pollutant can only raise it: an incomplete AQI is a lower bound.
 */
public enum AqiCompleteness {
    /** Every pollutant contributed: the AQI and its level stand. */
    COMPLETE,
    /**
     * Pollutants are missing but the available ones already exceed 100: the day is polluted,
     * "at least" this AQI and level (≥ 101 轻度污染 …).
     */
    AT_LEAST,
    /**
     * Pollutants are missing and the available ones are at or below 100: neither 优 nor 良 can be
     * claimed; show the value as a lower bound and name what is missing, never as a good day.
     */
    UNDETERMINED
}
