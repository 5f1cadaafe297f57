package org.ecokiosk.kiosk.widgets;

import java.util.Map;
import java.util.Optional;
import org.ecokiosk.standards.air.AqiLevel;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.javafx.IkonResolver;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * The kiosk's icons: Material Design Icons through Ikonli's {@link FontIcon} (a maintained icon
 * font, Apache-2.0), never drawn by hand. Each icon carries the style class {@code icon} and
 * the ones given; its size is set in the stylesheet with {@code -fx-font-size} in em (relative
 * to its parent's font, so 大字 scales it). Not {@code -fx-icon-size} in em: FontIcon writes
 * that size back into its own font, and the next CSS pass then grows it without bound.
 */
public final class Icons {
    /** One icon per home tile / screen id. */
    private static final Map<String, Ikon> SCREENS = Map.of(
            "air", MaterialDesignW.WEATHER_WINDY,
            "water", MaterialDesignW.WAVES,
            "noise", MaterialDesignV.VOLUME_HIGH,
            "green", MaterialDesignP.PINE_TREE,
            "plan", MaterialDesignF.FLAG_CHECKERED,
            "towns", MaterialDesignH.HOME_CITY,
            "facilities", MaterialDesignF.FACTORY,
            "news", MaterialDesignN.NEWSPAPER_VARIANT_OUTLINE);

    private Icons() {
    }

    /**
     * Reads the icon font and the icons home shows first, off the FX thread before the kiosk's
     * first frame ({@code KioskApp.init}); otherwise Ikonli does it at the first icon made, on the
     * FX thread: it loads every icon pack's handler and copies its font out of the jar then, and
     * each pack's enum of a few thousand icons is made at its first use.
     */
    public static void load() {
        IkonResolver.getInstance();
        SCREENS.size();
        MaterialDesignC.CHEVRON_DOUBLE_DOWN.getCode();
    }

    public static FontIcon of(Ikon ikon, String... styles) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("icon");
        icon.getStyleClass().addAll(styles);
        return icon;
    }

    /** The icon of a screen (its home tile); empty for a screen without one (a configured "coming" screen). */
    public static Optional<FontIcon> forScreen(String id, String... styles) {
        return Optional.ofNullable(SCREENS.get(id)).map(ikon -> of(ikon, styles));
    }

    /**
     * The level's shape ({@link LevelIcons#shapeOf}, the one mapping of levels to shapes), sized by
     * the stylesheet in em of its parent's font rather than in pixels of the root font.
     */
    public static FontIcon forLevel(AqiLevel level, String... styles) {
        FontIcon icon = of(LevelIcons.shapeOf(level), styles);
        icon.getStyleClass().add("level-shape");
        return icon;
    }

    /** "More below": the page goes on under the window's bottom edge. */
    public static FontIcon moreBelow(String... styles) {
        return of(MaterialDesignC.CHEVRON_DOUBLE_DOWN, styles);
    }

    /** Beside a time that is past its age limit (with the words and the amber colour, never alone). */
    public static FontIcon stale(String... styles) {
        return of(MaterialDesignC.CLOCK_ALERT_OUTLINE, styles);
    }
}
