package org.ecokiosk.report;

import java.util.Optional;
import org.ecokiosk.evaluation.plan.YearCoverage;

/**
 * What a chapter calls its period and the one it is compared with: "2025年" and "2024年" for a
 * whole year; "2026年1–10月" and "2025年1–10月" (同期) for a year whose data end before 31
 * December, whose figures are never called annual.
 */
record PeriodLabels(String current, String previous, boolean partial) {

    static PeriodLabels of(int year, Optional<YearCoverage> coverage) {
        return coverage.filter(c -> !c.wholeYear())
                .map(c -> new PeriodLabels(c.labelZh(), c.inYear(year - 1).labelZh(), true))
                .orElse(new PeriodLabels(year + "年", (year - 1) + "年", false));
    }

    /** "年均浓度" for a year; "平均浓度" for part of one (not an annual mean). */
    String mean() {
        return partial ? "平均浓度" : "年均浓度";
    }

    /** "全年" or "1–10月" before a count of days. */
    String span(YearCoverage coverage) {
        return partial ? coverage.monthsZh() : "全年";
    }
}
