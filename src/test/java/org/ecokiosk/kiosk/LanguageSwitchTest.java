package org.ecokiosk.kiosk;

import static org.ecokiosk.kiosk.KioskFixture.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A language switch rebuilds only the screen on display; a screen built earlier keeps its
 * page until it is shown again, and then shows the new language.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchTest {
    @RegisterExtension
    final KioskFixture fixture = KioskFixture.shown();

    /** {@code id}'s node inside screen {@code screen}'s view, whether or not that view is on display. */
    private Labeled inScreen(String screen, String id) {
        Node view = fixture.kiosk().shell().navigator().screen(screen).orElseThrow().view();
        return (Labeled) view.lookup(id);
    }

    @Test
    void onlyTheVisibleScreenIsRebuiltTheOthersWhenNextShown(FxRobot robot) throws Exception {
        robot.clickOn("#tile-plan");
        waitFor(robot, "#status-zl2-09");
        Labeled planStatus = inScreen("plan", "#status-zl2-09");
        assertEquals("已达到", planStatus.getText());
        robot.clickOn("#home-button");
        robot.clickOn("#tile-facilities");
        waitFor(robot, "#facility-open-fac-jingkou-wwtp");
        Labeled facilityButton = inScreen("facilities", "#facility-open-fac-jingkou-wwtp");
        String chineseDetails = facilityButton.getText();

        robot.clickOn("#language-button");
        WaitForAsyncUtils.waitForFxEvents();
        // the screen on display is rebuilt in English at once
        Labeled shownButton = inScreen("facilities", "#facility-open-fac-jingkou-wwtp");
        assertNotSame(facilityButton, shownButton, "the visible screen is rebuilt");
        assertEquals("Details", shownButton.getText(), "was " + chineseDetails);
        // the plan screen, not on display, still holds the page it had: nothing was rebuilt
        assertSame(planStatus, inScreen("plan", "#status-zl2-09"), "a hidden screen is not rebuilt");
        assertEquals("已达到", planStatus.getText());

        robot.clickOn("#home-button");
        robot.clickOn("#tile-plan");
        waitFor(robot, "#status-zl2-09");
        Labeled rebuilt = inScreen("plan", "#status-zl2-09");
        assertNotSame(planStatus, rebuilt, "shown again, it catches up");
        assertEquals("Met", rebuilt.getText());
    }
}
