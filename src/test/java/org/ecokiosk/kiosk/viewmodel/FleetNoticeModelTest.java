package org.ecokiosk.kiosk.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.ecokiosk.fleet.AlertLevel;
import org.ecokiosk.fleet.FleetAlert;
import org.ecokiosk.fleet.FleetCondition;
import org.junit.jupiter.api.Test;

/** The banner's state without a UI: shown while in force, gone at expiry, offline with the data's age. */
class FleetNoticeModelTest {
    private static final Instant NOW = Instant.parse("2026-12-02T04:00:00Z");
    private static final FleetAlert RED = new FleetAlert(AlertLevel.RED, "重污染天气红色预警", "Red alert",
            NOW.minusSeconds(600), NOW.plus(Duration.ofHours(2)));

    @Test
    void anAlertShowsUntilItExpiresAndNotAMomentLonger() {
        FleetNoticeModel m = new FleetNoticeModel();
        m.apply(new FleetCondition(Optional.of(RED), Optional.of(NOW), Optional.empty()), NOW);
        assertEquals(Optional.of(RED), m.alertProperty().get());
        assertFalse(m.offlineProperty().get());
        m.refresh(RED.until().minusMillis(1));
        assertTrue(m.alertProperty().get().isPresent());
        m.refresh(RED.until());
        assertEquals(Optional.empty(), m.alertProperty().get());
    }

    @Test
    void offlineSaysHowLongAgoTheLastUpdateWasAndKeepsTheAlert() {
        FleetNoticeModel m = new FleetNoticeModel();
        Instant lastGood = NOW.minus(Duration.ofHours(3));
        m.apply(new FleetCondition(Optional.of(RED), Optional.of(lastGood), Optional.of("cannot reach origin")), NOW);
        assertTrue(m.offlineProperty().get());
        assertEquals(Optional.of(Duration.ofHours(3)), m.sinceUpdateProperty().get());
        assertTrue(m.alertProperty().get().isPresent());
        m.refresh(NOW.plus(Duration.ofHours(1)));
        assertEquals(Optional.of(Duration.ofHours(4)), m.sinceUpdateProperty().get());
        m.apply(new FleetCondition(Optional.empty(), Optional.of(NOW), Optional.empty()), NOW);
        assertFalse(m.offlineProperty().get());
    }
}
