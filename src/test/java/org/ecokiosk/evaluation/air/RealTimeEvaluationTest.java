package org.ecokiosk.evaluation.air;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.ecokiosk.model.AirHour;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.standards.air.AqiReportType;
import org.ecokiosk.standards.air.Pollutant;
import org.junit.jupiter.api.Test;

class RealTimeEvaluationTest {

    private static final double NA = Double.NaN;
    private static final LocalDateTime T = LocalDateTime.of(2026, 12, 1, 13, 0);

    private static AirHour hour(String station, LocalDateTime at, double pm25, double pm10, double so2, double no2,
                                double co, double o3) {
        return new AirHour(station, at, pm25, pm10, so2, no2, co, o3);
    }

    @Test
    void theLatestDistrictHourIsTheStationMeanIndexedAsARealTimeReport() {
        List<AirHour> hours = List.of(
                hour("A", T, 60, 100, 8, 40, 0.6, 80),
                hour("B", T, 63, 140, 10, 50, 0.7, NA),
                hour("A", T.minusHours(1), 30, 50, 8, 40, 0.6, 80));
        RealTimeAir r = RealTimeEvaluation.latest(hours, Map.of()).orElseThrow();
        HourFigures latest = r.latest();
        assertEquals(T, latest.hour());
        assertEquals(LocalDateTime.of(2026, 12, 1, 14, 0), r.reportedAt(), "published as 14时");
        assertEquals(2, latest.stations());
        assertEquals(61.5, latest.values().get(Pollutant.PM2_5));
        assertEquals(80.0, latest.values().get(Pollutant.O3), "only station A measured O3");
        var aqi = latest.aqi().orElseThrow();
        assertEquals(AqiReportType.REAL_TIME, aqi.report());
        assertEquals("HJ633-2026", aqi.rulesId());
        // PM2.5 61.5 -> 62 (GB/T 8170) -> 100 + 50 × 2/55 = 101.8 -> 102; PM10 120 -> 100
        assertEquals(102, aqi.aqi());
        List<HourFigures.PollutantReading> readings = latest.readings();
        assertEquals(6, readings.size());
        HourFigures.PollutantReading pm25 = readings.get(Pollutant.PM2_5.ordinal());
        assertEquals(Optional.of(62.0), pm25.concentration());
        assertEquals(OptionalInt.of(102), pm25.iaqi());
        assertEquals(OptionalInt.of(100), readings.get(Pollutant.PM10.ordinal()).iaqi());
    }

    @Test
    void theLast24HoursEndWithTheLatestAndShowGaps() {
        List<AirHour> hours = new ArrayList<>();
        for (int back = 0; back < 30; back++) {
            if (back != 5) {
                hours.add(hour("A", T.minusHours(back), 20 + back, 40, 8, 30, 0.5, 60));
            }
        }
        RealTimeAir r = RealTimeEvaluation.latest(hours, Map.of()).orElseThrow();
        assertEquals(24, r.last24Hours().size());
        assertEquals(T.minusHours(23), r.last24Hours().get(0).hour());
        assertEquals(T, r.last24Hours().get(23).hour());
        HourFigures gap = r.last24Hours().get(23 - 5);
        assertEquals(T.minusHours(5), gap.hour());
        assertTrue(gap.aqi().isEmpty(), "a missing hour is a gap, not a number");
        assertTrue(r.last24Hours().get(22).aqi().isPresent());
    }

    @Test
    void sampleStationsAreLeftOutWhenImportedHoursExist() {
        List<AirHour> hours = List.of(hour("S", T.plusHours(5), 200, 200, 8, 40, 0.6, 80),
                hour("A", T, 20, 40, 8, 30, 0.5, 60));
        Map<String, DataOrigin> origins = Map.of("S", DataOrigin.SAMPLE, "A", DataOrigin.IMPORTED);
        RealTimeAir r = RealTimeEvaluation.latest(hours, origins).orElseThrow();
        assertEquals(T, r.latest().hour());
        assertEquals(DataOrigin.IMPORTED, r.latest().origin());
        RealTimeAir sampleOnly = RealTimeEvaluation.latest(hours.subList(0, 1), origins).orElseThrow();
        assertTrue(sampleOnly.latest().sample());
    }

    @Test
    void hoursWithoutAnyValueAreNoHourAndNoDataIsEmpty() {
        assertTrue(RealTimeEvaluation.latest(List.of(), Map.of()).isEmpty());
        List<AirHour> hours = List.of(hour("A", T, NA, NA, NA, NA, NA, NA), hour("A", T.minusHours(1), 20, NA, NA,
                NA, NA, NA));
        RealTimeAir r = RealTimeEvaluation.latest(hours, Map.of()).orElseThrow();
        assertEquals(T.minusHours(1), r.latest().hour());
        assertEquals(List.of(Pollutant.SO2, Pollutant.NO2, Pollutant.PM10, Pollutant.CO, Pollutant.O3),
                r.latest().aqi().orElseThrow().missingPollutants());
        assertTrue(r.latest().readings().get(Pollutant.SO2.ordinal()).concentration().isEmpty());
    }

    @Test
    void hoursBeforeMarch2026AreIndexedByHj633_2012() {
        LocalDateTime feb = LocalDateTime.of(2026, 2, 28, 23, 0);
        RealTimeAir r = RealTimeEvaluation.latest(List.of(hour("A", feb, 70, 40, 8, 30, 0.5, 60)), Map.of())
                .orElseThrow();
        assertEquals("HJ633-2012", r.latest().aqi().orElseThrow().rulesId(), "the hour belongs to 28 February");
        assertEquals(94, r.latest().aqi().orElseThrow().aqi());
    }

    @Test
    void eachStationsOwnLatestHourIsIndexedAlone() {
        List<AirHour> hours = List.of(
                hour("A", T, 30, 20, 8, 40, 0.6, 80),
                hour("A", T.minusHours(1), 200, 50, 8, 40, 0.6, 80),
                hour("B", T, NA, NA, NA, NA, NA, NA),
                hour("B", T.minusHours(2), 120, 100, 10, 50, 0.7, 60),
                hour("S", T, 10, 20, 5, 10, 0.3, 40));
        Map<String, HourFigures> latest = RealTimeEvaluation.stationLatest(hours,
                Map.of("A", DataOrigin.IMPORTED, "B", DataOrigin.IMPORTED, "S", DataOrigin.SAMPLE));
        assertEquals(List.of("A", "B"), List.copyOf(latest.keySet()), "the sample station is left out beside imported ones");
        assertEquals(T, latest.get("A").hour());
        assertEquals(43, latest.get("A").aqi().orElseThrow().aqi(), "PM2.5 30 -> IAQI 43, its own value, not the mean");
        assertEquals(T.minusHours(2), latest.get("B").hour(), "an hour without any value is skipped");
        assertEquals(1, latest.get("B").stations());
        // PM2.5 120 on the 24 h bands of HJ 633-2026: 115..150 -> 150..200: 150 + 50 × 5/35 = 157.1 -> 158
        assertEquals(158, latest.get("B").aqi().orElseThrow().aqi());
        Map<String, HourFigures> sampleOnly = RealTimeEvaluation.stationLatest(
                List.of(hour("S", T, 10, 20, 5, 10, 0.3, 40)), Map.of("S", DataOrigin.SAMPLE));
        assertTrue(sampleOnly.get("S").sample());
        assertTrue(RealTimeEvaluation.stationLatest(List.of(), Map.of()).isEmpty());
    }
}
