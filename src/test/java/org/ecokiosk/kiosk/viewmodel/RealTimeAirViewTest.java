package org.ecokiosk.kiosk.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecokiosk.evaluation.AgeLimits;
import org.ecokiosk.evaluation.air.RealTimeAir;
import org.ecokiosk.evaluation.air.RealTimeEvaluation;
import org.ecokiosk.model.AirHour;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.standards.air.AqiCompleteness;
import org.ecokiosk.standards.air.AqiLevel;
import org.ecokiosk.standards.air.Pollutant;
import org.ecokiosk.standards.air.SensitiveGroup;
import org.junit.jupiter.api.Test;

class RealTimeAirViewTest {

    private static final LocalDateTime LAST = LocalDateTime.of(2026, 12, 1, 13, 0);

    private static RealTimeAir air(double pm25Last, double so2Last) {
        List<AirHour> hours = new ArrayList<>();
        for (int back = 0; back < 24; back++) {
            hours.add(new AirHour("S", LAST.minusHours(back), back == 0 ? pm25Last : 30, 50, back == 0 ? so2Last : 8,
                    30, 0.6, 70));
        }
        return RealTimeEvaluation.latest(hours, Map.of("S", DataOrigin.SAMPLE)).orElseThrow();
    }

    @Test
    void theLatestHourWithSixPollutantsAdviceAndSensitiveGroups() {
        RealTimeAirView v = RealTimeAirView.of(air(80, 8), LAST.plusHours(1).plusMinutes(20), AgeLimits.DEFAULT);
        assertEquals(LocalDateTime.of(2026, 12, 1, 14, 0), v.reportedAt());
        assertEquals(119, v.aqi()); // PM2.5 80 -> 100 + 50 × 20/55
        assertEquals(AqiLevel.LEVEL_3, v.level());
        assertEquals(AqiCompleteness.COMPLETE, v.completeness());
        assertEquals(6, v.readings().size());
        assertEquals(24, v.last24Hours().size());
        assertEquals(119, v.last24Hours().get(23).aqi().orElseThrow());
        assertEquals(1, v.advice().sensitiveGroups().size());
        assertTrue(v.advice().sensitiveGroups().get(0).groups().contains(SensitiveGroup.OFTEN_ACTIVE_OUTDOORS));
        assertFalse(v.stale());
        assertEquals(0, v.age().amount());
        assertTrue(v.sample());
        assertEquals("HJ633-2026", v.rulesId());
    }

    @Test
    void anHourOlderThanThreeHoursIsStaleWithItsAge() {
        RealTimeAirView v = RealTimeAirView.of(air(30, 8), LocalDateTime.of(2026, 12, 3, 9, 0), AgeLimits.DEFAULT);
        assertTrue(v.stale());
        assertEquals(43, v.age().amount());
        assertEquals(ChronoUnit.HOURS, v.age().unit());
        RealTimeAirView month = RealTimeAirView.of(air(30, 8), LocalDateTime.of(2027, 1, 1, 9, 0), AgeLimits.DEFAULT);
        assertEquals(ChronoUnit.DAYS, month.age().unit());
        assertEquals(30, month.age().amount());
    }

    @Test
    void aMissingPollutantMakesTheHourALowerBound() {
        RealTimeAirView v = RealTimeAirView.of(air(Double.NaN, 8), LAST.plusHours(1), AgeLimits.DEFAULT);
        assertEquals(AqiCompleteness.UNDETERMINED, v.completeness());
        assertEquals(List.of(Pollutant.PM2_5), v.missing());
        assertTrue(v.readings().get(Pollutant.PM2_5.ordinal()).concentration().isEmpty());
    }
}
