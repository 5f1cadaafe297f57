package org.ecokiosk.kiosk;

import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The program's one JavaFX Application: the kiosk, a preview and {@code eco-kiosk admin} all
 * run in it, showing the {@link Window} the composition root built.
 *
 * <p>Why a static hand-off: JavaFX creates the Application itself, by reflection, with no
 * arguments, and offers only strings ({@code getParameters()}) to pass anything in. Paths and
 * flags sent as strings would have to be parsed again here and the config read a second time.
 * Instead {@link #launch(Window)} leaves the ready-built window in a one-shot slot that
 * {@link #init()} empties; a second launch in the same JVM (JavaFX allows only one) fails.
 */
public final class KioskApp extends Application {
    private static final AtomicReference<Window> HANDOFF = new AtomicReference<>();
    private Window window;

    /** What the application shows in its stage. */
    public interface Window {
        /** On the FX thread: set up and show {@code stage}. */
        void show(Stage stage) throws Exception;

        /** When the application stops: release what the window opened. */
        void close();
    }

    /** Shows {@code window} and returns when the application has ended. Call from the main thread. */
    public static void launch(Window window) {
        if (!HANDOFF.compareAndSet(null, window)) {
            throw new IllegalStateException("the kiosk application is already being launched");
        }
        Application.launch(KioskApp.class);
    }

    @Override
    public void init() {
        window = HANDOFF.getAndSet(null);
        if (window == null) {
            throw new IllegalStateException("start the kiosk through KioskApp.launch(Window), not Application.launch");
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        window.show(stage);
    }

    @Override
    public void stop() {
        window.close();
    }
}
