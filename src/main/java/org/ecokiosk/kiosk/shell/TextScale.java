package org.ecokiosk.kiosk.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;

/**
 * 大字 (large text) as one switch: every size in the stylesheets is in em, so setting the
 * root font size scales the whole kiosk. The base size follows the screen height so 1080p
 * and 1280×800 panels both fit; large text is 150 % of it.
 */
public final class TextScale {
    public static final double LARGE_FACTOR = 1.5;
    private final BooleanProperty large = new SimpleBooleanProperty(false);
    private final double baseSize;

    public TextScale(double screenHeight) {
        this.baseSize = baseSizeFor(screenHeight);
    }

    /** 20 px at 1080 lines, never below 16 px (elderly readers). */
    static double baseSizeFor(double screenHeight) {
        return Math.max(16, Math.round(screenHeight / 54.0));
    }

    public BooleanProperty largeProperty() {
        return large;
    }

    public double baseSize() {
        return baseSize;
    }

    public double rootSize() {
        return large.get() ? baseSize * LARGE_FACTOR : baseSize;
    }

    /** Keeps {@code root}'s font size in step with the switch. */
    public void applyTo(Parent root) {
        Runnable apply = () -> root.setStyle("-fx-font-size: " + rootSize() + "px;");
        apply.run();
        large.addListener((obs, was, now) -> apply.run());
    }
}
