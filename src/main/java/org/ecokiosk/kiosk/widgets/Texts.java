package org.ecokiosk.kiosk.widgets;

import javafx.scene.control.Label;
import org.ecokiosk.kiosk.i18n.Messages;

/** Wrapping labels styled by class: the one way the screens put words on screen. */
public final class Texts {
    private Texts() {
    }

    public static Label wrapped(String text, String... styleClasses) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styleClasses);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }

    /** The bundle text of {@code key} in the current language, wrapping. */
    public static Label message(Messages messages, String key, String... styleClasses) {
        return wrapped(messages.get(key), styleClasses);
    }

    /** A short tag that never shrinks to "…". */
    public static Label chip(String text, String... styleClasses) {
        Label l = new Label(text);
        l.getStyleClass().add("chip");
        l.getStyleClass().addAll(styleClasses);
        l.setMinWidth(Label.USE_PREF_SIZE);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }
}
