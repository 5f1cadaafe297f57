package org.ecokiosk.evaluation.plan;

/**
 * The two points at which the plan is formally evaluated: the mid-term review (2023) and the
 * final review (2025). A view only looks at values up to its year, so the mid-term column of a
 * 2025 report still shows what was known in 2023.
 */
public enum EvaluationView {
    MID_TERM(2023, "中期评估（2023年）", "Mid-term review (2023)"),
    FINAL(2025, "终期评估（2025年）", "Final review (2025)");

    private final int year;
    private final String labelZh;
    private final String labelEn;

    EvaluationView(int year, String labelZh, String labelEn) {
        this.year = year;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public int year() {
        return year;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }
}
