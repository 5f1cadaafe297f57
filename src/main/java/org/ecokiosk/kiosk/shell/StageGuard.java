package org.ecokiosk.kiosk.shell;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the kiosk's stage full screen. A window manager's menu (Alt+Space under openbox), a
 * desktop shortcut or a compositor can iconify the stage or take it out of full screen and leave
 * residents in front of a bare desktop; whatever did it, the stage is restored at once. Only the
 * admin PIN leaves the kiosk, and it does so by exiting the program, not by shrinking the window.
 */
public final class StageGuard {
    private static final Logger LOG = LoggerFactory.getLogger(StageGuard.class);

    private final Stage stage;
    private final ChangeListener<Boolean> onIconified = (obs, was, iconified) -> {
        if (iconified) {
            restore("iconified");
        }
    };
    private final ChangeListener<Boolean> onFullScreen = (obs, was, fullScreen) -> {
        if (!fullScreen) {
            restore("left full screen");
        }
    };

    private StageGuard(Stage stage) {
        this.stage = stage;
    }

    /** Guards {@code stage} from now on; call on the FX thread once it is set full screen. */
    public static StageGuard install(Stage stage) {
        StageGuard guard = new StageGuard(stage);
        stage.iconifiedProperty().addListener(guard.onIconified);
        stage.fullScreenProperty().addListener(guard.onFullScreen);
        return guard;
    }

    /** Stops guarding (a test's teardown, or a stage that is closing for good). */
    public void remove() {
        stage.iconifiedProperty().removeListener(onIconified);
        stage.fullScreenProperty().removeListener(onFullScreen);
    }

    private void restore(String what) {
        LOG.warn("the kiosk window was {}; restoring full screen", what);
        // later, not inside the listener: the window system is still delivering the change
        Platform.runLater(() -> {
            if (!stage.isShowing()) {
                return;
            }
            stage.setIconified(false);
            stage.toFront();
            stage.requestFocus();
            stage.setFullScreen(true);
        });
    }
}
