package org.ecokiosk.standards.air;

import java.util.OptionalInt;
import org.ecokiosk.standards.RgbColour;
import org.ecokiosk.standards.TextColour;

/**
 * The six AQI levels of HJ 633-2012 (table 2) with the official colours (table 3 RGB values).
 * The health texts are our own plain-language wording of the standard's meaning, written for
 * elderly readers at a kiosk; they are not quotations.
 */
public enum AqiLevel {
    LEVEL_1(0, 50, "一级", "Level 1", "优", "Excellent", new RgbColour(0, 228, 0), "绿色", "green",
            "空气很好，基本没有污染。",
            "The air is clean; there is hardly any pollution.",
            "大家都可以照常外出活动。",
            "Everyone can go out and be active as usual."),
    LEVEL_2(51, 100, "二级", "Level 2", "良", "Good", new RgbColour(255, 255, 0), "黄色", "yellow",
            "空气质量可以接受，极少数对污染特别敏感的人可能会有轻微不适。",
            "The air is acceptable. A very few people who are unusually sensitive to pollution may feel slightly unwell.",
            "对污染特别敏感的人少在户外久留；其他人照常活动。",
            "People who are unusually sensitive should spend less time outdoors; everyone else can carry on as usual."),
    LEVEL_3(101, 150, "三级", "Level 3", "轻度污染", "Lightly polluted", new RgbColour(255, 126, 0), "橙色", "orange",
            "儿童、老人和心脏病、呼吸道疾病患者的症状可能稍有加重，健康的人也可能感到轻微刺激。",
            "Children, older people and people with heart or lung disease may feel their symptoms a little worse; "
                    + "healthy people may notice mild irritation.",
            "儿童、老人和心脏病、呼吸道疾病患者减少长时间或剧烈的户外锻炼。",
            "Children, older people and people with heart or lung disease should cut down on long or hard exercise outdoors."),
    LEVEL_4(151, 200, "四级", "Level 4", "中度污染", "Moderately polluted", new RgbColour(255, 0, 0), "红色", "red",
            "上述敏感人群的症状会进一步加重，健康人的心脏和呼吸也可能受到影响。",
            "Symptoms of the sensitive groups get worse, and the heart and breathing of healthy people may also be affected.",
            "儿童、老人和心脏病、呼吸道疾病患者不要做长时间或剧烈的户外锻炼；其他人也要少做户外运动。",
            "Children, older people and people with heart or lung disease should avoid long or hard exercise outdoors; "
                    + "everyone else should exercise outdoors less."),
    LEVEL_5(201, 300, "五级", "Level 5", "重度污染", "Heavily polluted", new RgbColour(153, 0, 76), "紫色", "purple",
            "心脏病和肺病患者的症状明显加重，稍一活动就容易累；健康的人也会普遍感到不适。",
            "People with heart or lung disease feel clearly worse and tire quickly; most healthy people also feel unwell.",
            "儿童、老人和心脏病、肺病患者留在室内，停止户外运动；其他人减少户外活动。",
            "Children, older people and people with heart or lung disease should stay indoors and stop outdoor exercise; "
                    + "everyone else should spend less time outdoors."),
    LEVEL_6(301, 500, "六级", "Level 6", "严重污染", "Severely polluted", new RgbColour(126, 0, 35), "褐红色", "maroon",
            "健康的人活动后也很容易累，会有明显的不适，一些疾病可能提前出现。",
            "Even healthy people tire easily and feel clearly unwell; some illnesses may start earlier than they otherwise would.",
            "儿童、老人和病人留在室内，尽量少用体力；其他人也不要外出活动。",
            "Children, older people and anyone who is ill should stay indoors and rest; everyone else should avoid outdoor activity.");

    private final int minAqi;
    private final int maxAqi;
    private final String levelZh;
    private final String levelEn;
    private final String categoryZh;
    private final String categoryEn;
    private final RgbColour colour;
    private final String colourNameZh;
    private final String colourNameEn;
    private final String healthEffectZh;
    private final String healthEffectEn;
    private final String adviceZh;
    private final String adviceEn;

    AqiLevel(int minAqi, int maxAqi, String levelZh, String levelEn, String categoryZh, String categoryEn,
             RgbColour colour, String colourNameZh, String colourNameEn, String healthEffectZh, String healthEffectEn,
             String adviceZh, String adviceEn) {
        this.minAqi = minAqi;
        this.maxAqi = maxAqi;
        this.levelZh = levelZh;
        this.levelEn = levelEn;
        this.categoryZh = categoryZh;
        this.categoryEn = categoryEn;
        this.colour = colour;
        this.colourNameZh = colourNameZh;
        this.colourNameEn = colourNameEn;
        this.healthEffectZh = healthEffectZh;
        this.healthEffectEn = healthEffectEn;
        this.adviceZh = adviceZh;
        this.adviceEn = adviceEn;
    }

    /**
     * The level of an AQI value. AQI is an integer ≥ 0; values above 500 (which our calculator
     * never produces, it caps at 500) still fall in level 6.
     */
    public static AqiLevel of(int aqi) {
        if (aqi < 0) {
            throw new IllegalArgumentException("AQI is never negative: " + aqi);
        }
        for (AqiLevel level : values()) {
            if (aqi <= level.maxAqi) {
                return level;
            }
        }
        return LEVEL_6;
    }

    public int minAqi() {
        return minAqi;
    }

    /** Upper end of the band; empty for level 6, which is open-ended ("> 300"). */
    public OptionalInt maxAqi() {
        return this == LEVEL_6 ? OptionalInt.empty() : OptionalInt.of(maxAqi);
    }

    /** 1 … 6. */
    public int number() {
        return ordinal() + 1;
    }

    public String levelZh() {
        return levelZh;
    }

    public String levelEn() {
        return levelEn;
    }

    public String categoryZh() {
        return categoryZh;
    }

    public String categoryEn() {
        return categoryEn;
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

    /** Black or white text on {@link #colour()}, by contrast ratio. */
    public TextColour textColour() {
        return colour.textColour();
    }

    public String healthEffectZh() {
        return healthEffectZh;
    }

    public String healthEffectEn() {
        return healthEffectEn;
    }

    public String adviceZh() {
        return adviceZh;
    }

    public String adviceEn() {
        return adviceEn;
    }
}
