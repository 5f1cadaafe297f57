package org.ecokiosk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalDouble;
import org.ecokiosk.evaluation.YearOnYear;
import org.junit.jupiter.api.Test;

/** 同比 of figures in their unit or in percentage points, said to the precision they are printed in. */
class YearOnYearTextTest {
    private static YearOnYear of(double current, double previous) {
        return YearOnYear.of(OptionalDouble.of(current), OptionalDouble.of(previous));
    }

    @Test
    void aShareChangesByPercentagePointsAsPrinted() {
        assertEquals("上升0.3个百分点", YearOnYearText.percentagePoints(of(31.6, 31.3), 1));
        assertEquals("下降1.0个百分点", YearOnYearText.percentagePoints(of(39.2, 40.2), 1));
        assertEquals("持平", YearOnYearText.percentagePoints(of(40.24, 40.21), 1), "both printed 40.2");
    }

    @Test
    void anotherFigureChangesByItsUnit() {
        assertEquals("增加0.2平方米/人", YearOnYearText.difference(of(10.3, 10.1), 1, "平方米/人"));
        assertEquals("减少2公顷", YearOnYearText.difference(of(4626, 4628), 0, "公顷"));
    }

    @Test
    void withoutLastYearItSaysSo() {
        assertEquals(YearOnYearText.NO_PREVIOUS, YearOnYearText.difference(
                YearOnYear.of(OptionalDouble.of(10.3), OptionalDouble.empty()), 1, "平方米/人"));
    }
}
