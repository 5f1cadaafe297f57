package org.ecokiosk.kiosk;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
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
        /**
         * Off the FX thread, once the toolkit runs and before {@link #show}: slow work the window
         * waits for (while the bundled fonts are parsed beside it), so the FX thread only builds and shows.
         */
        default void prepare() {
        }

        /** On the FX thread: set up and show {@code stage}. */
        void show(Stage stage) throws Exception;

        /** When the application stops: release what the window opened. */
        void close();
    }

    /**
     * A window that becomes {@code build} of {@code ready} once {@code ready} completes: lets slow
     * start-up work (checking the snapshot) run while the JavaFX toolkit starts, and waits for it
     * in {@link Window#prepare()}, off the FX thread.
     */
    public static <T> Window after(CompletableFuture<T> ready, Function<T, Window> build) {
        return new Window() {
            private Window built;

            @Override
            public void prepare() {
                built = build.apply(ready.join());
                built.prepare();
            }

            @Override
            public void show(Stage stage) throws Exception {
                built.show(stage);
            }

            @Override
            public void close() {
                if (built != null) {
                    built.close();
                }
            }
        };
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
        // on the launcher thread, with the fonts parsed beside it: the FX thread stays free, and
        // start() follows once both are done. (A warm-up that styled a throwaway scene of the
        // kiosk's controls here saved the FX thread no CPU measurable before the first frame:
        // bench startup, CPU median 2.12 s without it against 2.51 s with, then 2.84 s against 2.72 s.)
        CompletableFuture<Void> fonts = beside("font-loader", KioskFonts::load);
        try {
            window.prepare();
        } finally {
            fonts.join();
        }
    }

    private static CompletableFuture<Void> beside(String name, Runnable work) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } finally {
                done.complete(null);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return done;
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
