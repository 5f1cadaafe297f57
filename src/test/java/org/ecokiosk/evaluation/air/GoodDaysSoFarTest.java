package org.ecokiosk.evaluation.air;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.DataOrigin;
import org.junit.jupiter.api.Test;

class GoodDaysSoFarTest {
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    private static AirDay day(LocalDate date, double pm25, double so2) {
        return new AirDay("A", date, pm25, 50, so2, 30, 0.7, 90, OptionalInt.empty(), OptionalInt.empty(),
                List.of(), "HJ633-2012", DataOrigin.IMPORTED);
    }

    /** Ten days: six good (PM2.5 30), three polluted (PM2.5 120, IAQI > 100), one without SO2. */
    private static List<AirDay> tenDays() {
        List<AirDay> days = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            LocalDate d = JAN_1.plusDays(i);
            days.add(i < 6 ? day(d, 30, 8) : i < 9 ? day(d, 120, 8) : day(d, 30, Double.NaN));
        }
        // a day of the previous year and one after "through" are never counted
        days.add(day(JAN_1.minusDays(1), 30, 8));
        days.add(day(JAN_1.plusDays(20), 30, 8));
        return days;
    }

    @Test
    void countsTheYearsGoodDaysUpToTheDayGiven() {
        LocalDate through = JAN_1.plusDays(11); // 12 January: two days without any data
        GoodDaysSoFar so = GoodDaysSoFar.of(through, tenDays(), List.of(), OptionalInt.of(300)).orElseThrow();
        assertEquals(2026, so.year());
        assertEquals(6, so.goodDays());
        assertEquals(9, so.countedDays(), "the day without SO2 cannot be counted, good or not");
        assertEquals(3, so.notGoodDays());
        assertEquals(3, so.withoutVerdict(), "one incomplete day and two days without data");
        assertEquals(365 - 12, so.remainingDays());
        assertEquals(OptionalInt.of(294), so.stillNeeded());
        assertTrue(so.targetReachable());
        assertFalse(so.targetReached());
        assertFalse(so.sample());
    }

    @Test
    void theTargetIsOutOfReachWhenTooFewDaysAreLeft() {
        LocalDate through = LocalDate.of(2026, 12, 31);
        GoodDaysSoFar so = GoodDaysSoFar.of(through, tenDays(), List.of(), OptionalInt.of(300)).orElseThrow();
        assertEquals(7, so.goodDays(), "the good day of 21 January now counts too");
        assertEquals(0, so.remainingDays());
        assertFalse(so.targetReachable());
        GoodDaysSoFar low = GoodDaysSoFar.of(through, tenDays(), List.of(), OptionalInt.of(7)).orElseThrow();
        assertTrue(low.targetReached());
        assertEquals(OptionalInt.of(0), low.stillNeeded());
    }

    @Test
    void noTargetNoVerdictAndNoDaysNoFigure() {
        GoodDaysSoFar so = GoodDaysSoFar.of(JAN_1.plusDays(9), tenDays(), List.of(), OptionalInt.empty()).orElseThrow();
        assertTrue(so.stillNeeded().isEmpty());
        assertFalse(so.targetReachable());
        assertTrue(GoodDaysSoFar.of(LocalDate.of(2027, 3, 1), tenDays(), List.of(), OptionalInt.of(300)).isEmpty());
    }
}
