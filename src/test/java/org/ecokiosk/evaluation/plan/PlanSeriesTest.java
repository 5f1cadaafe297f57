package org.ecokiosk.evaluation.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ecokiosk.evaluation.TargetStatus;
import org.ecokiosk.evaluation.YearFigure;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.Direction;
import org.ecokiosk.model.GreenMetric;
import org.ecokiosk.model.IndicatorValue;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.model.PlanFigure;
import org.ecokiosk.model.PlanIndicator;
import org.junit.jupiter.api.Test;

class PlanSeriesTest {
    private static final PlanIndicator BUILT_UP = PlanProgressTest.indicator("zl2-04", Direction.AT_LEAST, false,
            "36.5", "40");
    private static final LocalizedText NONE = LocalizedText.of("", "");

    private static GreenMetric metric(int year, double v, DataOrigin origin) {
        return new GreenMetric("builtup-green-coverage", NONE, year, v, "%", origin);
    }

    private static IndicatorValue value(int year, String v, DataOrigin origin) {
        return new IndicatorValue("zl2-04", year, PlanFigure.parse(v), origin, NONE);
    }

    private static List<YearFigure> series(List<IndicatorValue> values, List<GreenMetric> green) {
        return new PlanSeries(new PlanData(List.of(BUILT_UP), values, green, List.of(), List.of(), List.of(),
                List.of(), List.of())).of(BUILT_UP);
    }

    @Test
    void anIndicatorReadsItsGreenMetricAndItsBaseline() {
        List<YearFigure> s = series(List.of(), List.of(metric(2024, 39.1, DataOrigin.SAMPLE),
                metric(2025, 40.2, DataOrigin.SAMPLE)));
        assertEquals(List.of(2020, 2024, 2025), s.stream().map(YearFigure::year).toList());
        assertEquals(DataOrigin.PLAN, s.get(0).origin(), "the plan's baseline");
        ProgressAssessment a = PlanProgress.assess(BUILT_UP, s, EvaluationView.FINAL, 2025);
        assertEquals("40.2", a.latest().orElseThrow().value().display());
        assertEquals(TargetStatus.MET, a.status());
        assertTrue(a.latestIsSample());
    }

    @Test
    void importedBeatsPublishedBeatsSampleForOneYear() {
        List<YearFigure> s = series(List.of(value(2025, "39", DataOrigin.PUBLISHED)),
                List.of(metric(2025, 40.2, DataOrigin.SAMPLE)));
        assertEquals("39", s.get(s.size() - 1).value().display());
        s = series(List.of(value(2025, "39", DataOrigin.PUBLISHED)), List.of(metric(2025, 41, DataOrigin.IMPORTED)));
        assertEquals("41", s.get(s.size() - 1).value().display());
        assertEquals("green_metric builtup-green-coverage", s.get(s.size() - 1).source());
    }

    @Test
    void sampleFiguresNeverMixWithMeasuredOnes() {
        // a real 2023 figure: the sample 2025 one is dropped, so the latest is 2023, not a newer sample
        List<YearFigure> s = series(List.of(value(2023, "38", DataOrigin.IMPORTED)),
                List.of(metric(2024, 39.1, DataOrigin.SAMPLE), metric(2025, 40.2, DataOrigin.SAMPLE)));
        assertEquals(List.of(2020, 2023), s.stream().map(YearFigure::year).toList(), "the plan's own figure stays");
        ProgressAssessment a = PlanProgress.assess(BUILT_UP, s, EvaluationView.FINAL, 2025);
        assertEquals(2023, a.latestYear().orElseThrow());
        assertEquals(TargetStatus.AT_RISK, a.status(), "38 < 38.6 on the path in 2023");
    }
    @Test
    void theNewestFigureIsNeverTheBaseline() {
        List<YearFigure> onlyBaseline = series(List.of(), List.of());
        assertEquals(List.of(2020), onlyBaseline.stream().map(YearFigure::year).toList());
        assertTrue(PlanSeries.newestAfterBaseline(BUILT_UP, onlyBaseline, 2025).isEmpty(),
                "the 2020 baseline alone is no latest value: the plan table says 暂无数据, so must every chapter");
        List<YearFigure> s = series(List.of(), List.of(metric(2024, 39.1, DataOrigin.SAMPLE),
                metric(2025, 40.2, DataOrigin.SAMPLE)));
        assertEquals(2024, PlanSeries.newestAfterBaseline(BUILT_UP, s, 2024).orElseThrow().year());
        assertEquals(PlanProgress.assess(BUILT_UP, s, EvaluationView.FINAL, 2025).latest(),
                PlanSeries.newestAfterBaseline(BUILT_UP, s, 2025), "one rule for the plan table and the chapters");
    }

    @Test
    void anIndicatorWithoutABaselineYearKeepsAllItsFigures() {
        PlanIndicator thirteenth = new PlanIndicator("zl1-13", org.ecokiosk.model.PlanTable.ZL1, 13, NONE,
                LocalizedText.of("大宗工业固体废弃物综合利用率", "Bulk industrial solid waste utilisation"), "%", org.ecokiosk.model.IndicatorKind.EXPECTED,
                Direction.AT_LEAST, false, 0, PlanFigure.parse(""), 2020, PlanFigure.parse("85"), NONE);
        IndicatorValue v2020 = new IndicatorValue("zl1-13", 2020, PlanFigure.parse("85"), DataOrigin.PLAN, NONE);
        List<YearFigure> s = new PlanSeries(new PlanData(List.of(thirteenth), List.of(v2020), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of())).of(thirteenth);
        assertEquals(2020, PlanSeries.newestAfterBaseline(thirteenth, s, 2025).orElseThrow().year(),
                "专栏1's 2020 figure is its outcome, not a baseline");
    }
}
