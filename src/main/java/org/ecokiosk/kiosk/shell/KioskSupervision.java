package org.ecokiosk.kiosk.shell;

import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * What keeps an unattended kiosk on screen: the full-screen guard on its stage and, under the
 * eco-kiosk systemd service, the watchdog fed by the UI thread. One call where the stage is made.
 */
public final class KioskSupervision {
    private KioskSupervision() {
    }

    /** Call on the FX thread after the stage is set up; a windowed preview is neither guarded nor watched. */
    public static void attach(Stage stage, boolean fullScreen) {
        if (!fullScreen) {
            return;
        }
        StageGuard.install(stage);
        FxWatchdog.fromEnvironment().ifPresent(watchdog -> {
            watchdog.start();
            stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> watchdog.stop());
        });
    }
}
