package org.ecokiosk.evaluation.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.evaluation.TargetStatus;
import org.ecokiosk.evaluation.YearFigure;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.Direction;
import org.ecokiosk.model.IndicatorKind;
import org.ecokiosk.model.IndicatorValue;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.model.PlanFigure;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.model.PlanTable;
import org.junit.jupiter.api.Test;

/** The plan-progress verdicts (moved from plan/ with the rules unchanged) and the latest-value rule. */
class PlanProgressTest {
    private static final PlanIndicator GREEN = indicator("g", Direction.AT_LEAST, false, "36.5", "40");
    private static final PlanIndicator PM25 = indicator("pm", Direction.AT_MOST, false, "30", "34");
    private static final PlanIndicator CO2 = indicator("co2", Direction.AT_LEAST, true, "-", "16");
    private static final PlanIndicator CITY = indicator("c", Direction.NONE, false, "16.5", "完成市级下达目标");
    private static final PlanIndicator RIVER = indicator("r", Direction.NONE, false, "IV", "IV");
    private static final PlanIndicator WATER_RATE = indicator("w", Direction.EQUAL, false, "100", "100");

    @Test
    void behindTheStraightPathIsAtRiskAheadIsOnTrack() {
        // path 2023: 36.5 + 3.5 × 3/5 = 38.6
        assertEquals(TargetStatus.AT_RISK, mid(GREEN, "38.5", 2023).status());
        assertEquals(TargetStatus.ON_TRACK, mid(GREEN, "38.6", 2023).status());
        assertEquals(Optional.of(new BigDecimal("38.6")), mid(GREEN, "38.6", 2023).expectedOnPath());
        assertEquals(TargetStatus.MET, mid(GREEN, "40", 2023).status());
    }

    @Test
    void ceilingTargetsAlreadyMetAtBaselineStayMetUntilTheyAreMissed() {
        assertEquals(TargetStatus.MET, mid(PM25, "33", 2022).status());
        // 36 in 2023: above the target 34 and above the path 30 → 34 at 2023 (32.4)
        assertEquals(TargetStatus.AT_RISK, mid(PM25, "36", 2023).status());
    }

    @Test
    void theFinalViewJudgesA2025ValueAsMetOrNotMet() {
        List<YearFigure> values = figures(PM25, value("pm", 2025, "35"));
        assertEquals(TargetStatus.NOT_MET, PlanProgress.assess(PM25, values, EvaluationView.FINAL, 2025).status());
        // the mid-term view ignores values after 2023
        assertEquals(TargetStatus.NO_DATA, PlanProgress.assess(PM25, values, EvaluationView.MID_TERM, 2025).status());
        // before 2025 the final view is a projection along the path
        assertEquals(TargetStatus.AT_RISK, PlanProgress.assess(PM25, figures(PM25, value("pm", 2024, "35")),
                EvaluationView.FINAL, 2024).status());
    }

    @Test
    void cumulativeIndicatorsWithoutBaselineStartAtZero() {
        ProgressAssessment a = mid(CO2, "10", 2023);
        assertEquals(Optional.of(new BigDecimal("9.6")), a.expectedOnPath());
        assertEquals(TargetStatus.ON_TRACK, a.status());
        assertTrue(a.baseline().isEmpty(), "the plan's '-' is no baseline");
    }

    @Test
    void cityTargetsClassesAndEqualityTargets() {
        assertEquals(TargetStatus.SET_BY_CITY, mid(CITY, "5", 2023).status());
        assertEquals(TargetStatus.MET, mid(RIVER, "III", 2023).status());
        assertEquals(TargetStatus.AT_RISK, mid(RIVER, "V", 2023).status());
        assertEquals(TargetStatus.AT_RISK, mid(WATER_RATE, "95", 2023).status());
    }

    @Test
    void theBaselineIsASecondFigureAndAloneSaysNothingAboutProgress() {
        ProgressAssessment a = PlanProgress.assess(GREEN, figures(GREEN, value("g", 2020, "36.5")),
                EvaluationView.MID_TERM, 2025);
        assertEquals(TargetStatus.NO_DATA, a.status());
        assertTrue(a.latest().isEmpty());
        assertEquals("36.5", a.baseline().orElseThrow().value().display());
        assertEquals(2020, a.baseline().orElseThrow().year());
    }

    @Test
    void theLatestValueIsTheNewestYearUpToTheViewAndReportYear() {
        PlanProgress progress = new PlanProgress(PlanData.planOnly(List.of(GREEN),
                List.of(value("g", 2022, "37"), value("g", 2024, "39.5"), value("g", 2026, "41"))));
        ProgressAssessment now = progress.latest(GREEN);
        assertEquals(2024, now.latestYear().orElseThrow(), "2026 is after the plan period");
        assertEquals("39.5", now.latest().orElseThrow().value().display());
        assertEquals(2022, progress.assess(GREEN, EvaluationView.FINAL, 2023).latestYear().orElseThrow(),
                "a 2023 report knows nothing of 2024");
        assertEquals(2022, progress.assess(GREEN, EvaluationView.MID_TERM, 2025).latestYear().orElseThrow());
    }

    @Test
    void placeholderValuesAreNoFigure() {
        PlanProgress progress = new PlanProgress(PlanData.planOnly(List.of(GREEN),
                List.of(value("g", 2022, "37"), value("g", 2024, "—"), value("g", 2025, "/"))));
        assertEquals(2022, progress.latest(GREEN).latestYear().orElseThrow());
    }

    private static ProgressAssessment mid(PlanIndicator i, String v, int year) {
        return PlanProgress.assess(i, figures(i, value(i.code(), year, v)), EvaluationView.MID_TERM, 2025);
    }

    private static List<YearFigure> figures(PlanIndicator i, IndicatorValue... values) {
        return new PlanSeries(PlanData.planOnly(List.of(i), List.of(values))).of(i);
    }

    private static IndicatorValue value(String code, int year, String v) {
        return new IndicatorValue(code, year, PlanFigure.parse(v), DataOrigin.IMPORTED, LocalizedText.of("", ""));
    }

    static PlanIndicator indicator(String code, Direction d, boolean cumulative, String baseline, String target) {
        return new PlanIndicator(code, PlanTable.ZL2, 1, LocalizedText.of("", ""), LocalizedText.of(code, code), "",
                IndicatorKind.BINDING, d, cumulative, 2020, PlanFigure.parse(baseline), 2025, PlanFigure.parse(target),
                LocalizedText.of("", ""));
    }
}
