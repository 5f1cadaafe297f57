package org.ecokiosk.admin;

import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;
import javafx.util.Duration;
import org.ecokiosk.kiosk.shell.IdleMonitor;
import org.ecokiosk.operations.AdminOperations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One admin session: logged when it starts and ends, and ended after the configured minutes
 * without input — an officer called away must not leave the kiosk open to the next passer-by.
 * Input is watched on the admin view itself (not the scene, which the kiosk keeps using after).
 */
final class AdminSession {
    private static final Logger LOG = LoggerFactory.getLogger(AdminSession.class);
    private final AdminOperations actions;
    private final Background work;
    private final int idleMinutes;
    private final Runnable onEnded;
    private final Runnable afterLogged;
    private final IdleMonitor idle;
    private boolean active;

    /**
     * @param onEnded     runs at once when the session ends (the kiosk comes back)
     * @param afterLogged runs on the FX thread once the end is in the log (the standalone app exits then)
     */
    AdminSession(AdminOperations actions, Background work, int idleMinutes, Runnable onEnded, Runnable afterLogged) {
        this.actions = actions;
        this.afterLogged = afterLogged;
        this.work = work;
        this.idleMinutes = idleMinutes;
        this.onEnded = onEnded;
        this.idle = new IdleMonitor(Duration.minutes(idleMinutes), () -> end("idle " + idleMinutes + " min"));
    }

    void start(Node view, String how) {
        active = true;
        view.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> idle.restart());
        view.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> idle.restart());
        view.addEventFilter(TouchEvent.ANY, e -> idle.restart());
        view.addEventFilter(ScrollEvent.ANY, e -> idle.restart());
        view.addEventFilter(KeyEvent.KEY_PRESSED, e -> idle.restart());
        idle.restart();
        LOG.info("admin session started ({}) as {}", how, actions.who());
        work.run(() -> {
            actions.sessionStarted(how);
            return true;
        }, ok -> { }, error -> LOG.error("cannot log the start of an admin session", error));
    }

    /** Ends the session once (a second call — idle after back, say — does nothing). */
    void end(String why) {
        if (!active) {
            return;
        }
        active = false;
        idle.stop();
        LOG.info("admin session ended: {}", why);
        // the view goes at once; the log line follows on the worker (an fsync is not for the FX thread)
        onEnded.run();
        work.run(() -> {
            actions.sessionEnded(why);
            return true;
        }, ok -> afterLogged.run(), error -> {
            LOG.error("cannot log the end of an admin session", error);
            afterLogged.run();
        });
    }

    boolean isActive() {
        return active;
    }

    int idleMinutes() {
        return idleMinutes;
    }
}
