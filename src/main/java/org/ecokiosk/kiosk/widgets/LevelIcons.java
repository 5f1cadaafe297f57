package org.ecokiosk.kiosk.widgets;

import org.ecokiosk.standards.air.AdviceGroup;
import org.ecokiosk.standards.air.AqiLevel;

/**
 * The icons that go with an AQI level (Material Design Icons, {@link Mdi}), so colour never
 * carries the level alone: a shape per level (circle, square, triangle, rhombus, star, a stop
 * octagon with a cross — each distinct even when small) beside its word, a face per level for the health advice,
 * and a figure per audience. Sizes are given in em of the page's root font, so 大字 scales them.
 */
public final class LevelIcons {
    private LevelIcons() {
    }

    /** The level's shape in the level's text colour (black or white, as the standard's colour calls for), for use on the level colour. */
    public static Glyph shapeOn(AqiLevel level, double em, double sizeEm) {
        Glyph icon = icon(shapeOf(level), em, sizeEm, "level-shape");
        // set in code, like the swatch it sits on: the standard's colours are data, not theme (no
        // inline style: a glyph keeps its own font family there)
        icon.setIconColor(javafx.scene.paint.Color.web(level.textColour().rgb().hex()));
        return icon;
    }

    /** The level's shape in the theme's ink, for use on a neutral background (a legend, a list). */
    public static Glyph shape(AqiLevel level, double em, double sizeEm) {
        return icon(shapeOf(level), em, sizeEm, "level-shape", "ink-icon");
    }

    /** No level can be stated (pollutants missing): a question mark, never a level's shape. */
    public static Glyph unknown(double em, double sizeEm) {
        return icon(Mdi.HELP_CIRCLE_OUTLINE, em, sizeEm, "level-shape", "ink-icon");
    }

    /** The face that goes with a level's health advice (happy … crying). */
    public static Glyph face(AqiLevel level, double em, double sizeEm) {
        Mdi face = switch (level) {
            case LEVEL_1 -> Mdi.EMOTICON_HAPPY_OUTLINE;
            case LEVEL_2 -> Mdi.EMOTICON_OUTLINE;
            case LEVEL_3 -> Mdi.EMOTICON_NEUTRAL_OUTLINE;
            case LEVEL_4 -> Mdi.EMOTICON_SAD_OUTLINE;
            case LEVEL_5 -> Mdi.EMOTICON_FROWN_OUTLINE;
            case LEVEL_6 -> Mdi.EMOTICON_CRY_OUTLINE;
        };
        return icon(face, em, sizeEm, "advice-icon", "ink-icon");
    }

    /** A figure for the audience of a piece of advice: a person with a cane and a child, or a group. */
    public static Glyph audience(AdviceGroup group, double em, double sizeEm) {
        Mdi ikon = group == AdviceGroup.SENSITIVE ? Mdi.HUMAN_CANE : Mdi.ACCOUNT_GROUP;
        return icon(ikon, em, sizeEm, "advice-icon", "ink-icon");
    }

    /** The glyph of a level's shape. */
    public static Mdi shapeOf(AqiLevel level) {
        return switch (level) {
            case LEVEL_1 -> Mdi.CIRCLE;
            case LEVEL_2 -> Mdi.SQUARE;
            case LEVEL_3 -> Mdi.TRIANGLE;
            case LEVEL_4 -> Mdi.RHOMBUS;
            case LEVEL_5 -> Mdi.STAR;
            case LEVEL_6 -> Mdi.CLOSE_OCTAGON;
        };
    }

    /** Colour from the stylesheets ({@code .ink-icon}: dark, white in high contrast) unless set inline. */
    private static Glyph icon(Mdi ikon, double em, double sizeEm, String... styles) {
        Glyph icon = new Glyph(ikon);
        icon.setIconSize((int) Math.round(em * sizeEm));
        icon.getStyleClass().addAll(styles);
        return icon;
    }
}
