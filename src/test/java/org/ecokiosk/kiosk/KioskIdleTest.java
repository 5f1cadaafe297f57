package org.ecokiosk.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Left alone, the kiosk goes back to home in the default language and text size. */
@ExtendWith(ApplicationExtension.class)
class KioskIdleTest {
    private KioskFixture fixture;

    @Start
    void start(Stage stage) throws Exception {
        fixture = KioskFixture.show(stage, 3);
    }

    @AfterEach
    void close() {
        fixture.session.close();
    }

    @Test
    void idleTimerResetsWhatTheVisitorChanged(FxRobot robot) throws Exception {
        robot.clickOn("#tile-plan");
        robot.clickOn("#language-button");
        robot.clickOn("#large-text-button");
        assertEquals("Plan targets", robot.lookup("#screen-title").queryAs(Labeled.class).getText());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#home-screen").tryQuery().map(Node::isVisible).orElse(false)
                        && "沙坪坝区生态环境信息".equals(robot.lookup("#screen-title").queryAs(Labeled.class).getText()));
        Node root = robot.lookup("#kiosk-root").query();
        assertTrue(root.getStyle().contains("-fx-font-size: 20.0px"), root.getStyle());
        assertEquals("English", robot.lookup("#language-button").queryAs(Labeled.class).getText());
    }
}
