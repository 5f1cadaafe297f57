package org.ecokiosk.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class YearOnYearTest {
    @Test
    void theChangeIsThisYearMinusLastAndRelativeToLast() {
        YearOnYear y = YearOnYear.of(30, OptionalDouble.of(32));
        assertEquals(-2, y.difference().getAsDouble(), 1e-12);
        assertEquals(-0.0625, y.relative().getAsDouble(), 1e-12);
        assertEquals(YearOnYear.Direction.DOWN, y.direction().orElseThrow());
        assertEquals(YearOnYear.Direction.SAME, YearOnYear.of(5, OptionalDouble.of(5)).direction().orElseThrow());
    }

    @Test
    void withoutLastYearThereIsNoComparisonNeverAZero() {
        YearOnYear y = YearOnYear.of(30, OptionalDouble.empty());
        assertFalse(y.comparable());
        assertTrue(y.difference().isEmpty());
        assertTrue(y.relative().isEmpty());
        assertTrue(y.direction().isEmpty());
    }

    @Test
    void fromZeroThereIsADifferenceButNoRelativeChange() {
        YearOnYear y = YearOnYear.of(2, OptionalDouble.of(0));
        assertEquals(2, y.difference().getAsDouble(), 1e-12);
        assertTrue(y.relative().isEmpty());
    }
}
