package org.ecokiosk.standards;

/**
 * An sRGB colour as the standards print it (0–255 per channel), with the text colour that reads
 * best on it. Kept free of any UI toolkit so reports, charts and the kiosk can all use it.
 */
public record RgbColour(int red, int green, int blue) {

    public RgbColour {
        checkChannel(red);
        checkChannel(green);
        checkChannel(blue);
    }

    private static void checkChannel(int channel) {
        if (channel < 0 || channel > 255) {
            throw new IllegalArgumentException("colour channel out of 0..255: " + channel);
        }
    }

    /** "#RRGGBB", upper case, for CSS and SVG. */
    public String hex() {
        return String.format("#%02X%02X%02X", red, green, blue);
    }

    /**
     * Black or white, whichever has the higher WCAG 2 contrast ratio on this colour. Computed
     * rather than hand-picked because many kiosk readers are elderly: e.g. on the AQI red
     * (255,0,0) black reaches 5.3:1 while white only reaches 4.0:1.
     */
    public TextColour textColour() {
        double luminance = relativeLuminance();
        double contrastWithBlack = (luminance + 0.05) / 0.05;
        double contrastWithWhite = 1.05 / (luminance + 0.05);
        return contrastWithBlack >= contrastWithWhite ? TextColour.BLACK : TextColour.WHITE;
    }

    /** WCAG 2 relative luminance, 0 (black) to 1 (white). */
    public double relativeLuminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
