package org.ecokiosk.kiosk.widgets;

/**
 * The kiosk's icons: glyphs of Material Design Icons (Pictogrammers, the font Ikonli's
 * materialdesign2 pack ships: version 5.8.55, Apache-2.0), by their code points in that font.
 * Named as the icon set names them ({@code mdi2w-weather-windy}, {@link #description()}); a test
 * checks every code point against the pack's own enums. Only the icons the kiosk shows are here:
 * the pack's enums (a few thousand constants in 26 classes, 280 KB of them for home's icons)
 * and Ikonli's resolver are then not loaded while the kiosk starts.
 */
public enum Mdi {
    ACCOUNT_GROUP("mdi2a-account-group", 0xF0849),
    ALERT_CIRCLE("mdi2a-alert-circle", 0xF0028),
    CHECK_CIRCLE("mdi2c-check-circle", 0xF05E0),
    CHEVRON_DOUBLE_DOWN("mdi2c-chevron-double-down", 0xF013C),
    CIRCLE("mdi2c-circle", 0xF0765),
    CLOCK_ALERT_OUTLINE("mdi2c-clock-alert-outline", 0xF05CE),
    CLOSE_CIRCLE("mdi2c-close-circle", 0xF0159),
    CLOSE_OCTAGON("mdi2c-close-octagon", 0xF015C),
    EMOTICON_CRY_OUTLINE("mdi2e-emoticon-cry-outline", 0xF0C6D),
    EMOTICON_FROWN_OUTLINE("mdi2e-emoticon-frown-outline", 0xF0F4D),
    EMOTICON_HAPPY_OUTLINE("mdi2e-emoticon-happy-outline", 0xF01F5),
    EMOTICON_NEUTRAL_OUTLINE("mdi2e-emoticon-neutral-outline", 0xF01F6),
    EMOTICON_OUTLINE("mdi2e-emoticon-outline", 0xF01F2),
    EMOTICON_SAD_OUTLINE("mdi2e-emoticon-sad-outline", 0xF01F8),
    FACTORY("mdi2f-factory", 0xF020F),
    FLAG_CHECKERED("mdi2f-flag-checkered", 0xF023C),
    FLASK_OUTLINE("mdi2f-flask-outline", 0xF0096),
    HELP_CIRCLE_OUTLINE("mdi2h-help-circle-outline", 0xF0625),
    HOME_CITY("mdi2h-home-city", 0xF0D15),
    HUMAN_CANE("mdi2h-human-cane", 0xF1581),
    IMAGE_OUTLINE("mdi2i-image-outline", 0xF0976),
    NEWSPAPER_VARIANT_OUTLINE("mdi2n-newspaper-variant-outline", 0xF1004),
    OFFICE_BUILDING("mdi2o-office-building", 0xF0991),
    PINE_TREE("mdi2p-pine-tree", 0xF0405),
    RHOMBUS("mdi2r-rhombus", 0xF070B),
    SQUARE("mdi2s-square", 0xF0764),
    STAR("mdi2s-star", 0xF04CE),
    TRENDING_UP("mdi2t-trending-up", 0xF0535),
    TRIANGLE("mdi2t-triangle", 0xF0536),
    VOLUME_HIGH("mdi2v-volume-high", 0xF057E),
    WAVES("mdi2w-waves", 0xF078D),
    WEATHER_WINDY("mdi2w-weather-windy", 0xF059D);

    private final String description;
    private final int code;

    Mdi(String description, int code) {
        this.description = description;
        this.code = code;
    }

    /** The icon set's name of the icon, e.g. {@code mdi2w-weather-windy}. */
    public String description() {
        return description;
    }

    /** Its code point in the font. */
    public int code() {
        return code;
    }

    /** The glyph as text in the font. */
    String text() {
        return new String(Character.toChars(code));
    }
}
