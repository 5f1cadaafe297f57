package org.ecokiosk.kiosk;

import static org.ecokiosk.kiosk.KioskFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Left alone, the kiosk resets what the visitor changed and runs the attract loop; a touch on
 * the loop brings the next visitor home in the default language, text size and theme.
 */
@ExtendWith(ApplicationExtension.class)
class KioskIdleTest {
    // a visitor's taps must not race the idle timer on a loaded machine: the timer is shortened
    // only once the visitor of each test is done
    @RegisterExtension
    final KioskFixture fixture = KioskFixture.shown()
            .whenShown(kiosk -> kiosk.kiosk().attract().setInterval(Duration.millis(700)));

    /** The visitor walks away: from now on one second without a touch starts the loop. */
    private void leaveAlone(FxRobot robot) {
        robot.interact(() -> fixture.kiosk().idle().setTimeout(Duration.seconds(1)));
    }

    private static boolean attractShowing(FxRobot robot) {
        return robot.lookup("#attract").tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void idleResetsThenTheAttractLoopRotatesAndATouchReturnsHome(FxRobot robot) throws Exception {
        robot.clickOn("#tile-facilities");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#facility-open-fac-jingkou-wwtp").tryQuery().isPresent());
        robot.clickOn("#facility-open-fac-jingkou-wwtp");
        robot.clickOn("#language-button");
        robot.clickOn("#large-text-button");
        robot.clickOn("#contrast-button");
        assertEquals("Open facilities", text(robot, "#screen-title"));

        leaveAlone(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> attractShowing(robot));
        // already reset underneath the loop
        Node root = robot.lookup("#kiosk-root").query();
        assertTrue(root.getStyle().contains("-fx-font-size: 20.0px"), root.getStyle());
        assertFalse(root.getStyleClass().contains("high-contrast"));
        assertEquals("沙坪坝区生态环境信息", text(robot, "#screen-title"));

        // highlights from the snapshot, rotating
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text(robot, "#attract-position").isEmpty());
        String first = text(robot, "#attract-title") + text(robot, "#attract-text");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !first.equals(text(robot, "#attract-title") + text(robot, "#attract-text")));
        assertNotEquals(0, fixture.kiosk().attract().model().highlights().size());

        // the next visitor arrives and takes their time
        robot.interact(() -> fixture.kiosk().idle().setTimeout(Duration.seconds(600)));
        robot.clickOn("#attract");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(attractShowing(robot), "a touch ends the loop");
        assertTrue(robot.lookup("#home-screen").query().isVisible());
        assertEquals("English", text(robot, "#language-button"));
        assertFalse(robot.lookup("#contrast-button").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        // the facilities screen shows its list again, not the last visitor's details
        robot.clickOn("#tile-facilities");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#facility-open-fac-jingkou-wwtp").tryQuery().isPresent());
        assertFalse(robot.lookup("#facility-back").tryQuery().isPresent());
    }

    @Test
    void idleForgetsTheWayBack(FxRobot robot) throws Exception {
        robot.clickOn("#tile-towns");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#towns-read-more").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#towns-screen").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        robot.clickOn("#towns-read-more");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#news-web").tryQuery().isPresent());
        assertTrue(fixture.kiosk().shell().navigator().canGoBackProperty().get());

        leaveAlone(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> attractShowing(robot));
        assertFalse(fixture.kiosk().shell().navigator().canGoBackProperty().get(), "the next visitor has no way back into this one's path");
        robot.interact(() -> fixture.kiosk().idle().setTimeout(Duration.seconds(600)));
        robot.clickOn("#attract");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#back-button").query().isVisible());
        robot.clickOn("#tile-news");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#news-list").tryQuery().isPresent());
        assertFalse(robot.lookup("#news-web").tryQuery().map(Node::isVisible).orElse(false), "the list, not the article");
    }

    @Test
    void theTouchThatEndsTheLoopDoesNotPressWhatIsBeneath(FxRobot robot) throws Exception {
        leaveAlone(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> attractShowing(robot));
        Node tile = robot.lookup("#tile-plan").query();
        robot.clickOn(tile.localToScreen(tile.getBoundsInLocal()).getCenterX(),
                tile.localToScreen(tile.getBoundsInLocal()).getCenterY(), javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(attractShowing(robot));
        assertEquals("沙坪坝区生态环境信息", text(robot, "#screen-title"), "still home, the plan tile was not pressed");
    }

    @Test
    void anIdleTimerFiringAfterTheSessionClosedStartsNoRead(FxRobot robot) throws Exception {
        // the old race: the session closes, then the idle timer fires in a last pulse
        fixture.session().close();
        robot.interact(() -> fixture.kiosk().shell().enterAttract());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(attractShowing(robot), "the loop shows its welcome");
        assertEquals("", text(robot, "#attract-position"), "no highlight: nothing was read from a closed session");
        robot.interact(() -> fixture.kiosk().shell().leaveAttract());
    }

    @Test
    void aKioskShutDownNeverStartsTheAttractLoopAgain(FxRobot robot) throws Exception {
        robot.interact(() -> fixture.kiosk().shell().enterAttract());
        assertTrue(attractShowing(robot));
        robot.interact(() -> fixture.kiosk().close());
        assertFalse(attractShowing(robot), "shutting down stops the loop");
        fixture.session().close();
        robot.interact(() -> fixture.kiosk().shell().enterAttract());
        assertFalse(attractShowing(robot), "and it never starts again");
        assertTrue(fixture.kiosk().shell().isShutDown());
    }
}
