package org.ecokiosk.kiosk.screens;

import javafx.scene.Node;

/**
 * One kiosk screen. The shell shows its {@link #view()}, calls {@link #onShow()} each time it
 * appears (to load or refresh data) and {@link #reset()} when a visitor leaves, so nothing a
 * previous visitor did stays on screen.
 */
public interface Screen {
    /** Stable id used by navigation, config (screens.order) and tests. */
    String id();

    /** Message key of the screen's title. */
    String titleKey();

    Node view();

    default void onShow() {
    }

    /** Back to the state a new visitor should see: scrolled to top, nothing selected. */
    default void reset() {
    }

    /** The snapshot changed: drop what was loaded so the next show reloads. */
    default void snapshotChanged() {
    }
}
