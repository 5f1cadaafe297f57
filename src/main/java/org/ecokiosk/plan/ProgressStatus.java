package org.ecokiosk.plan;

/**
 * Where an indicator stands in one {@link EvaluationView}. See {@link TargetAssessor#assessProgress}
 * for the rules; they are also written out for officers in docs/REPORTS.md.
 */
public enum ProgressStatus {
    /** The value meets the 2025 target already. */
    MET("已达到", "met"),
    /** Not at the target yet, but at or ahead of the straight path from the 2020 baseline to it. */
    ON_TRACK("按进度推进", "on track"),
    /** Behind the straight path (or, without a baseline, simply short of the target) before 2025. */
    AT_RISK("存在风险", "at risk"),
    /** The 2025 value misses the target: only the final view, only with a 2025 value. */
    NOT_MET("未达到", "not met"),
    /** The plan leaves the figure to the city (完成市级下达目标 …), so there is nothing to compare yet. */
    NOT_YET_SET("目标待市级下达", "target not yet set"),
    /** No value since the 2020 baseline up to the view's year, or a target that is not comparable. */
    NO_DATA("暂无数据", "no data");

    private final String labelZh;
    private final String labelEn;

    ProgressStatus(String labelZh, String labelEn) {
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
