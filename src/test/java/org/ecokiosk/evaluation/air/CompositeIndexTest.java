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
import org.ecokiosk.standards.air.AqiLevel;
import org.ecokiosk.standards.air.Pollutant;
import org.junit.jupiter.api.Test;

class CompositeIndexTest {

    /** Every day of {@code year} with the same values: SO2 10, NO2 20, PM10 50, CO 1.0, O3 8 h 100, PM2.5 35. */
    private static List<AirDay> year(int year, double pm25) {
        List<AirDay> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            days.add(new AirDay("A", d, pm25, 50, 10, 20, 1.0, 100, OptionalInt.empty(), OptionalInt.empty(),
                    List.of(), "", DataOrigin.IMPORTED));
        }
        return days;
    }

    @Test
    void theIndexSumsEachStatisticOverItsGradeTwoLimit() {
        CompositeIndex i = AirEvaluation.district(2025, year(2025, 35), List.of()).orElseThrow().compositeIndex()
                .orElseThrow();
        // 10/60 + 20/40 + 50/70 + 1.0/4 + 100/160 + 35/35 under GB 3095-2012
        assertEquals(10 / 60.0 + 0.5 + 50 / 70.0 + 0.25 + 0.625 + 1.0, i.total(), 1e-9);
        assertEquals(1.0, i.single().get(Pollutant.PM2_5), 1e-9);
        assertEquals(Pollutant.PM2_5, i.largest());
        assertTrue(i.complete());
    }

    @Test
    void aYearFromTwoThousandTwentySixUsesThatYearsLimits() {
        CompositeIndex i = AirEvaluation.district(2026, year(2026, 35), List.of()).orElseThrow().compositeIndex()
                .orElseThrow();
        // GB 3095-2026 transition: PM10 60, PM2.5 30
        assertEquals(10 / 60.0 + 0.5 + 50 / 60.0 + 0.25 + 0.625 + 35 / 30.0, i.total(), 1e-9);
        assertTrue(i.limitsId().contains("2026"), i.limitsId());
    }

    @Test
    void theYearCarriesTheLimitsItWasJudgedBySoReportsNeedNoLookUp() {
        AirYear y2025 = AirEvaluation.district(2025, year(2025, 35), List.of()).orElseThrow();
        AirYear y2026 = AirEvaluation.district(2026, year(2026, 35), List.of()).orElseThrow();
        assertEquals(y2025.record().limitsId(), y2025.limits().tableId());
        assertEquals(35.0, y2025.limits().limit(Pollutant.PM2_5, org.ecokiosk.standards.air.AveragingPeriod.ANNUAL)
                .getAsDouble(), 1e-9);
        assertEquals(30.0, y2026.limits().limit(Pollutant.PM2_5, org.ecokiosk.standards.air.AveragingPeriod.ANNUAL)
                .getAsDouble(), 1e-9);
        assertEquals(y2026.compositeIndex().orElseThrow().limits().get(Pollutant.PM10),
                y2026.limits().limit(Pollutant.PM10, org.ecokiosk.standards.air.AveragingPeriod.ANNUAL).getAsDouble(), 1e-9);
    }

    @Test
    void anIncompleteYearIsMarkedAndAMissingPollutantGivesNoIndex() {
        List<AirDay> half = year(2025, 35).subList(0, 200);
        CompositeIndex i = AirEvaluation.district(2025, half, List.of()).orElseThrow().compositeIndex().orElseThrow();
        assertFalse(i.complete(), "200 days are short of HJ 663's 324");
        List<AirDay> noCo = year(2025, 35).stream().map(d -> new AirDay(d.station(), d.date(), d.pm25(), d.pm10(),
                d.so2(), d.no2(), Double.NaN, d.o3max8h(), OptionalInt.empty(), OptionalInt.empty(), List.of(), "",
                d.origin())).toList();
        assertTrue(AirEvaluation.district(2025, noCo, List.of()).orElseThrow().compositeIndex().isEmpty());
    }

    @Test
    void heavyPollutionDaysAreTheDaysAboveTwoHundred() {
        List<AirDay> days = new ArrayList<>(year(2025, 35));
        // PM2.5 160 → IAQI 210 (重度), 260 → 310 (严重), 120 → 153 (中度, not heavy)
        days.set(10, with(days.get(10), 160));
        days.set(11, with(days.get(11), 260));
        days.set(12, with(days.get(12), 120));
        AirYear y = AirEvaluation.district(2025, days, List.of()).orElseThrow();
        assertEquals(1, y.daysAt(AqiLevel.LEVEL_5));
        assertEquals(1, y.daysAt(AqiLevel.LEVEL_6));
        assertEquals(1, y.daysAt(AqiLevel.LEVEL_4));
        assertEquals(2, y.heavyPollutionDays());
        assertEquals(3, y.primaryDaysOf(Pollutant.PM2_5), "PM2.5 leads on the three polluted days");
    }

    private static AirDay with(AirDay d, double pm25) {
        return new AirDay(d.station(), d.date(), pm25, d.pm10(), d.so2(), d.no2(), d.co(), d.o3max8h(),
                OptionalInt.empty(), OptionalInt.empty(), List.of(), "", d.origin());
    }
}
