package org.ecokiosk.kiosk;

import static org.ecokiosk.kiosk.KioskFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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

/** The office's alert over every screen and the attract loop, in both languages, gone when it expires. */
@ExtendWith(ApplicationExtension.class)
class KioskAlertTest {
    private static final Instant NOW = KioskFixture.TODAY.instant();
    private static final FleetAlert ORANGE = new FleetAlert(AlertLevel.ORANGE, "重污染天气橙色预警：请减少户外活动",
            "Orange alert: heavy pollution, limit outdoor activity", NOW.minusSeconds(600), NOW.plus(Duration.ofHours(6)));
    private final java.util.List<String> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final FleetNoticeModel model = new FleetNoticeModel();
    private AlertBanner banner;
    @RegisterExtension
    final KioskFixture fixture = KioskFixture.shown().whenShown(shown -> {
        banner = new AlertBanner(shown.kiosk().shell().messages(), model, KioskFixture.TODAY);
        banner.mountOn(shown.kiosk().shell().root());
        org.ecokiosk.kiosk.shell.ScreenCounting.follow(shown.kiosk().shell().navigator(),
                shown.kiosk().shell().messages(), (screen, language) -> opened.add(screen + "/" + language));
    });

    @AfterEach
    void stopTheBanner() {
        banner.stop();
    }

    private static boolean shown(FxRobot robot) {
        return robot.lookup("#alert-banner").tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup("#alert-box").tryQuery().map(Node::isVisible).orElse(false);
    }

    /** The banner is drawn above every other layer of the kiosk: nothing it shows can cover it. */
    private static boolean onTop(FxRobot robot) {
        var layers = robot.lookup("#kiosk-root").queryAs(javafx.scene.layout.StackPane.class).getChildrenUnmodifiable();
        Node banner = robot.lookup("#alert-banner").query();
        return layers.contains(banner) && layers.stream().filter(n -> n != banner)
                .allMatch(n -> n.getViewOrder() > banner.getViewOrder());
    }

    private static javafx.geometry.Bounds inScene(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    /** Overlapping by more than a touching edge. */
    private static boolean overlap(javafx.geometry.Bounds a, javafx.geometry.Bounds b) {
        return a.getMinX() < b.getMaxX() && b.getMinX() < a.getMaxX() && a.getMinY() < b.getMaxY() && b.getMinY() < a.getMaxY();
    }

    /**
     * The band covers neither the admin corner, nor the screen on display, nor — in the attract
     * loop — its highlight and "touch to start" lines: it has a strip of its own.
     */
    private void coversNothingItMustNot(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds band = inScene(robot.lookup("#alert-banner").query());
        assertTrue(band.getHeight() > 0, "the band has a size: " + band);
        assertFalse(overlap(band, inScene(robot.lookup("#admin-corner").query())), "admin corner covered: " + band);
        Node screen = fixture.kiosk().shell().navigator().current().orElseThrow().view();
        assertFalse(overlap(band, inScene(screen)), "screen covered: " + band + " " + inScene(screen));
        for (Node card : robot.lookup("#attract-card").queryAll()) {
            assertFalse(overlap(band, inScene(card)), "attract highlight covered: " + band + " " + inScene(card));
        }
        for (Node touch : robot.lookup(".attract-touch").queryAll()) {
            assertFalse(overlap(band, inScene(touch)), "'touch to start' covered: " + band + " " + inScene(touch));
        }
        for (Node touch : robot.lookup(".attract-touch-en").queryAll()) {
            assertFalse(overlap(band, inScene(touch)), "'touch to start' covered: " + band + " " + inScene(touch));
        }
    }

    @Test
    void theLongestAlertInLargeTextLeavesTouchToStartAndTheAdminCornerFree(FxRobot robot) throws Exception {
        FleetAlert longest = new FleetAlert(AlertLevel.RED, "重".repeat(FleetAlert.MAX_TEXT), "R".repeat(FleetAlert.MAX_TEXT
                / 2) + " " + "e".repeat(FleetAlert.MAX_TEXT / 2 - 1), NOW.minusSeconds(60), NOW.plus(Duration.ofHours(1)));
        banner.show(new FleetCondition(Optional.of(longest), Optional.of(NOW), Optional.of("offline")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown(robot));
        robot.clickOn("#large-text-button");
        coversNothingItMustNot(robot);
        robot.interact(() -> fixture.kiosk().shell().enterAttract());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#attract").tryQuery().isPresent());
        assertTrue(shown(robot));
        assertFalse(robot.lookup(".attract-touch").queryAll().isEmpty(), "the loop shows its prompt");
        coversNothingItMustNot(robot);
        robot.clickOn(".attract-touch");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#attract").tryQuery().isEmpty());
        assertTrue(shown(robot), "still shown on home after the loop");
        coversNothingItMustNot(robot);
    }

    @Test
    void theAlertShowsOverEveryScreenAndTheAttractLoopInBothLanguages(FxRobot robot) throws Exception {
        assertFalse(shown(robot), "no alert, no banner");
        banner.show(new FleetCondition(Optional.of(ORANGE), Optional.of(NOW), Optional.empty()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown(robot));
        assertEquals("重污染天气橙色预警：请减少户外活动", text(robot, "#alert-text-zh"));
        assertEquals("Orange alert: heavy pollution, limit outdoor activity", text(robot, "#alert-text-en"));
        assertTrue(robot.lookup(".alert-level-orange").tryQuery().isPresent());
        assertTrue(text(robot, ".alert-heading").contains("橙色预警") && text(robot, ".alert-heading").contains("Orange"));
        assertTrue(onTop(robot));
        coversNothingItMustNot(robot);

        robot.clickOn("#tile-air");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "air".equals(fixture.kiosk().shell().navigator().current().orElseThrow().id()));
        assertTrue(shown(robot));
        coversNothingItMustNot(robot);
        assertEquals(java.util.List.of("air/zh"), opened, "counted once, home never");
        robot.clickOn("#language-button");
        assertEquals("重污染天气橙色预警：请减少户外活动", text(robot, "#alert-text-zh"), "both languages whatever is chosen");
        assertEquals("Orange alert: heavy pollution, limit outdoor activity", text(robot, "#alert-text-en"));

        robot.interact(() -> fixture.kiosk().shell().enterAttract());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#attract").tryQuery().isPresent());
        assertTrue(shown(robot));
        assertTrue(onTop(robot));
        coversNothingItMustNot(robot);
        assertEquals("Orange alert: heavy pollution, limit outdoor activity", text(robot, "#alert-text-en"));
    }

    @Test
    void anExpiredAlertDisappearsAndAnOfflineKioskSaysHowOldItsDataIs(FxRobot robot) throws Exception {
        banner.show(new FleetCondition(Optional.of(ORANGE), Optional.of(NOW.minus(Duration.ofHours(3))),
                Optional.of("cannot reach eco.example")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown(robot));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, "#offline-note").contains("3 小时前"), text(robot, "#offline-note"));

        robot.interact(() -> model.refresh(ORANGE.until()));
        assertFalse(shown(robot), "expired: never shown");
        assertTrue(robot.lookup("#offline-note").query().isVisible(), "still offline");

        robot.interact(() -> model.apply(new FleetCondition(Optional.empty(), Optional.of(NOW), Optional.empty()), NOW));
        assertFalse(robot.lookup("#alert-banner").query().isVisible());
    }
}
