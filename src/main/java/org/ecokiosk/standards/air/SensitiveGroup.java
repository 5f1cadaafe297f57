package org.ecokiosk.standards.air;

/** The sensitive groups HJ 633-2026 表2 names, in the table's own order of mention. */
public enum SensitiveGroup {
    ASTHMA("哮喘患者", "people with asthma"),
    RESPIRATORY_DISEASE("呼吸系统疾病（哮喘）患者", "people with respiratory disease (asthma)"),
    CARDIOVASCULAR_DISEASE("心血管疾病患者", "people with cardiovascular disease"),
    CARDIOVASCULAR_OR_RESPIRATORY_DISEASE("心血管或呼吸系统疾病（哮喘）患者",
            "people with cardiovascular or respiratory disease (asthma)"),
    CHILDREN_AND_TEENAGERS("儿童和青少年", "children and teenagers"),
    OFTEN_ACTIVE_OUTDOORS("经常户外活动的人群", "people often active outdoors"),
    ELDERLY("老年人", "the elderly");

    private final String nameZh;
    private final String nameEn;

    SensitiveGroup(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
