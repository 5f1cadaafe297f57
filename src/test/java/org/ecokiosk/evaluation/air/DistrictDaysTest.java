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
import org.ecokiosk.model.O3HourPeak;
import org.ecokiosk.standards.air.Pollutant;
import org.junit.jupiter.api.Test;

class DistrictDaysTest {
    private static final LocalDate D = LocalDate.of(2025, 7, 1);

    private static AirDay day(String station, LocalDate date, double pm25, double o3, DataOrigin origin) {
        return new AirDay(station, date, pm25, 50, 10, 30, 0.7, o3, OptionalInt.empty(), OptionalInt.empty(),
                List.of(), "HJ633-2012", origin);
    }

    @Test
    void aDistrictDayIsTheMeanOfTheStationsValidValuesPerPollutant() {
        AirDay a = day("A", D, 40, 100, DataOrigin.IMPORTED);
        AirDay b = new AirDay("B", D, 60, Double.NaN, -1, 30, 0.7, 120, OptionalInt.empty(), OptionalInt.empty(),
                List.of(), "HJ633-2012", DataOrigin.IMPORTED);
        DayFigures d = DistrictDays.of(List.of(a, b), List.of()).get(0);
        assertEquals(50, d.values().get(Pollutant.PM2_5), 1e-9);
        assertEquals(50, d.values().get(Pollutant.PM10), 1e-9, "B's missing PM10 is left out, not counted as 0");
        assertEquals(10, d.values().get(Pollutant.SO2), 1e-9, "a negative value is not valid");
        assertEquals(110, d.values().get(Pollutant.O3), 1e-9);
        assertEquals(2, d.stations());
        assertTrue(d.counted());
    }

    @Test
    void sampleStationsAreLeftOutWhenAnImportedStationHasData() {
        AirDay imported = day("I", D, 30, 80, DataOrigin.IMPORTED);
        AirDay sample = day("S", D, 150, 80, DataOrigin.SAMPLE);
        AirDay sampleOnlyDay = day("S", D.plusDays(1), 150, 80, DataOrigin.SAMPLE);
        List<DayFigures> days = DistrictDays.of(List.of(sample, imported, sampleOnlyDay), List.of());
        assertEquals(1, days.size(), "the period has imported data: no sample day at all, not even alone");
        assertEquals(30, days.get(0).values().get(Pollutant.PM2_5), 1e-9);
        assertFalse(days.get(0).sample());
        List<DayFigures> sampleOnly = DistrictDays.of(List.of(sample, sampleOnlyDay), List.of());
        assertEquals(2, sampleOnly.size(), "without imported data the sample stations are used");
        assertTrue(sampleOnly.get(0).sample());
    }

    @Test
    void theHourlyO3PeakEntersTheDailyAqiUnderHj633Of2012() {
        AirDay a = day("A", D, 30, 100, DataOrigin.IMPORTED);
        AirDay b = day("B", D, 30, 100, DataOrigin.IMPORTED);
        DayFigures without = DistrictDays.of(List.of(a, b), List.of()).get(0);
        assertTrue(without.good(100));
        // A's peak 260 (B has no hours): the district's 1 h O3 is 260 → IAQI 130
        DayFigures with = DistrictDays.of(List.of(a, b), List.of(new O3HourPeak("A", D, 260))).get(0);
        assertEquals(260, with.o3Max1h().getAsDouble(), 1e-9);
        assertEquals(130, with.aqi().orElseThrow().aqi());
        assertFalse(with.good(100));
        DayFigures both = DistrictDays.of(List.of(a, b),
                List.of(new O3HourPeak("A", D, 260), new O3HourPeak("B", D, 140))).get(0);
        assertEquals(200, both.o3Max1h().getAsDouble(), 1e-9, "averaged like every pollutant");
    }

    @Test
    void theAnnualGoodDaysMonthsAndLevelsComeFromTheSameDays() {
        List<AirDay> days = new ArrayList<>();
        LocalDate d = LocalDate.of(2025, 1, 1);
        for (int i = 0; i < 365; i++, d = d.plusDays(1)) {
            days.add(day("I", d, i % 10 == 0 ? 120 : 30, 80, DataOrigin.IMPORTED));
            days.add(day("S", d, 300, 80, DataOrigin.SAMPLE));
        }
        AirYear year = AirEvaluation.district(2025, days, List.of()).orElseThrow();
        assertEquals(1, year.stations());
        assertEquals(365 - 37, year.goodDays());
        assertEquals(year.goodDays(), year.monthly().values().stream().mapToInt(MonthFigures::goodDays).sum());
        assertEquals(37, year.daysAbove50() - year.levelDays().getOrDefault(org.ecokiosk.standards.air.AqiLevel.LEVEL_2, 0));
        assertEquals(37, year.primaryDays().get(Pollutant.PM2_5));
        assertEquals(LocalDate.of(2025, 12, 31), year.latest().orElseThrow().date());
        assertTrue(year.goodDaysIsAnnual());
        AirYear partial = AirEvaluation.district(2025, days.subList(0, 600), List.of()).orElseThrow();
        assertFalse(partial.goodDaysIsAnnual(), "300 days are not an annual figure");
        assertFalse(partial.pm25IsAnnual());
    }
}
