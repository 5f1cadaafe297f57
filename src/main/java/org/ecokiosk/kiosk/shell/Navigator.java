package org.ecokiosk.kiosk.shell;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Which screen is showing, and the way back. Every screen is one touch from home; a visit from
 * home or the bar ({@link #show}) starts clean — at the top, drill-downs closed, not where the
 * last visitor left it — and forgets the way back. A link from one screen to another
 * ({@link #open}, e.g. 阅读全文 from the eco-towns to a news article) remembers where the visitor
 * was, and {@link #back()} returns there as they left it.
 *
 * <p>Screens may be registered as factories: they are built on first use (a visit, or the
 * preparation while home idles), so the kiosk's first frame waits for home alone. A screen that
 * was never built has nothing to reset or reload.
 */
public final class Navigator {
    public static final String HOME = "home";

    private final Map<String, Supplier<? extends Screen>> factories = new LinkedHashMap<>();
    private final Map<String, Screen> built = new LinkedHashMap<>();
    private final Deque<Screen> wayBack = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Screen> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(false);

    /** A screen built already. */
    public void register(Screen screen) {
        factories.put(screen.id(), () -> screen);
        built.put(screen.id(), screen);
    }

    /** A screen built by {@code factory} on first use (on the FX thread); its id is {@code id}. */
    public void register(String id, Supplier<? extends Screen> factory) {
        factories.put(id, factory);
        built.remove(id);
    }

    /** True when a screen is registered under {@code id}, built or not. */
    public boolean has(String id) {
        return factories.containsKey(id);
    }

    /** Every registered id, in the order of registration. */
    public List<String> ids() {
        return List.copyOf(factories.keySet());
    }

    /** True once the screen {@code id} was built. */
    public boolean isBuilt(String id) {
        return built.containsKey(id);
    }

    /** The screen {@code id}, built now if it was not yet; empty when none is registered under it. */
    public Optional<Screen> screen(String id) {
        Screen screen = built.get(id);
        if (screen != null) {
            return Optional.of(screen);
        }
        Supplier<? extends Screen> factory = factories.get(id);
        if (factory == null) {
            return Optional.empty();
        }
        Screen made = factory.get();
        if (!made.id().equals(id)) {
            throw new IllegalStateException("the screen registered as '" + id + "' calls itself '" + made.id() + "'");
        }
        built.put(id, made);
        return Optional.of(made);
    }

    public ReadOnlyObjectProperty<Screen> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The screen on display; empty before the first is shown. */
    public Optional<Screen> current() {
        return Optional.ofNullable(current.get());
    }

    /** True while {@link #back()} leads to the screen a link was followed from. */
    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    /** A visit from home or the bar: the screen starts clean, and there is no way back but home. */
    public void show(String id) {
        Screen screen = require(id);
        clearWayBack();
        if (screen != current.get()) {
            screen.reset();
        }
        display(screen);
    }

    /**
     * Follows a link from the screen showing to {@code id}, which starts clean; {@link #back()}
     * then returns to the screen showing now, as the visitor left it.
     */
    public void open(String id) {
        Screen screen = require(id);
        Screen from = current.get();
        if (from != null && from != screen) {
            wayBack.push(from);
            canGoBack.set(true);
            screen.reset();
        }
        display(screen);
    }

    /** Back where the last link was followed from, as it was left; home when there is no way back. */
    public void back() {
        if (wayBack.isEmpty()) {
            home();
            return;
        }
        Screen to = wayBack.pop();
        canGoBack.set(!wayBack.isEmpty());
        display(to);
    }

    public void home() {
        show(HOME);
    }

    /** Resets every built screen and forgets the way back, for the next visitor. */
    public void resetAll() {
        clearWayBack();
        new ArrayList<>(built.values()).forEach(Screen::reset);
    }

    /** After a hot swap: built screens drop their data; the one showing reloads. Unbuilt ones load the new one when built. */
    public void snapshotChanged() {
        new ArrayList<>(built.values()).forEach(Screen::snapshotChanged);
        Screen showing = current.get();
        if (showing != null) {
            showing.onShow();
        }
    }

    private Screen require(String id) {
        return screen(id).orElseThrow(() -> new IllegalArgumentException("no screen '" + id + "'"));
    }

    private void clearWayBack() {
        wayBack.clear();
        canGoBack.set(false);
    }

    /** Shows {@code screen} as it is: whether it starts clean is the caller's ({@link #show}, {@link #open}) choice. */
    private void display(Screen screen) {
        Screen previous = current.get();
        if (previous != null && previous != screen) {
            previous.onHide();
        }
        current.set(screen);
        screen.onShow();
    }
}
