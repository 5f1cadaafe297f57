package org.ecokiosk.standards;

/** The text colour to print on a coloured band (level badge, water-class swatch). */
public enum TextColour {
    BLACK(new RgbColour(0, 0, 0)),
    WHITE(new RgbColour(255, 255, 255));

    private final RgbColour rgb;

    TextColour(RgbColour rgb) {
        this.rgb = rgb;
    }

    public RgbColour rgb() {
        return rgb;
    }
}
