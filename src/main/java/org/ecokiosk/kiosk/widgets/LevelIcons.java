package org.ecokiosk.kiosk.widgets;

import org.ecokiosk.standards.air.AdviceGroup;
import org.ecokiosk.standards.air.AqiLevel;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The icons that go with an AQI level (Material Design Icons through Ikonli), so colour never
 * carries the level alone: a shape per level (circle, square, triangle, rhombus, star, a stop
 * octagon with a cross — each distinct even when small) beside its word, a face per level for the health advice,
 * and a figure per audience. Sizes are given in em of the page's root font, so 大字 scales them.
 */
public final class LevelIcons {
    private LevelIcons() {
    }

    /** The level's shape in the level's text colour (black or white, as the standard's colour calls for), for use on the level colour. */
    public static FontIcon shapeOn(AqiLevel level, double em, double sizeEm) {
        FontIcon icon = icon(shapeOf(level), em, sizeEm, "level-shape");
        // set in code, like the swatch it sits on: the standard's colours are data, not theme (no
        // inline style: FontIcon keeps its own font family there)
        icon.setIconColor(javafx.scene.paint.Color.web(level.textColour().rgb().hex()));
        return icon;
    }

    /** The level's shape in the theme's ink, for use on a neutral background (a legend, a list). */
    public static FontIcon shape(AqiLevel level, double em, double sizeEm) {
        return icon(shapeOf(level), em, sizeEm, "level-shape", "ink-icon");
    }

    /** No level can be stated (pollutants missing): a question mark, never a level's shape. */
    public static FontIcon unknown(double em, double sizeEm) {
        return icon(MaterialDesignH.HELP_CIRCLE_OUTLINE, em, sizeEm, "level-shape", "ink-icon");
    }

    /** The face that goes with a level's health advice (happy … crying). */
    public static FontIcon face(AqiLevel level, double em, double sizeEm) {
        Ikon face = switch (level) {
            case LEVEL_1 -> MaterialDesignE.EMOTICON_HAPPY_OUTLINE;
            case LEVEL_2 -> MaterialDesignE.EMOTICON_OUTLINE;
            case LEVEL_3 -> MaterialDesignE.EMOTICON_NEUTRAL_OUTLINE;
            case LEVEL_4 -> MaterialDesignE.EMOTICON_SAD_OUTLINE;
            case LEVEL_5 -> MaterialDesignE.EMOTICON_FROWN_OUTLINE;
            case LEVEL_6 -> MaterialDesignE.EMOTICON_CRY_OUTLINE;
        };
        return icon(face, em, sizeEm, "advice-icon", "ink-icon");
    }

    /** A figure for the audience of a piece of advice: a person with a cane and a child, or a group. */
    public static FontIcon audience(AdviceGroup group, double em, double sizeEm) {
        Ikon ikon = group == AdviceGroup.SENSITIVE ? MaterialDesignH.HUMAN_CANE : MaterialDesignA.ACCOUNT_GROUP;
        return icon(ikon, em, sizeEm, "advice-icon", "ink-icon");
    }

    /** The glyph of a level's shape. */
    public static Ikon shapeOf(AqiLevel level) {
        return switch (level) {
            case LEVEL_1 -> MaterialDesignC.CIRCLE;
            case LEVEL_2 -> MaterialDesignS.SQUARE;
            case LEVEL_3 -> MaterialDesignT.TRIANGLE;
            case LEVEL_4 -> MaterialDesignR.RHOMBUS;
            case LEVEL_5 -> MaterialDesignS.STAR;
            case LEVEL_6 -> MaterialDesignC.CLOSE_OCTAGON;
        };
    }

    /** Colour from the stylesheets ({@code .ink-icon}: dark, white in high contrast) unless set inline. */
    private static FontIcon icon(Ikon ikon, double em, double sizeEm, String... styles) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize((int) Math.round(em * sizeEm));
        icon.getStyleClass().addAll(styles);
        return icon;
    }
}
