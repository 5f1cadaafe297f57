package org.ecokiosk.kiosk.shell;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;

/**
 * One kiosk screen, as the shell knows it: the shell shows its {@link #view()}, calls
 * {@link #onShow()} each time it appears (to load or refresh data), {@link #onHide()} when
 * another takes its place, and {@link #reset()} when a visitor leaves, so nothing a previous
 * visitor did stays on screen. The screens themselves live in {@code kiosk.screens}, which
 * the shell never imports: the assembly registers them with the {@link Navigator}.
 */
public interface Screen {
    /** Stable id used by navigation, config (screens.order) and tests. */
    String id();

    /** Message key of the screen's title. */
    String titleKey();

    Node view();

    default void onShow() {
    }

    /** Another screen took this one's place; a hidden screen defers rebuilding until it shows again. */
    default void onHide() {
    }

    /**
     * Home is idle: get ready for a first visit ahead of it — read the data (off the FX thread)
     * and build the page while hidden — so the visit only has to show it. Called on the FX thread,
     * again and again until {@link #prepared()}; must be cheap to call when there is nothing to do.
     */
    default void prepare() {
    }

    /** True once {@link #prepare()} has nothing left to do (screens with nothing to prepare: at once). */
    default boolean prepared() {
        return true;
    }

    /** Back to the state a new visitor should see: scrolled to top, nothing selected. */
    default void reset() {
    }

    /**
     * True once the screen shows its data (or says it cannot): what the navigation bench waits
     * for before timing the next frame. Screens without data to load are ready at once.
     */
    default boolean showsData() {
        return true;
    }

    /** The snapshot changed: drop what was loaded so the next show reloads. */
    default void snapshotChanged() {
    }

    /**
     * True while the figures on this screen include sample data; the bar then shows the
     * 示例数据 badge. Per screen, so plan figures are not marked sample because a facility is.
     */
    default ReadOnlyBooleanProperty showsSampleData() {
        return NO_SAMPLE.getReadOnlyProperty();
    }

    /** For screens that never show sample figures. */
    ReadOnlyBooleanWrapper NO_SAMPLE = new ReadOnlyBooleanWrapper(false);
}
