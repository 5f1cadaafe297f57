package org.ecokiosk.standards.air;

/** Things a reader of an AQI result should be told that are not numbers. */
public enum AqiNote {
    SO2_1H_ABOVE_TABLE_WITHOUT_24H(
            "1小时二氧化硫浓度超过800微克/立方米，按规定应改用24小时值计算分指数，但缺少24小时值，未计入二氧化硫。",
            "1-hour SO2 is above 800 µg/m³, where the 24-hour value must be used instead, but none was given; "
                    + "SO2 was left out."),
    O3_8H_ABOVE_TABLE_WITHOUT_1H(
            "臭氧8小时浓度超过800微克/立方米，按规定应改用1小时值计算分指数，但缺少1小时值，未计入臭氧8小时值。",
            "8-hour O3 is above 800 µg/m³, where the 1-hour value must be used instead, but none was given; "
                    + "the 8-hour O3 value was left out."),
    CAPPED_AT_500(
            "有污染物浓度超出分级表上限，其分指数按500计。",
            "A concentration is above the top of the table; its sub-index is shown as 500.");

    private final String textZh;
    private final String textEn;

    AqiNote(String textZh, String textEn) {
        this.textZh = textZh;
        this.textEn = textEn;
    }

    public String textZh() {
        return textZh;
    }

    public String textEn() {
        return textEn;
    }
}
