package org.ecokiosk.kiosk;

import static org.ecokiosk.kiosk.KioskFixture.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A page once visited stays in the window, hidden, so a revisit is not styled again from the
 * stylesheets; a switch that restyles the whole window (大字, high contrast) takes the hidden
 * pages out first, so it restyles only the page showing.
 */
@ExtendWith(ApplicationExtension.class)
class PagesStayInTheWindowTest {
    @RegisterExtension
    final KioskFixture fixture = KioskFixture.shown();

    @Test
    void aVisitedPageWaitsHiddenInTheWindowAndARevisitDoesNoStylePass(FxRobot robot) throws Exception {
        robot.clickOn("#tile-air");
        waitFor(robot, "#air-today-aqi");
        Node air = robot.lookup("#air-screen").query();
        Scene scene = air.getScene();
        robot.clickOn("#home-button");
        assertSame(scene, air.getScene(), "air stays in the window");
        assertFalse(air.isVisible(), "hidden while home shows");
        assertTrue(robot.lookup("#home-screen").query().isVisible());
        assertEquals(scene.getWidth(), air.getLayoutBounds().getWidth(), 0.5, "laid out at the window's width");

        // a colour set in code gives way to the page's own inline style whenever the label is styled
        // anew (the inline style outranks code): it stays only if the revisit applies no style
        Labeled aqi = robot.lookup("#air-today-aqi").queryAs(Labeled.class);
        Paint styled = aqi.getTextFill();
        robot.interact(() -> aqi.setTextFill(Color.MAGENTA));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Color.MAGENTA, aqi.getTextFill(), "setting it styles nothing by itself");
        robot.clickOn("#tile-air");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(air.isVisible());
        assertSame(air, robot.lookup("#air-screen").query());
        assertSame(aqi, robot.lookup("#air-today-aqi").query(), "the same page, not rebuilt");
        assertEquals(Color.MAGENTA, aqi.getTextFill(), "a revisit applies no style to the page");
        // the probe itself would fail on the old way: taken out and put back, the label is styled anew
        robot.interact(() -> {
            javafx.scene.layout.Pane parent = (javafx.scene.layout.Pane) aqi.getParent();
            int at = parent.getChildren().indexOf(aqi);
            parent.getChildren().remove(aqi);
            parent.getChildren().add(at, aqi);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(styled, aqi.getTextFill(), "re-entering the scene restyles");
        assertEquals(0, ((ScrollPane) air).getVvalue(), 1e-9, "a visit from home still starts at the top");
    }

    @Test
    void aLookupInTheWindowMeetsThePageShowingBeforeAHiddenOne(FxRobot robot) throws Exception {
        robot.clickOn("#tile-air");
        waitFor(robot, "#air-today-aqi");
        Node air = robot.lookup("#air-screen").query();
        robot.clickOn("#home-button");
        robot.clickOn("#tile-water");
        waitFor(robot, "#water-summary");
        Node water = robot.lookup("#water-screen").query();
        assertNotNull(air.getScene(), "air waits hidden in the window");
        assertFalse(air.isVisible());
        // both pages have a sample banner: the one a lookup meets first is the one a visitor sees
        Node banner = robot.lookup("#sample-banner").query();
        assertTrue(KioskFixture.showing(banner), "the banner found first is on the page showing");
        assertTrue(isWithin(banner, water), "the banner found first is water's, not hidden air's");
        assertEquals(1, robot.lookup("#sample-banner").queryAll().stream().filter(KioskFixture::showing).count());
    }

    private static boolean isWithin(Node node, Node page) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == page) {
                return true;
            }
        }
        return false;
    }

    @Test
    void largeTextTakesTheHiddenPagesOutAndTheyComeBackStyledAnew(FxRobot robot) throws Exception {
        robot.clickOn("#tile-water");
        waitFor(robot, "#water-summary");
        Node water = robot.lookup("#water-screen").query();
        robot.clickOn("#home-button");
        assertNotNull(water.getScene(), "water waits hidden in the window");
        robot.clickOn("#large-text-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(water.getScene(), "大字 restyles the window: the hidden page is taken out, not restyled now");
        assertTrue(robot.lookup("#home-screen").query().isVisible(), "the page showing stays");
        robot.clickOn("#tile-water");
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(water.getScene(), robot.lookup("#home-screen").query().getScene());
        assertTrue(water.isVisible());
    }
}
