package org.ecokiosk.kiosk.shell;

import javafx.animation.PauseTransition;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;
import javafx.util.Duration;

/**
 * Fires once after the kiosk has been left alone for the configured time. Any touch, click,
 * scroll or key restarts the count, so a visitor reading a long page is never interrupted.
 */
public final class IdleMonitor {
    private final PauseTransition timer;

    public IdleMonitor(Duration idle, Runnable onIdle) {
        timer = new PauseTransition(idle);
        timer.setOnFinished(e -> onIdle.run());
    }

    public void watch(Scene scene) {
        EventHandler<Event> restart = e -> restart();
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, restart::handle);
        scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, restart::handle);
        scene.addEventFilter(TouchEvent.ANY, restart::handle);
        scene.addEventFilter(ScrollEvent.ANY, restart::handle);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, restart::handle);
        timer.playFromStart();
    }

    /** How long the kiosk must be left alone; counts afresh from now (tests shorten it once their visitor is done). */
    public void setTimeout(Duration idle) {
        timer.setDuration(idle);
        restart();
    }

    public void restart() {
        timer.playFromStart();
    }

    public void stop() {
        timer.stop();
    }
}
