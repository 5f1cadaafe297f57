package org.ecokiosk.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.Direction;
import org.ecokiosk.model.IndicatorKind;
import org.ecokiosk.model.IndicatorValue;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.model.PlanFigure;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.model.PlanTable;
import org.junit.jupiter.api.Test;

class ProgressAssessmentTest {
    private static final PlanIndicator GREEN = indicator("g", Direction.AT_LEAST, false, "36.5", "40");
    private static final PlanIndicator PM25 = indicator("pm", Direction.AT_MOST, false, "30", "34");
    private static final PlanIndicator CO2 = indicator("co2", Direction.AT_LEAST, true, "-", "16");
    private static final PlanIndicator CITY = indicator("c", Direction.NONE, false, "16.5", "完成市级下达目标");
    private static final PlanIndicator RIVER = indicator("r", Direction.NONE, false, "IV", "IV");
    private static final PlanIndicator WATER_RATE = indicator("w", Direction.EQUAL, false, "100", "100");

    @Test
    void behindTheStraightPathIsAtRiskAheadIsOnTrack() {
        // path 2023: 36.5 + 3.5 × 3/5 = 38.6
        assertEquals(ProgressStatus.AT_RISK, mid(GREEN, "38.5", 2023).status());
        assertEquals(ProgressStatus.ON_TRACK, mid(GREEN, "38.6", 2023).status());
        assertEquals(Optional.of(new BigDecimal("38.6")), mid(GREEN, "38.6", 2023).expectedOnPath());
        assertEquals(ProgressStatus.MET, mid(GREEN, "40", 2023).status());
    }

    @Test
    void ceilingTargetsAlreadyMetAtBaselineStayMetUntilTheyAreMissed() {
        assertEquals(ProgressStatus.MET, mid(PM25, "33", 2022).status());
        // 36 in 2023: above the target 34 and above the path 30 → 34 at 2023 (32.4)
        assertEquals(ProgressStatus.AT_RISK, mid(PM25, "36", 2023).status());
    }

    @Test
    void theFinalViewJudgesA2025ValueAsMetOrNotMet() {
        List<IndicatorValue> values = List.of(value("pm", 2025, "35"));
        assertEquals(ProgressStatus.NOT_MET, TargetAssessor.assessProgress(PM25, values, EvaluationView.FINAL, 2025).status());
        // the mid-term view ignores values after 2023
        assertEquals(ProgressStatus.NO_DATA, TargetAssessor.assessProgress(PM25, values, EvaluationView.MID_TERM, 2025).status());
        // before 2025 the final view is a projection along the path
        assertEquals(ProgressStatus.AT_RISK, TargetAssessor.assessProgress(PM25, List.of(value("pm", 2024, "35")),
                EvaluationView.FINAL, 2024).status());
    }

    @Test
    void cumulativeIndicatorsWithoutBaselineStartAtZero() {
        ProgressAssessment a = mid(CO2, "10", 2023);
        assertEquals(Optional.of(new BigDecimal("9.6")), a.expectedOnPath());
        assertEquals(ProgressStatus.ON_TRACK, a.status());
    }

    @Test
    void cityTargetsClassesAndEqualityTargets() {
        assertEquals(ProgressStatus.NOT_YET_SET, mid(CITY, "5", 2023).status());
        assertEquals(ProgressStatus.MET, mid(RIVER, "III", 2023).status());
        assertEquals(ProgressStatus.AT_RISK, mid(RIVER, "V", 2023).status());
        assertEquals(ProgressStatus.AT_RISK, mid(WATER_RATE, "95", 2023).status());
        assertEquals(ProgressStatus.NO_DATA, TargetAssessor.assessProgress(GREEN, List.of(value("g", 2020, "36.5")),
                EvaluationView.MID_TERM, 2025).status(), "the baseline alone says nothing about progress");
    }

    @Test
    void theKiosksVerdictIsUnchanged() {
        assertEquals(TargetStatus.NOT_MET, TargetAssessor.assess(GREEN, List.of(value("g", 2023, "38"))).status());
        assertEquals(TargetStatus.SET_BY_CITY, TargetAssessor.assess(CITY, List.of()).status());
    }

    private static ProgressAssessment mid(PlanIndicator i, String v, int year) {
        return TargetAssessor.assessProgress(i, List.of(value(i.code(), year, v)), EvaluationView.MID_TERM, 2025);
    }

    private static IndicatorValue value(String code, int year, String v) {
        return new IndicatorValue(code, year, PlanFigure.parse(v), DataOrigin.IMPORTED, LocalizedText.of("", ""));
    }

    private static PlanIndicator indicator(String code, Direction d, boolean cumulative, String baseline, String target) {
        return new PlanIndicator(code, PlanTable.ZL2, 1, LocalizedText.of("", ""), LocalizedText.of(code, code), "",
                IndicatorKind.BINDING, d, cumulative, 2020, PlanFigure.parse(baseline), 2025, PlanFigure.parse(target),
                LocalizedText.of("", ""));
    }
}
