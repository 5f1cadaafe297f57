package org.ecokiosk.kiosk.widgets;

import java.util.Map;
import java.util.Optional;
import org.ecokiosk.standards.air.AqiLevel;

/**
 * The kiosk's icons: Material Design Icons ({@link Mdi}, a maintained icon font, Apache-2.0) as
 * {@link Glyph}s, never drawn by hand. Each icon carries the style class {@code icon} and the
 * ones given; its size is set in the stylesheet with {@code -fx-font-size} in em (relative to its
 * parent's font, so 大字 scales it).
 */
public final class Icons {
    /** One icon per home tile / screen id. */
    private static final Map<String, Mdi> SCREENS = Map.of(
            "air", Mdi.WEATHER_WINDY,
            "water", Mdi.WAVES,
            "noise", Mdi.VOLUME_HIGH,
            "green", Mdi.PINE_TREE,
            "plan", Mdi.FLAG_CHECKERED,
            "towns", Mdi.HOME_CITY,
            "facilities", Mdi.FACTORY,
            "news", Mdi.NEWSPAPER_VARIANT_OUTLINE);

    private Icons() {
    }

    public static Glyph of(Mdi ikon, String... styles) {
        Glyph icon = new Glyph(ikon);
        icon.getStyleClass().add("icon");
        icon.getStyleClass().addAll(styles);
        return icon;
    }

    /** The icon of a screen (its home tile); empty for a screen without one (a configured "coming" screen). */
    public static Optional<Glyph> forScreen(String id, String... styles) {
        return Optional.ofNullable(SCREENS.get(id)).map(ikon -> of(ikon, styles));
    }

    /**
     * The level's shape ({@link LevelIcons#shapeOf}, the one mapping of levels to shapes), sized by
     * the stylesheet in em of its parent's font rather than in pixels of the root font.
     */
    public static Glyph forLevel(AqiLevel level, String... styles) {
        Glyph icon = of(LevelIcons.shapeOf(level), styles);
        icon.getStyleClass().add("level-shape");
        return icon;
    }

    /** "More below": the page goes on under the window's bottom edge. */
    public static Glyph moreBelow(String... styles) {
        return of(Mdi.CHEVRON_DOUBLE_DOWN, styles);
    }

    /** Beside a time that is past its age limit (with the words and the amber colour, never alone). */
    public static Glyph stale(String... styles) {
        return of(Mdi.CLOCK_ALERT_OUTLINE, styles);
    }
}
