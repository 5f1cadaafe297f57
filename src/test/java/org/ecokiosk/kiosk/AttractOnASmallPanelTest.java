package org.ecokiosk.kiosk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.ecokiosk.fleet.AlertLevel;
import org.ecokiosk.fleet.FleetAlert;
import org.ecokiosk.fleet.FleetCondition;
import org.ecokiosk.kiosk.shell.AlertBanner;
import org.ecokiosk.kiosk.viewmodel.FleetNoticeModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A small landscape panel (960×540) with the fleet's alert in two lines: the attract loop keeps
 * every line of its own — the highlight, "touch to start" in both languages and its "3 / 7" —
 * above the band and inside the window.
 */
@ExtendWith(ApplicationExtension.class)
class AttractOnASmallPanelTest {
    private static final Instant NOW = KioskFixture.TODAY.instant();
    private AlertBanner banner;
    @RegisterExtension
    final KioskFixture fixture = KioskFixture.shown().size(960, 540).whenShown(shown -> {
        banner = new AlertBanner(shown.kiosk().shell().messages(), new FleetNoticeModel(), KioskFixture.TODAY);
        banner.mountOn(shown.kiosk().shell().root());
    });

    @AfterEach
    void stopTheBanner() {
        banner.stop();
    }

    private static Bounds inScene(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    @Test
    void everyLineOfTheLoopStaysAboveATwoLineAlert(FxRobot robot) throws Exception {
        FleetAlert orange = new FleetAlert(AlertLevel.ORANGE, "重污染天气橙色预警：请减少户外活动，敏感人群留在室内",
                "Orange alert: heavy pollution, limit outdoor activity; sensitive groups stay indoors",
                NOW.minusSeconds(600), NOW.plus(Duration.ofHours(6)));
        banner.show(new FleetCondition(Optional.of(orange), Optional.of(NOW), Optional.empty()));
        robot.interact(() -> fixture.kiosk().shell().enterAttract());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#attract-position").tryQuery()
                .map(n -> n instanceof javafx.scene.control.Labeled l && !l.getText().isBlank()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds band = inScene(robot.lookup("#alert-banner").query());
        assertTrue(band.getHeight() > 0 && band.getMaxY() <= 541, "the band along the bottom: " + band);
        for (String query : List.of("#attract-card", ".attract-touch", ".attract-touch-en", "#attract-position")) {
            for (Node n : robot.lookup(query).queryAll()) {
                Bounds b = inScene(n);
                assertFalse(b.getMaxY() > band.getMinY() + 0.5, query + " runs under the alert: " + b + " band " + band);
                assertTrue(b.getMinY() >= -0.5, query + " above the window's top: " + b);
            }
        }
    }
}
