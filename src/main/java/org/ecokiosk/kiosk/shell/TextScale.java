package org.ecokiosk.kiosk.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.scene.layout.Region;

/**
 * 大字 (large text) as one switch: every size in the stylesheets is in em, so setting the
 * root font size scales the whole kiosk. The base size follows the window's height AND width,
 * so 1080p, 1280×800 and a 1080×1920 portrait totem all fit; large text is 150 % of it.
 */
public final class TextScale {
    public static final double LARGE_FACTOR = 1.5;
    /** A landscape page is about 96 em wide at 1080p; a portrait one must not be much narrower in em. */
    static final double EM_PER_WIDTH = 64.0;
    private final BooleanProperty large = new SimpleBooleanProperty(false);
    private final ReadOnlyDoubleWrapper baseSize = new ReadOnlyDoubleWrapper();

    /** Before the window is laid out only its height is known; {@link #applyTo} then follows its size. */
    public TextScale(double screenHeight) {
        baseSize.set(baseSizeFor(screenHeight));
    }

    public TextScale(double screenWidth, double screenHeight) {
        baseSize.set(baseSizeFor(screenWidth, screenHeight));
    }

    /** 20 px at 1080 lines, never below 16 px (elderly readers). */
    static double baseSizeFor(double screenHeight) {
        return Math.max(16, Math.round(screenHeight / 54.0));
    }

    /** The smaller of the height's size and the width's (1920 / 64 = 30, 1080 / 64 ≈ 17), never below 16 px. */
    static double baseSizeFor(double screenWidth, double screenHeight) {
        return Math.max(16, Math.round(Math.min(screenHeight / 54.0, screenWidth / EM_PER_WIDTH)));
    }

    public BooleanProperty largeProperty() {
        return large;
    }

    public double baseSize() {
        return baseSize.get();
    }

    /** Changes when the window changes shape (a screen then lays itself out again). */
    public ReadOnlyDoubleProperty baseSizeProperty() {
        return baseSize.getReadOnlyProperty();
    }

    public double rootSize() {
        return large.get() ? baseSize() * LARGE_FACTOR : baseSize();
    }

    /**
     * The window will be {@code width} × {@code height}: the base size follows both now, before
     * the window's first layout, rather than from that layout on (a root font that changes after
     * it styles the whole window again; in portrait the height alone gave twice the size).
     */
    public void fitWindow(double width, double height) {
        if (width > 0 && height > 0) {
            baseSize.set(baseSizeFor(width, height));
        }
    }

    /** Keeps {@code root}'s font size in step with the switch and the window's shape. */
    public void applyTo(Parent root) {
        Runnable apply = () -> root.setStyle("-fx-font-size: " + rootSize() + "px;");
        apply.run();
        large.addListener((obs, was, now) -> apply.run());
        baseSize.addListener((obs, was, now) -> apply.run());
    }

    /** The base size follows {@code window}'s width and height (the shell's root: the whole window). */
    public void follow(Region window) {
        Runnable fit = () -> {
            if (window.getWidth() > 0 && window.getHeight() > 0) {
                baseSize.set(baseSizeFor(window.getWidth(), window.getHeight()));
            }
        };
        window.widthProperty().addListener((obs, was, now) -> fit.run());
        window.heightProperty().addListener((obs, was, now) -> fit.run());
    }
}
