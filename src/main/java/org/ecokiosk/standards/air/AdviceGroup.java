package org.ecokiosk.standards.air;

/**
 * The two audiences HJ 633 表1's "建议采取的措施" speaks to: the sensitive groups it names (children,
 * older people, people with heart or lung disease; at 良 the "极少数异常敏感人群") and everyone else
 * (一般人群). The per-pollutant groups of HJ 633-2026 表2 are {@link SensitiveGroup}.
 */
public enum AdviceGroup {
    SENSITIVE("敏感人群", "Sensitive groups", "儿童、老年人、心脏病和呼吸系统疾病患者", "children, older people, people with heart or lung disease"),
    GENERAL("一般人群", "Everyone else", "其他健康的人", "healthy adults");

    private final String nameZh;
    private final String nameEn;
    private final String whoZh;
    private final String whoEn;

    AdviceGroup(String nameZh, String nameEn, String whoZh, String whoEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.whoZh = whoZh;
        this.whoEn = whoEn;
    }

    public StandardText title() {
        return new StandardText(nameZh, nameEn);
    }

    /** Who belongs to the group, in plain words. */
    public StandardText who() {
        return new StandardText(whoZh, whoEn);
    }

    /**
     * What HJ 633 表1 asks of this group at {@code level}, in our plain wording (the level's own
     * advice sentence split by audience; where 表1 asks nothing of a group it may go on as usual).
     */
    public StandardText adviceAt(AqiLevel level) {
        return this == SENSITIVE ? sensitive(level) : general(level);
    }

    private static StandardText sensitive(AqiLevel level) {
        return switch (level) {
            case LEVEL_1 -> new StandardText("可以照常外出活动。", "Can go out and be active as usual.");
            case LEVEL_2 -> new StandardText("对污染特别敏感的人少在户外久留。",
                    "People who are unusually sensitive should spend less time outdoors.");
            case LEVEL_3 -> new StandardText("减少长时间或剧烈的户外锻炼。", "Cut down on long or hard exercise outdoors.");
            case LEVEL_4 -> new StandardText("不要做长时间或剧烈的户外锻炼。", "Avoid long or hard exercise outdoors.");
            case LEVEL_5 -> new StandardText("留在室内，停止户外运动。", "Stay indoors and stop outdoor exercise.");
            case LEVEL_6 -> new StandardText("留在室内，尽量少用体力。", "Stay indoors and rest.");
        };
    }

    private static StandardText general(AqiLevel level) {
        return switch (level) {
            case LEVEL_1, LEVEL_2, LEVEL_3 -> new StandardText("可以照常活动。", "Can carry on as usual.");
            case LEVEL_4 -> new StandardText("少做户外运动。", "Exercise outdoors less.");
            case LEVEL_5 -> new StandardText("减少户外活动。", "Spend less time outdoors.");
            case LEVEL_6 -> new StandardText("不要外出活动。", "Avoid outdoor activity.");
        };
    }
}
