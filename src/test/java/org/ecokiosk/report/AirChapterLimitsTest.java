package org.ecokiosk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The pollutant table names the limits the attainment evaluation used: those in force on 31 December. */
class AirChapterLimitsTest {
    @Test
    void theYearsOwnLimitsAreNamed() {
        assertEquals("GB 3095-2012", AirChapter.limitsName(2025));
        assertEquals("GB 3095-2026（过渡阶段）", AirChapter.limitsName(2026));
        assertEquals("GB 3095-2026（2031年起）", AirChapter.limitsName(2031));
    }
}
