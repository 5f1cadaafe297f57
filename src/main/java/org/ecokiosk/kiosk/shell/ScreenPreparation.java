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
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.util.Duration;

/**
 * While home idles, gets every other screen ready for its first visit, one small step at a time
 * on the FX thread: builds the screen and lets it read its data (off the FX thread); once the data
 * is there, one step builds the page, styles it and lays it out at the size it will have — in the
 * window's own scene, under its root, hidden and outside its layout — and takes it out again
 * before the step ends (no visitor and no test sees it there). A first visit then only moves a
 * finished page into the window, and the scene's style cache already knows every node of it: a
 * page styled in a scene of its own had a cache of its own, and its first visit matched every
 * node against the stylesheets again (air: 92 ms of 110 ms on the FX thread).
 * It pauses whenever a visitor is on another screen and starts over after a snapshot switch.
 *
 * <p>A tap comes first: a step takes the FX thread for about a frame, so a touch that lands
 * during one waits that long, never longer. While a finger (or the mouse) is down on the window
 * no step starts, so the tap's release and the screen it opens are never queued behind more
 * preparation; once the tap has opened a screen the preparation pauses as for any visit.
 */
final class ScreenPreparation {
    /** Time between steps: each step is one screen's worth of work at most, so a touch waits little. */
    static final Duration STEP = Duration.millis(40);
    /** Time between looks at a screen whose data is still being read. */
    static final Duration WAIT = Duration.millis(100);

    private final Navigator navigator;
    private final Pane kioskRoot;
    private final Supplier<Dimension2D> area;
    private final PauseTransition timer = new PauseTransition();
    private final Deque<String> todo = new ArrayDeque<>();
    private final BorderPane holder = new BorderPane();
    private Optional<Screen> inHand = Optional.empty();
    private CompletableFuture<Void> done = new CompletableFuture<>();
    private boolean stopped;
    /** A finger or the mouse is down on the window: a tap is under way and goes first. */
    private boolean touching;

    /**
     * @param kioskRoot the window's root (pages are styled under it, so they inherit its font size and theme)
     * @param area      the size of where screens are shown (pages are laid out at it)
     */
    ScreenPreparation(Navigator navigator, Pane kioskRoot, Supplier<Dimension2D> area) {
        this.navigator = navigator;
        this.kioskRoot = kioskRoot;
        this.area = area;
        holder.setManaged(false);
        holder.setVisible(false);
        holder.setMouseTransparent(true);
        timer.setOnFinished(e -> step());
        // filters, not handlers: they see every press and release, whichever node consumes it
        // (touches reach them as synthesised mouse events too)
        kioskRoot.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> touching = true);
        kioskRoot.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> touching = e.isPrimaryButtonDown()
                || e.isSecondaryButtonDown() || e.isMiddleButtonDown());
    }

    /** Starts (or starts over) after {@code delay}: every screen but home is prepared again. */
    void start(Duration delay) {
        if (stopped) {
            return;
        }
        inHand = Optional.empty();
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
        inHand = Optional.empty();
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
        if (touching) {
            // a tap is under way: it is served first (the screen it opens pauses the preparation)
            schedule(WAIT);
            return;
        }
        boolean homeShowing = navigator.current().map(s -> Navigator.HOME.equals(s.id())).orElse(false);
        if (!homeShowing || area.get().getWidth() <= 0 || kioskRoot.getScene() == null) {
            // a visitor is on another screen (or the window is not laid out yet, or admin mode has it): look again later
            inHand = Optional.empty();
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
        }
        Screen screen = inHand.get();
        if (!screen.showsData()) {
            screen.prepare(); // starts reading the data off the FX thread; the page is built once it is here
            schedule(WAIT);
            return;
        }
        Node view = screen.view();
        if (view.getParent() == null) {
            attach(view);
            try {
                screen.prepare();
                layOut(view);
            } finally {
                detach();
            }
        } else {
            screen.prepare(); // shown somewhere meanwhile: catch up without moving it
        }
        if (!screen.prepared()) {
            schedule(WAIT);
            return;
        }
        inHand = Optional.empty();
        todo.poll();
        schedule(STEP);
    }

    /**
     * Puts {@code view} into the window's root, hidden and outside its layout: the page is built
     * seeing the window's real width (cards per row follow it) and styled by the window's scene.
     */
    private void attach(Node view) {
        holder.setCenter(view);
        kioskRoot.getChildren().add(0, holder);
    }

    private void layOut(Node view) {
        Dimension2D size = area.get();
        holder.resizeRelocate(0, 0, size.getWidth(), size.getHeight());
        holder.applyCss();
        view.resizeRelocate(0, 0, size.getWidth(), size.getHeight());
        if (view instanceof Parent parent) {
            parent.layout();
        }
        drawOnce(view);
    }

    /**
     * Draws the page once, into an image thrown away: what a first frame pays for once per page
     * on the render thread — glyphs rasterised, charts' canvases and pictures turned into
     * textures — is then paid while home idles (air: 275 ms of the first frame, 22 ms of later ones).
     */
    private void drawOnce(Node view) {
        holder.setVisible(true); // an invisible branch is not synchronised to the renderer
        try {
            view.snapshot(null, null);
        } finally {
            holder.setVisible(false);
        }
    }

    /** Takes the page out again before the step ends. */
    private void detach() {
        holder.setCenter(null);
        kioskRoot.getChildren().remove(holder);
    }
}
