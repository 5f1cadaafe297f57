package org.ecokiosk.kiosk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletionStage;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the start-up benchmark: once the scene has been rendered, creates the file named by the
 * system property {@value #MARKER_PROPERTY} (the benchmark, another process, waits for it), then
 * quits. A pulse after the window is showing is the first moment a frame can be on screen. The
 * marker says how much CPU the process had used by then (every thread: the JIT compilers and the
 * collector too), from Linux's {@code /proc/self/stat}; -1 elsewhere.
 *
 * <p>A scene whose figures arrive after its first frame (the kiosk's home) says so through
 * {@link #filledWhen}: the marker then gets a second line, {@code FILLED <cpu ms>}, once they have
 * been drawn too, and the program quits after that line instead.
 */
public final class FirstFrame {
    /** The system property naming the file to create when the first frame is drawn. */
    public static final String MARKER_PROPERTY = "eco-kiosk.bench.first-frame-marker";
    private static final String FILLED_KEY = FirstFrame.class.getName() + ".filled";

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

    /** For {@link #report}: {@code scene}'s figures are drawn a frame after {@code filled} completes. */
    public static void filledWhen(Scene scene, CompletionStage<Void> filled) {
        scene.getProperties().put(FILLED_KEY, filled);
    }

    public static void report(Scene scene) {
        Path marker = Path.of(System.getProperty(MARKER_PROPERTY, "first-frame.marker"));
        afterTwoPulses(scene, () -> {
            write(marker, "FIRST_FRAME " + processCpuMillis() + "\n", StandardOpenOption.TRUNCATE_EXISTING);
            if (scene.getProperties().get(FILLED_KEY) instanceof CompletionStage<?> filled) {
                filled.thenRun(() -> Platform.runLater(() -> afterTwoPulses(scene, () -> {
                    write(marker, "FILLED " + processCpuMillis() + "\n", StandardOpenOption.APPEND);
                    Platform.exit();
                })));
            } else {
                Platform.exit();
            }
        });
    }

    /** Two pulses while the window shows: the first one's frame is then on screen. */
    private static void afterTwoPulses(Scene scene, Runnable then) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (scene.getWindow() != null && scene.getWindow().isShowing() && ++pulses >= 2) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    private static void write(Path marker, String line, StandardOpenOption how) {
        try {
            Files.writeString(marker, line, StandardOpenOption.CREATE, how, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the first-frame marker " + marker, e);
        }
    }
}
