package org.ecokiosk.ingest.air;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.AirHour;
import org.ecokiosk.model.DataOrigin;
import org.junit.jupiter.api.Test;

class DailyAirDerivationTest {
    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

    private static List<AirHour> hours(int validPm25Hours) {
        List<AirHour> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            double pm25 = h < validPm25Hours ? 40 : Double.NaN;
            hours.add(new AirHour("X", DAY.atTime(h, 0), pm25, 60, 10, 30, 0.7, 80));
        }
        return hours;
    }

    @Test
    void nineteenHoursGiveNoMeanTwentyDo() {
        AirDay nineteen = DailyAirDerivation.derive("X", DAY, hours(19), DataOrigin.IMPORTED);
        AirDay twenty = DailyAirDerivation.derive("X", DAY, hours(20), DataOrigin.IMPORTED);
        assertTrue(Double.isNaN(nineteen.pm25()));
        assertEquals(40.0, twenty.pm25(), 1e-12);
        assertEquals(60.0, nineteen.pm10(), 1e-12);
        assertEquals(80.0, twenty.o3max8h(), 1e-12);
        assertEquals("HJ663-2013", twenty.rules());
        // without PM2.5 the AQI still covers the rest: PM10 60 → IAQI 55
        assertEquals(55, nineteen.aqi().orElseThrow());
        assertEquals(List.of("PM10"), nineteen.primaryPollutants());
        assertEquals(57, twenty.aqi().orElseThrow()); // PM2.5 40 → IAQI 57
    }
}
