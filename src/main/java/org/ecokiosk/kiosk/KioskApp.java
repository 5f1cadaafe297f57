package org.ecokiosk.kiosk;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The program's one JavaFX Application: the kiosk, a preview and {@code eco-kiosk admin} all
 * run in it, showing the {@link Window} the composition root built.
 *
 * <p>Why a static hand-off: JavaFX creates the Application itself, by reflection, with no
 * arguments, and offers only strings ({@code getParameters()}) to pass anything in. Paths and
 * flags sent as strings would have to be parsed again here and the config read a second time.
 * Instead {@link #launch(Window)} hands the ready-built window over to {@link #init()}; a second
 * launch in the same JVM (JavaFX allows only one) fails.
 *
 * <p>Why an early start: the kiosk's command line is read (picocli's model of every command, the
 * config) on the main thread for about as long as the toolkit takes to start. The launcher starts
 * the toolkit first ({@link #startEarly()}), on a thread of its own, so both run at once on a
 * kiosk's cores; {@link #init()} parses the fonts meanwhile and then waits for the window.
 */
public final class KioskApp extends Application {
    /** The window {@link #init()} waits for; empty when the command that started early shows none. */
    private static final AtomicReference<CompletableFuture<Optional<Window>>> HANDOFF = new AtomicReference<>();
    private static final AtomicBoolean LAUNCHED = new AtomicBoolean();
    /** Completes when the application has ended (for an early start: on its own thread). */
    private static final CompletableFuture<Void> ENDED = new CompletableFuture<>();
    private static volatile boolean startedEarly;
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

    /**
     * Starts the JavaFX toolkit and this application now, on a thread of its own, before the
     * window to show is known: {@link #launch(Window)} hands it over, or {@link #abandonEarlyStart()}
     * ends the application when the command shows none. Only for a command that will show a
     * window on a display that is there (the launcher checks first: the toolkit dies with stack
     * traces without one). Call at most once, before {@link #launch(Window)}.
     */
    public static void startEarly() {
        if (!LAUNCHED.compareAndSet(false, true)) {
            throw new IllegalStateException("the kiosk application is already being launched");
        }
        HANDOFF.set(new CompletableFuture<>());
        startedEarly = true;
        Thread thread = new Thread(() -> {
            try {
                Application.launch(KioskApp.class);
                ENDED.complete(null);
            } catch (Throwable e) {
                // handed to the command through launch(), which reports it as it always did
                ENDED.completeExceptionally(e);
                HANDOFF.get().complete(Optional.empty());
            }
        }, "kiosk-toolkit-start");
        thread.start();
    }

    /** Shows {@code window} and returns when the application has ended. Call from the main thread. */
    public static void launch(Window window) {
        if (startedEarly) {
            // not taken only when the early start failed (rethrown below) or was abandoned (ended)
            HANDOFF.get().complete(Optional.of(window));
            try {
                ENDED.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            return;
        }
        if (!LAUNCHED.compareAndSet(false, true)) {
            throw new IllegalStateException("the kiosk application is already being launched");
        }
        HANDOFF.set(CompletableFuture.completedFuture(Optional.of(window)));
        Application.launch(KioskApp.class);
    }

    /**
     * The command that started the application early ended without showing a window (a usage
     * error, a bad config, --help): the application ends at once. Does nothing otherwise.
     */
    public static void abandonEarlyStart() {
        if (startedEarly && HANDOFF.get().complete(Optional.empty())) {
            ENDED.exceptionally(e -> null).join();
        }
    }

    @Override
    public void init() {
        CompletableFuture<Optional<Window>> handoff = HANDOFF.get();
        if (handoff == null) {
            throw new IllegalStateException("start the kiosk through KioskApp.launch(Window), not Application.launch");
        }
        // on the launcher thread, with the fonts parsed beside it (while the command line is still
        // being read, after an early start): the FX thread stays free, and start() follows once
        // all of it is done. The icon font is read here too, not at home's first icon on the FX
        // thread (with Ikonli's resolver that was 0.2 s of the FX thread's CPU before the first
        // frame, bench startup; widgets.Glyph reads the one font now). (A warm-up that styled a throwaway
        // scene of the kiosk's controls here saved the FX thread no CPU measurable before the first frame:
        // bench startup, CPU median 2.12 s without it against 2.51 s with, then 2.84 s against 2.72 s.)
        CompletableFuture<Void> fonts = beside("font-loader", KioskFonts::load);
        try {
            window = handoff.join().orElse(null);
            if (window != null) {
                window.prepare();
            }
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
        if (window == null) {
            Platform.exit();
            return;
        }
        window.show(stage);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
