package org.ecokiosk.evaluation.plan;

/**
 * The 14th five-year plan's period, 2021–2025: the years a plan-progress report can be for. Its
 * targets are for 2025 and its baseline is 2020; a year before the period is judged by the 13th
 * plan's targets (专栏1), which this product does not evaluate, and a year after it by a plan not
 * yet written — so such a year is refused rather than judged against targets that were not its own.
 */
public final class PlanPeriod {
    public static final int FIRST_YEAR = 2021;
    public static final int LAST_YEAR = 2025;

    private PlanPeriod() {
    }

    public static boolean contains(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** The refusal, in both languages, naming the period. */
    public static String refusalZh(int year) {
        return "规划指标进展报告只适用于“十四五”规划期（" + FIRST_YEAR + "–" + LAST_YEAR + "年），" + year + "年不在规划期内";
    }

    public static String refusalEn(int year) {
        return "the plan-progress report covers the 14th five-year plan period " + FIRST_YEAR + "–" + LAST_YEAR
                + " only; " + year + " is outside it";
    }
}
