package org.ecokiosk.kiosk.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Whatever iconifies the kiosk or takes it out of full screen, the stage comes straight back. */
@ExtendWith(ApplicationExtension.class)
class StageGuardTest {
    private Stage stage;
    private StageGuard guard;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.setFullScreenExitHint(""); // as the kiosk does: no "press Esc" overlay (its timer outlives the test)
        stage.show();
        stage.requestFocus(); // Monocle takes the focused window full screen
        stage.setFullScreen(true);
        guard = StageGuard.install(stage);
    }

    @AfterEach
    void removeGuard(FxRobot robot) {
        robot.interact(() -> {
            guard.remove();
            stage.setFullScreen(false);
        });
    }

    @Test
    void anIconifiedKioskIsRestoredToFullScreen(FxRobot robot) throws Exception {
        assertTrue(stage.isFullScreen(), "the test starts full screen");
        robot.interact(() -> stage.setIconified(true));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stage.isIconified() && stage.isFullScreen());
        assertFalse(stage.isIconified());
        assertTrue(stage.isFullScreen());
    }

    @Test
    void leavingFullScreenIsUndone(FxRobot robot) throws Exception {
        robot.interact(() -> stage.setFullScreen(false));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, stage::isFullScreen);
        assertTrue(stage.isFullScreen());
        assertTrue(stage.isShowing());
    }

    @Test
    void withoutTheGuardTheStageStaysWhereItWasPut(FxRobot robot) {
        // the control case: the restore above is the guard's doing, not the platform's
        robot.interact(() -> {
            guard.remove();
            stage.setFullScreen(false);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isFullScreen());
    }
}
