package org.ecokiosk.kiosk;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the start-up benchmark: prints FIRST_FRAME once the scene has been rendered, then quits.
 * A pulse after the window is showing is the first moment a frame can be on screen.
 */
public final class FirstFrame {
    private FirstFrame() {
    }

    public static void report(Scene scene) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (scene.getWindow() != null && scene.getWindow().isShowing() && ++pulses >= 2) {
                    stop();
                    System.out.println("FIRST_FRAME");
                    System.out.flush();
                    Platform.exit();
                }
            }
        }.start();
    }
}
