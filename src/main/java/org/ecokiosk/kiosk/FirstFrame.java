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
 * quits. A pulse after the window is showing is the first moment a frame can be on screen. The
 * marker says how much CPU the process had used by then (every thread: the JIT compilers and the
 * collector too), from Linux's {@code /proc/self/stat}; -1 elsewhere.
 */
public final class FirstFrame {
    /** The system property naming the file to create when the first frame is drawn. */
    public static final String MARKER_PROPERTY = "eco-kiosk.bench.first-frame-marker";

    private FirstFrame() {
    }

    /** user + system time of this process in ms, read as cheaply as possible (no management beans). */
    static long processCpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14 and 15 of proc(5), in clock ticks of 1/100 s (USER_HZ)
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException notLinux) {
            return -1;
        }
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
                        Files.writeString(marker, "FIRST_FRAME " + processCpuMillis() + "\n");
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot write the first-frame marker " + marker, e);
                    }
                    Platform.exit();
                }
            }
        }.start();
    }
}
