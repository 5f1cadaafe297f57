package org.ecokiosk.kiosk.shell;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.ecokiosk.kiosk.shell.Screen;

/** Which screen is showing. Flat by design: every screen is one touch from home. */
public final class Navigator {
    public static final String HOME = "home";

    private final Map<String, Screen> screens = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<Screen> current = new ReadOnlyObjectWrapper<>();

    public void register(Screen screen) {
        screens.put(screen.id(), screen);
    }

    public Optional<Screen> screen(String id) {
        return Optional.ofNullable(screens.get(id));
    }

    public ReadOnlyObjectProperty<Screen> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Screen current() {
        return current.get();
    }

    public void show(String id) {
        Screen screen = screens.get(id);
        if (screen == null) {
            throw new IllegalArgumentException("no screen '" + id + "'");
        }
        Screen previous = current.get();
        if (previous != screen) {
            if (previous != null) {
                previous.onHide();
            }
            // every visit starts clean: at the top, drill-downs closed (not where the last visitor left it)
            screen.reset();
        }
        current.set(screen);
        screen.onShow();
    }

    public void home() {
        show(HOME);
    }

    /** Resets every screen, for the next visitor. */
    public void resetAll() {
        screens.values().forEach(Screen::reset);
    }

    public void snapshotChanged() {
        screens.values().forEach(Screen::snapshotChanged);
        Screen showing = current.get();
        if (showing != null) {
            showing.onShow();
        }
    }
}
