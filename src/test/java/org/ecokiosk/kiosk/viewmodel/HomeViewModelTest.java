package org.ecokiosk.kiosk.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Optional;
import org.ecokiosk.kiosk.viewmodel.HomeViewModel.AirSource;
import org.ecokiosk.kiosk.viewmodel.HomeViewModel.HomeAir;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.standards.air.AqiLevel;
import org.junit.jupiter.api.Test;

/** Which air figure home leads with, and that it is the air view model's own (nothing recomputed). */
class HomeViewModelTest {

    private static Optional<HomeAir> air(AirViewModel.Data d) {
        return HomeViewModel.air(d.now(), d.today(), d.todayAge());
    }

    @Test
    void theLatestHourLeadsWhereHourlyDataExists() {
        AirViewModel.Data d = HomeAirTestData.data(true, 30, DataOrigin.SAMPLE, HomeAirTestData.LAST_HOUR.plusHours(2));
        HomeAir a = air(d).orElseThrow();
        assertEquals(AirSource.HOURLY, a.source());
        assertEquals(Optional.of(LocalDateTime.of(2026, 12, 1, 14, 0)), a.hour());
        assertEquals(d.now().orElseThrow().aqi(), a.aqi(), "the real-time AQI as the air screen has it");
        assertEquals(119, a.aqi());
        assertEquals(AqiLevel.LEVEL_3, a.level());
        assertEquals(AqiLevel.LEVEL_3.adviceZh(), a.advice().zh(), "HJ 633's advice, not rewritten");
        assertFalse(a.stale());
        assertTrue(a.sample());
    }

    @Test
    void onlyDailyDataGivesTheLatestDay() {
        AirViewModel.Data d = HomeAirTestData.data(false, 30, DataOrigin.IMPORTED, LocalDateTime.of(2026, 12, 2, 10, 0));
        HomeAir a = air(d).orElseThrow();
        assertEquals(AirSource.DAILY, a.source());
        assertTrue(a.hour().isEmpty());
        assertEquals(HomeAirTestData.DAY, a.date());
        assertEquals(d.today().orElseThrow().aqi(), a.aqi());
        assertFalse(a.stale());
        assertFalse(a.sample(), "imported data is not marked sample");
    }

    @Test
    void ageFollowsTheOneStaleRule() {
        HomeAir day = air(HomeAirTestData.data(false, 30, DataOrigin.SAMPLE, LocalDateTime.of(2026, 12, 10, 9, 0)))
                .orElseThrow();
        assertTrue(day.stale());
        assertEquals(9, day.age().amount());
        assertFalse(day.age().isToday());
        HomeAir hour = air(HomeAirTestData.data(true, 30, DataOrigin.SAMPLE, LocalDateTime.of(2026, 12, 10, 9, 0)))
                .orElseThrow();
        assertEquals(AirSource.HOURLY, hour.source(), "both stale: the hour still leads");
        assertTrue(hour.stale());
        assertEquals(8, hour.age().amount());
    }

    @Test
    void aStaleHourGivesWayToADayThatIsNotStale() {
        AirViewModel.Data d = HomeAirTestData.data(true, 30, DataOrigin.SAMPLE, LocalDateTime.of(2026, 12, 2, 23, 0));
        assertTrue(d.now().orElseThrow().stale());
        HomeAir a = air(d).orElseThrow();
        assertEquals(AirSource.DAILY, a.source());
        assertFalse(a.stale());
    }

    @Test
    void noAirDataNoHero() {
        assertTrue(HomeViewModel.air(Optional.empty(), Optional.empty(), Optional.empty()).isEmpty());
    }
}
