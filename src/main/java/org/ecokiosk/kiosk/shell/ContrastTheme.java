package org.ecokiosk.kiosk.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;

/**
 * The high-contrast theme as one switch: a second stylesheet (black ground, white and yellow
 * text, thick focus outlines) laid over the kiosk's own on the root, so it wins wherever both
 * style a node. Screens that draw HTML (news) follow {@link #highContrastProperty()} too.
 */
public final class ContrastTheme {
    public static final String STYLESHEET = "/org/ecokiosk/kiosk/high-contrast.css";
    private final BooleanProperty highContrast = new SimpleBooleanProperty(false);

    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    public boolean isHighContrast() {
        return highContrast.get();
    }

    /** Keeps {@code root}'s stylesheets and style class in step with the switch. */
    public void applyTo(Parent root) {
        String url = ContrastTheme.class.getResource(STYLESHEET).toExternalForm();
        Runnable apply = () -> {
            if (highContrast.get()) {
                if (!root.getStylesheets().contains(url)) {
                    root.getStylesheets().add(url);
                }
                if (!root.getStyleClass().contains("high-contrast")) {
                    root.getStyleClass().add("high-contrast");
                }
            } else {
                root.getStylesheets().remove(url);
                root.getStyleClass().remove("high-contrast");
            }
        };
        apply.run();
        highContrast.addListener((obs, was, now) -> apply.run());
    }
}
