package org.ecokiosk.standards.water;

import java.util.Optional;
import org.ecokiosk.standards.RgbColour;
import org.ecokiosk.standards.TextColour;

/**
 * GB 3838-2002 water quality classes, best first, with the qualitative wording and colours of
 * 《地表水环境质量评价办法（试行）》(环办〔2011〕22号), table 1: Ⅰ–Ⅱ 优 蓝色, Ⅲ 良好 绿色,
 * Ⅳ 轻度污染 黄色, Ⅴ 中度污染 橙色, 劣Ⅴ 重度污染 红色.
 *
 * <p>The document names colours, not RGB values. The RGB values are our choice: green, yellow,
 * orange and red are the AQI colours of HJ 633-2012 so the kiosk uses one palette; blue is a mid
 * sky blue (0,160,233) light enough for black text. Ⅰ and Ⅱ share the colour, as in the
 * document. Verify against the district's own maps before printing.
 */
public enum WaterClass {
    I("I", "Ⅰ", "优", "Excellent", new RgbColour(0, 160, 233), "蓝色", "blue"),
    II("II", "Ⅱ", "优", "Excellent", new RgbColour(0, 160, 233), "蓝色", "blue"),
    III("III", "Ⅲ", "良好", "Good", new RgbColour(0, 228, 0), "绿色", "green"),
    IV("IV", "Ⅳ", "轻度污染", "Lightly polluted", new RgbColour(255, 255, 0), "黄色", "yellow"),
    V("V", "Ⅴ", "中度污染", "Moderately polluted", new RgbColour(255, 126, 0), "橙色", "orange"),
    WORSE_THAN_V("劣V", "劣Ⅴ", "重度污染", "Heavily polluted", new RgbColour(255, 0, 0), "红色", "red");

    private final String ascii;
    private final String roman;
    private final String statusZh;
    private final String statusEn;
    private final RgbColour colour;
    private final String colourNameZh;
    private final String colourNameEn;

    WaterClass(String ascii, String roman, String statusZh, String statusEn, RgbColour colour, String colourNameZh,
               String colourNameEn) {
        this.ascii = ascii;
        this.roman = roman;
        this.statusZh = statusZh;
        this.statusEn = statusEn;
        this.colour = colour;
        this.colourNameZh = colourNameZh;
        this.colourNameEn = colourNameEn;
    }

    /** "I" … "V", "劣V" — for files. */
    public String ascii() {
        return ascii;
    }

    /** "Ⅰ" … "Ⅴ", "劣Ⅴ" — for screens and reports. */
    public String roman() {
        return roman;
    }

    /** "Ⅲ类", "劣Ⅴ类". */
    public String labelZh() {
        return roman + "类";
    }

    /** "Class III", "Worse than Class V". */
    public String labelEn() {
        return this == WORSE_THAN_V ? "Worse than Class V" : "Class " + ascii;
    }

    public String statusZh() {
        return statusZh;
    }

    public String statusEn() {
        return statusEn;
    }

    public RgbColour colour() {
        return colour;
    }

    public String colourNameZh() {
        return colourNameZh;
    }

    public String colourNameEn() {
        return colourNameEn;
    }

    public TextColour textColour() {
        return colour.textColour();
    }

    /** True when this class is the target or better (Ⅱ meets a Ⅲ target; 劣Ⅴ meets nothing but itself). */
    public boolean meets(WaterClass target) {
        return ordinal() <= target.ordinal();
    }

    public static WaterClass worse(WaterClass a, WaterClass b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    /**
     * Reads "I".."V", "劣V", Roman numerals "Ⅰ".."Ⅴ", "劣Ⅴ", with an optional "类" and
     * surrounding spaces; case-insensitive for the Latin letters. Empty for anything else.
     */
    public static Optional<WaterClass> parse(String text) {
        String t = text.strip();
        if (t.endsWith("类")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        boolean worse = t.startsWith("劣");
        if (worse) {
            t = t.substring(1).strip();
        }
        t = t.replace("Ⅰ", "I").replace("Ⅱ", "II").replace("Ⅲ", "III").replace("Ⅳ", "IV").replace("Ⅴ", "V")
                .toUpperCase(java.util.Locale.ROOT);
        if (worse) {
            return t.equals("V") ? Optional.of(WORSE_THAN_V) : Optional.empty();
        }
        for (WaterClass c : values()) {
            if (c != WORSE_THAN_V && c.ascii.equals(t)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
