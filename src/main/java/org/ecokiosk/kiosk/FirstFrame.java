package org.ecokiosk.kiosk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the start-up benchmark: once the scene has been rendered, creates the file named by the
 * system property {@value #MARKER_PROPERTY} (the benchmark, another process, waits for it), then
 * quits. A pulse after the window is showing is the first moment a frame can be on screen.
 */
public final class FirstFrame {
    /** The system property naming the file to create when the first frame is drawn. */
    public static final String MARKER_PROPERTY = "eco-kiosk.bench.first-frame-marker";

    private FirstFrame() {
    }

    public static void report(Scene scene) {
        Path marker = Path.of(System.getProperty(MARKER_PROPERTY, "first-frame.marker"));
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (scene.getWindow() != null && scene.getWindow().isShowing() && ++pulses >= 2) {
                    stop();
                    try {
                        Files.writeString(marker, "FIRST_FRAME\n");
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot write the first-frame marker " + marker, e);
                    }
                    Platform.exit();
                }
            }
        }.start();
    }
}
