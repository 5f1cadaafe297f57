package org.ecokiosk.kiosk.widgets;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import org.ecokiosk.standards.RgbColour;
import org.ecokiosk.standards.TextColour;

/**
 * A label on an official colour (an AQI level, a water class) in the text colour the standard's
 * palette calls for. These colours are data from {@code standards/}, not theme: the one place
 * the kiosk sets colours in code.
 */
public final class Swatch {
    private Swatch() {
    }

    public static Label of(String text, RgbColour colour, TextColour ink, String... styles) {
        Label l = new Label(text);
        l.getStyleClass().add("swatch");
        l.getStyleClass().addAll(styles);
        l.setStyle(style(colour, ink));
        l.setMinWidth(Label.USE_PREF_SIZE);
        l.setAlignment(Pos.CENTER);
        return l;
    }

    /**
     * An icon drawn on a swatch, in the swatch's text colour. Set as a property, not an inline
     * style: a glyph keeps its own font family in its inline style, and replacing that shows tofu.
     */
    public static Glyph ink(Glyph icon, TextColour ink) {
        icon.setIconColor(javafx.scene.paint.Color.web(ink.rgb().hex()));
        return icon;
    }

    /** The inline style of a swatch: background and text colour. */
    public static String style(RgbColour colour, TextColour ink) {
        return "-fx-background-color: " + colour.hex() + "; -fx-text-fill: " + ink.rgb().hex() + ";";
    }
}
