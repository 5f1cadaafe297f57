package org.ecokiosk.evaluation;

/**
 * Where a figure stands against its target. Simple comparisons (a water section against its
 * class, a noise zone against its limit) use MET / NOT_MET / NO_DATA; plan progress uses all of
 * them (see {@link org.ecokiosk.evaluation.plan.PlanProgress} for the rules).
 */
public enum TargetStatus {
    /** The figure meets the target. */
    MET("已达到", "met"),
    /** Not at the 2025 target yet, but at or ahead of the straight path from the 2020 baseline to it. */
    ON_TRACK("按进度推进", "on track"),
    /** Before 2025, behind the straight path (or, without a path, simply short of the target). */
    AT_RISK("存在风险", "at risk"),
    /** The figure misses the target (for plan progress: a figure of the target year). */
    NOT_MET("未达到", "not met"),
    /** The plan leaves the figure to the city (完成市级下达目标 …): nothing to compare with. */
    SET_BY_CITY("目标待市级下达", "set by the city"),
    /** No figure to judge (the plan's "-" or "/", nothing since the baseline), or no comparable target. */
    NO_DATA("暂无数据", "no data");

    private final String labelZh;
    private final String labelEn;

    TargetStatus(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }
}
