package org.ecokiosk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StandardNamesTest {
    @Test
    void aRuleSetIdIsPrintedWithTheSpaceTheStandardsCarry() {
        assertEquals("HJ 633-2026", StandardNames.printed("HJ633-2026"));
        assertEquals("HJ 633-2012", StandardNames.printed("HJ633-2012"));
        assertEquals("GB 3095-2026/transition", StandardNames.printed("GB3095-2026/transition"));
        assertEquals("HJ 633-2012", StandardNames.printed("HJ 633-2012"), "already printed: unchanged");
    }
}
