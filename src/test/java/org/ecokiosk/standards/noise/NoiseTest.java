package org.ecokiosk.standards.noise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoiseTest {

    /**
     * Every HJ 640-2012 bound: 0.1 below, at, 0.04 above (rounds back to the bound), 0.05 above
     * (rounds up into the next grade) and 0.1 above. Expected grades generated independently.
     */
    @ParameterizedTest(name = "{0} {1} {2} dB -> {3}")
    @CsvSource({
            "REGIONAL, DAY, 49.9, GRADE_1",
            "REGIONAL, DAY, 50, GRADE_1",
            "REGIONAL, DAY, 50.04, GRADE_1",
            "REGIONAL, DAY, 50.05, GRADE_2",
            "REGIONAL, DAY, 50.1, GRADE_2",
            "REGIONAL, DAY, 54.9, GRADE_2",
            "REGIONAL, DAY, 55, GRADE_2",
            "REGIONAL, DAY, 55.04, GRADE_2",
            "REGIONAL, DAY, 55.05, GRADE_3",
            "REGIONAL, DAY, 55.1, GRADE_3",
            "REGIONAL, DAY, 59.9, GRADE_3",
            "REGIONAL, DAY, 60, GRADE_3",
            "REGIONAL, DAY, 60.04, GRADE_3",
            "REGIONAL, DAY, 60.05, GRADE_4",
            "REGIONAL, DAY, 60.1, GRADE_4",
            "REGIONAL, DAY, 64.9, GRADE_4",
            "REGIONAL, DAY, 65, GRADE_4",
            "REGIONAL, DAY, 65.04, GRADE_4",
            "REGIONAL, DAY, 65.05, GRADE_5",
            "REGIONAL, DAY, 65.1, GRADE_5",
            "REGIONAL, NIGHT, 39.9, GRADE_1",
            "REGIONAL, NIGHT, 40, GRADE_1",
            "REGIONAL, NIGHT, 40.04, GRADE_1",
            "REGIONAL, NIGHT, 40.05, GRADE_2",
            "REGIONAL, NIGHT, 40.1, GRADE_2",
            "REGIONAL, NIGHT, 44.9, GRADE_2",
            "REGIONAL, NIGHT, 45, GRADE_2",
            "REGIONAL, NIGHT, 45.04, GRADE_2",
            "REGIONAL, NIGHT, 45.05, GRADE_3",
            "REGIONAL, NIGHT, 45.1, GRADE_3",
            "REGIONAL, NIGHT, 49.9, GRADE_3",
            "REGIONAL, NIGHT, 50, GRADE_3",
            "REGIONAL, NIGHT, 50.04, GRADE_3",
            "REGIONAL, NIGHT, 50.05, GRADE_4",
            "REGIONAL, NIGHT, 50.1, GRADE_4",
            "REGIONAL, NIGHT, 54.9, GRADE_4",
            "REGIONAL, NIGHT, 55, GRADE_4",
            "REGIONAL, NIGHT, 55.04, GRADE_4",
            "REGIONAL, NIGHT, 55.05, GRADE_5",
            "REGIONAL, NIGHT, 55.1, GRADE_5",
            "ROAD_TRAFFIC, DAY, 67.9, GRADE_1",
            "ROAD_TRAFFIC, DAY, 68, GRADE_1",
            "ROAD_TRAFFIC, DAY, 68.04, GRADE_1",
            "ROAD_TRAFFIC, DAY, 68.05, GRADE_2",
            "ROAD_TRAFFIC, DAY, 68.1, GRADE_2",
            "ROAD_TRAFFIC, DAY, 69.9, GRADE_2",
            "ROAD_TRAFFIC, DAY, 70, GRADE_2",
            "ROAD_TRAFFIC, DAY, 70.04, GRADE_2",
            "ROAD_TRAFFIC, DAY, 70.05, GRADE_3",
            "ROAD_TRAFFIC, DAY, 70.1, GRADE_3",
            "ROAD_TRAFFIC, DAY, 71.9, GRADE_3",
            "ROAD_TRAFFIC, DAY, 72, GRADE_3",
            "ROAD_TRAFFIC, DAY, 72.04, GRADE_3",
            "ROAD_TRAFFIC, DAY, 72.05, GRADE_4",
            "ROAD_TRAFFIC, DAY, 72.1, GRADE_4",
            "ROAD_TRAFFIC, DAY, 73.9, GRADE_4",
            "ROAD_TRAFFIC, DAY, 74, GRADE_4",
            "ROAD_TRAFFIC, DAY, 74.04, GRADE_4",
            "ROAD_TRAFFIC, DAY, 74.05, GRADE_5",
            "ROAD_TRAFFIC, DAY, 74.1, GRADE_5",
            "ROAD_TRAFFIC, NIGHT, 57.9, GRADE_1",
            "ROAD_TRAFFIC, NIGHT, 58, GRADE_1",
            "ROAD_TRAFFIC, NIGHT, 58.04, GRADE_1",
            "ROAD_TRAFFIC, NIGHT, 58.05, GRADE_2",
            "ROAD_TRAFFIC, NIGHT, 58.1, GRADE_2",
            "ROAD_TRAFFIC, NIGHT, 59.9, GRADE_2",
            "ROAD_TRAFFIC, NIGHT, 60, GRADE_2",
            "ROAD_TRAFFIC, NIGHT, 60.04, GRADE_2",
            "ROAD_TRAFFIC, NIGHT, 60.05, GRADE_3",
            "ROAD_TRAFFIC, NIGHT, 60.1, GRADE_3",
            "ROAD_TRAFFIC, NIGHT, 61.9, GRADE_3",
            "ROAD_TRAFFIC, NIGHT, 62, GRADE_3",
            "ROAD_TRAFFIC, NIGHT, 62.04, GRADE_3",
            "ROAD_TRAFFIC, NIGHT, 62.05, GRADE_4",
            "ROAD_TRAFFIC, NIGHT, 62.1, GRADE_4",
            "ROAD_TRAFFIC, NIGHT, 63.9, GRADE_4",
            "ROAD_TRAFFIC, NIGHT, 64, GRADE_4",
            "ROAD_TRAFFIC, NIGHT, 64.04, GRADE_4",
            "ROAD_TRAFFIC, NIGHT, 64.05, GRADE_5",
            "ROAD_TRAFFIC, NIGHT, 64.1, GRADE_5"
    })
    void gradeAtAroundEveryBound(NoiseSurvey survey, DayPeriod period, double leq, NoiseGrade expected) {
        assertEquals(expected, NoiseGrade.of(survey, period, leq));
    }

    @Test
    void gradeWording() {
        assertEquals("一级", NoiseGrade.GRADE_1.gradeZh());
        assertEquals("好", NoiseGrade.GRADE_1.ratingZh());
        assertEquals("较好", NoiseGrade.GRADE_2.ratingZh());
        assertEquals("一般", NoiseGrade.GRADE_3.ratingZh());
        assertEquals("较差", NoiseGrade.GRADE_4.ratingZh());
        assertEquals("五级", NoiseGrade.GRADE_5.gradeZh());
        assertEquals("差", NoiseGrade.GRADE_5.ratingZh());
        assertEquals("Poor", NoiseGrade.GRADE_5.ratingEn());
        assertEquals("HJ640-2012", NoiseGrade.STANDARD_ID);
    }

    @ParameterizedTest(name = "zone {0}: {1}/{2}")
    @CsvSource({"ZONE_0, 50, 40", "ZONE_1, 55, 45", "ZONE_2, 60, 50", "ZONE_3, 65, 55", "ZONE_4A, 70, 55",
            "ZONE_4B, 70, 60"})
    void zoneLimitsAndEdges(NoiseZone zone, double day, double night) {
        assertEquals(day, zone.limit(DayPeriod.DAY), 0.0);
        assertEquals(night, zone.limit(DayPeriod.NIGHT), 0.0);
        assertTrue(zone.complies(day, DayPeriod.DAY));
        assertTrue(zone.complies(day + 0.04, DayPeriod.DAY), "rounds to the limit");
        assertFalse(zone.complies(day + 0.05, DayPeriod.DAY), "rounds to limit + 0.1");
        assertTrue(zone.complies(night - 0.1, DayPeriod.NIGHT));
        assertFalse(zone.complies(night + 0.1, DayPeriod.NIGHT));
        assertEquals(OptionalDouble.empty(), zone.exceedance(night, DayPeriod.NIGHT));
        assertEquals(OptionalDouble.of(2.5), zone.exceedance(night + 2.5, DayPeriod.NIGHT));
    }

    @ParameterizedTest
    @CsvSource({"0, ZONE_0", "1, ZONE_1", "2类, ZONE_2", "3, ZONE_3", "4a, ZONE_4A", "4A类, ZONE_4A", "4b, ZONE_4B",
            "Class 4b, ZONE_4B"})
    void parsesZones(String text, NoiseZone expected) {
        assertEquals(Optional.of(expected), NoiseZone.parse(text));
    }

    @Test
    void rejectsUnknownZonesAndBadLevels() {
        assertEquals(Optional.empty(), NoiseZone.parse("4"));
        assertEquals(Optional.empty(), NoiseZone.parse("5"));
        assertThrows(IllegalArgumentException.class, () -> NoiseZone.ZONE_1.complies(Double.NaN, DayPeriod.DAY));
        assertThrows(IllegalArgumentException.class,
                () -> NoiseGrade.of(NoiseSurvey.REGIONAL, DayPeriod.DAY, -1));
    }

    @Test
    void dayIsSixToTwentyTwo() {
        assertEquals(DayPeriod.NIGHT, DayPeriod.of(LocalTime.of(5, 59)));
        assertEquals(DayPeriod.DAY, DayPeriod.of(LocalTime.of(6, 0)));
        assertEquals(DayPeriod.DAY, DayPeriod.of(LocalTime.of(21, 59)));
        assertEquals(DayPeriod.NIGHT, DayPeriod.of(LocalTime.of(22, 0)));
    }
}
