package org.ecokiosk.evaluation.air;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.standards.air.Pollutant;
import org.junit.jupiter.api.Test;

/**
 * Which AQI rules indexed which days of a year, and which limits changed between two years' composite
 * indices: the evaluation's judgements, which the bulletin only words (report/IndexRulesText,
 * AirCompositeSection), and which limits judge a year (the kiosk names them beside its PM2.5).
 */
class IndexRulesRunsTest {

    private static List<AirDay> days(LocalDate from, LocalDate to) {
        List<AirDay> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(new AirDay("A", d, 35, 50, 10, 20, 1.0, 100, OptionalInt.empty(), OptionalInt.empty(),
                    List.of(), "", DataOrigin.IMPORTED));
        }
        return days;
    }

    private static AirYear year(int year, LocalDate from, LocalDate to) {
        return AirEvaluation.district(year, days(from, to), List.of()).orElseThrow();
    }

    @Test
    void aYearOfOneStandardIsOneRunOverItsDays() {
        List<IndexRulesRun> runs = year(2025, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)).indexRulesRuns();
        assertEquals(List.of(new IndexRulesRun("HJ633-2012", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))), runs);
    }

    @Test
    void theYearTheStandardChangedInIsTwoRunsSplitWhereTheDaysChangeRules() {
        List<IndexRulesRun> runs = year(2026, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 10, 31)).indexRulesRuns();
        assertEquals(2, runs.size(), runs.toString());
        assertEquals(new IndexRulesRun("HJ633-2012", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28)), runs.get(0));
        assertEquals(LocalDate.of(2026, 3, 1), runs.get(1).first());
        assertEquals(LocalDate.of(2026, 10, 31), runs.get(1).last());
        assertTrue(runs.get(1).rulesId().startsWith("HJ633-2026"), runs.get(1).rulesId());
    }

    @Test
    void daysOfOnlyTheNewStandardAreOneRunOfIt() {
        List<IndexRulesRun> runs = year(2026, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30)).indexRulesRuns();
        assertEquals(1, runs.size(), runs.toString());
        assertTrue(runs.get(0).rulesId().startsWith("HJ633-2026"), runs.get(0).rulesId());
    }

    @Test
    void noDayNoRun() {
        assertTrue(AirEvaluation.district(2026, List.of(), List.of()).map(AirYear::indexRulesRuns).orElse(List.of()).isEmpty());
    }

    @Test
    void aYearIsJudgedByTheLimitsInForceOnItsLastDay() {
        assertEquals("GB3095-2012", AirEvaluation.limitsOfYear(2025).tableId());
        assertEquals("GB3095-2026/transition", AirEvaluation.limitsOfYear(2026).tableId(), "the split year: 31 December");
        assertEquals(30, AirEvaluation.limitsOfYear(2026).limit(Pollutant.PM2_5,
                org.ecokiosk.standards.air.AveragingPeriod.ANNUAL).orElseThrow(), 1e-9);
        assertEquals(year(2026, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).limits(),
                AirEvaluation.limitsOfYear(2026), "the year's own figures use the same limits");
    }

    @Test
    void theLimitsThatChangedBetweenTwoYearsAreGB3095sPm10AndPm25() {
        CompositeIndex y2025 = year(2025, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)).compositeIndex().orElseThrow();
        CompositeIndex y2026 = year(2026, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).compositeIndex().orElseThrow();
        assertEquals(List.of(Pollutant.PM10, Pollutant.PM2_5), y2026.limitsChangedFrom(y2025));
        assertEquals(List.of(), y2025.limitsChangedFrom(y2025), "the same limits: nothing changed");
    }
}
