package org.ecokiosk.kiosk.shell;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.geometry.Dimension2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.util.Duration;

/**
 * While home idles, gets every other screen ready for its first visit, one small step at a time
 * on the FX thread: builds the screen, lets it read its data (off the FX thread) and build its
 * page, then styles and lays the page out at the size it will have, in a scene no window shows
 * (no visitor and no test sees it there). A first visit then only moves a finished page into the
 * window. It pauses whenever a visitor is on another screen and starts over after a snapshot switch.
 */
final class ScreenPreparation {
    /** Time between steps: each step is one screen's worth of work at most, so a touch waits little. */
    static final Duration STEP = Duration.millis(40);
    /** Time between looks at a screen whose data is still being read. */
    static final Duration WAIT = Duration.millis(100);

    private final Navigator navigator;
    private final Parent kioskRoot;
    private final Supplier<Dimension2D> area;
    private final PauseTransition timer = new PauseTransition();
    private final Deque<String> todo = new ArrayDeque<>();
    private final Pane holder = new Pane();
    private Optional<Scene> offscreen = Optional.empty();
    private Optional<Screen> inHand = Optional.empty();
    private CompletableFuture<Void> done = new CompletableFuture<>();
    private boolean stopped;

    /**
     * @param kioskRoot the window's root (its stylesheets, font size and theme are copied)
     * @param area      the size of where screens are shown (pages are laid out at it)
     */
    ScreenPreparation(Navigator navigator, Parent kioskRoot, Supplier<Dimension2D> area) {
        this.navigator = navigator;
        this.kioskRoot = kioskRoot;
        this.area = area;
        holder.setId("screen-preparation");
        timer.setOnFinished(e -> step());
    }

    /** Starts (or starts over) after {@code delay}: every screen but home is prepared again. */
    void start(Duration delay) {
        if (stopped) {
            return;
        }
        release();
        todo.clear();
        navigator.ids().stream().filter(id -> !Navigator.HOME.equals(id)).forEach(todo::add);
        if (done.isDone()) {
            done = new CompletableFuture<>();
        }
        schedule(delay);
    }

    /** Completes when every screen is prepared (again, after a start over). */
    CompletableFuture<Void> prepared() {
        return done;
    }

    /** For good: the kiosk is closing. */
    void stop() {
        stopped = true;
        timer.stop();
        release();
    }

    private void schedule(Duration delay) {
        timer.stop();
        timer.setDuration(delay);
        timer.playFromStart();
    }

    private void step() {
        if (stopped) {
            return;
        }
        boolean homeShowing = navigator.current().map(s -> Navigator.HOME.equals(s.id())).orElse(false);
        if (!homeShowing || area.get().getWidth() <= 0) {
            // a visitor is on another screen (or the window is not laid out yet): look again later
            release();
            schedule(WAIT);
            return;
        }
        if (inHand.isEmpty()) {
            if (todo.isEmpty()) {
                done.complete(null);
                return;
            }
            Optional<Screen> next = navigator.screen(todo.peek());
            if (next.isEmpty() || next.get().prepared()) {
                todo.poll();
                schedule(STEP);
                return;
            }
            inHand = next;
            attach(next.get().view());
        }
        Screen screen = inHand.get();
        screen.prepare();
        if (!screen.prepared()) {
            schedule(WAIT);
            return;
        }
        layOut(screen.view());
        release();
        todo.poll();
        schedule(STEP);
    }

    /** Puts {@code view} into the hidden scene at the size of the screen area, styled like the window. */
    private void attach(Node view) {
        Scene scene = offscreen.orElseGet(() -> {
            Scene s = new Scene(holder);
            offscreen = Optional.of(s);
            return s;
        });
        if (kioskRoot.getScene() != null) {
            scene.getStylesheets().setAll(kioskRoot.getScene().getStylesheets());
        }
        holder.getStylesheets().setAll(kioskRoot.getStylesheets());
        holder.setStyle(kioskRoot.getStyle());
        holder.getStyleClass().setAll(kioskRoot.getStyleClass());
        holder.getChildren().setAll(view);
    }

    private void layOut(Node view) {
        if (view.getParent() != holder) {
            return; // a visitor opened it meanwhile: it is in the window now
        }
        Dimension2D size = area.get();
        holder.resize(size.getWidth(), size.getHeight());
        holder.applyCss();
        view.resizeRelocate(0, 0, size.getWidth(), size.getHeight());
        if (view instanceof Parent parent) {
            parent.layout();
        }
    }

    /** Lets go of the screen in hand (a visitor's touch may already have moved its view to the window). */
    private void release() {
        holder.getChildren().clear();
        inHand = Optional.empty();
    }
}
