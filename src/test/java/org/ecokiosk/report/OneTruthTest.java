package org.ecokiosk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.ecokiosk.evaluation.TargetStatus;
import org.ecokiosk.evaluation.YearFigure;
import org.ecokiosk.evaluation.plan.EvaluationView;
import org.ecokiosk.evaluation.plan.FigureSeries;
import org.ecokiosk.evaluation.plan.PlanProgress;
import org.ecokiosk.model.NoiseKind;
import org.ecokiosk.snapshot.SnapshotReader;
import org.junit.jupiter.api.Test;

/**
 * The plan-progress table and the bulletin's chapters, each built as its report builds it from one
 * snapshot, print the same figure for every indicator of the report year; the summary counts add
 * up to the rows; plan-progress outside 2021–2025 is refused.
 */
class OneTruthTest {

    private static ReportSource source(int year) throws Exception {
        try (SnapshotReader r = SnapshotReader.open(ReportFixtures.sampleSnapshot())) {
            return ReportSource.load(r, year);
        }
    }

    private static Optional<YearFigure> tabled(PlanProgressTables table, FigureSeries series, int year) {
        return table.rows().stream().filter(r -> r.indicator().code().equals(series.indicator())).findFirst()
                .flatMap(r -> r.finalView().latest()).filter(f -> f.year() == year);
    }

    @Test
    void planTableAndChaptersAgreeForEveryIndicator() throws Exception {
        int year = ReportFixtures.YEAR;
        ReportSource source = source(year);
        // as the plan-progress report builds it
        PlanProgressTables table = new PlanProgressTables(year, new PlanProgress(source.planData()), source.planTablesRead());
        // as the bulletin builds its chapters
        PlanProgress bulletin = new PlanProgress(source.planData());
        AirChapter air = new AirChapter(source, bulletin.series());
        WaterChapter water = new WaterChapter(source, bulletin.series());
        NoiseChapter noise = new NoiseChapter(source, bulletin.series());

        int compared = 0;
        YearFigure good = tabled(table, FigureSeries.GOOD_DAYS, year).orElseThrow();
        assertEquals(air.air().orElseThrow().goodDays(), good.number().getAsDouble(), 1e-9, "good days");
        compared++;
        YearFigure pm25 = tabled(table, FigureSeries.PM25, year).orElseThrow();
        assertEquals(air.air().orElseThrow().pm25Reported().getAsDouble(), pm25.number().getAsDouble(), 1e-9, "PM2.5");
        compared++;
        for (FigureSeries river : new FigureSeries[] {FigureSeries.JIALING_CLASS, FigureSeries.LIANGTAN_CLASS}) {
            Optional<YearFigure> t = tabled(table, river, year);
            Optional<String> printed = water.surface().stream()
                    .filter(r -> bulletin.series().sectionsOf(river).contains(r.section()))
                    .map(r -> r.waterClass().ascii()).findFirst();
            assertEquals(t.map(f -> f.value().display()), printed, river.name());
            if (t.isPresent()) {
                compared++;
            }
        }
        for (NoiseKind kind : new NoiseKind[] {NoiseKind.REGIONAL, NoiseKind.TRAFFIC}) {
            Optional<YearFigure> series = bulletin.series().figureOf(
                    kind == NoiseKind.REGIONAL ? FigureSeries.NOISE_REGIONAL : FigureSeries.NOISE_TRAFFIC, year);
            assertEquals(series.map(f -> f.value().display()),
                    noise.againstPlan(kind).figure().map(f -> f.value().display()), kind.name());
        }
        assertTrue(compared >= 3, "the fixture must have figures to compare: " + compared);
    }

    @Test
    void summaryCountsAddUpToTheRows() throws Exception {
        ReportSource source = source(ReportFixtures.YEAR);
        PlanProgressTables table = new PlanProgressTables(ReportFixtures.YEAR, new PlanProgress(source.planData()),
                source.planTablesRead());
        for (EvaluationView view : EvaluationView.values()) {
            Map<TargetStatus, Integer> counts = table.counts(view);
            assertEquals(table.rows().size(), counts.values().stream().mapToInt(Integer::intValue).sum(), view.name());
            long noData = table.rows().stream().filter(r -> (view == EvaluationView.MID_TERM ? r.midTerm() : r.finalView())
                    .status() == TargetStatus.NO_DATA).count();
            assertEquals(noData, (long) counts.getOrDefault(TargetStatus.NO_DATA, 0));
            // an indicator the chapters print a figure for is never counted as 暂无数据
            table.rows().stream().filter(r -> r.finalView().latest().isPresent())
                    .forEach(r -> assertFalse(view == EvaluationView.FINAL && r.finalView().status() == TargetStatus.NO_DATA
                            && r.finalView().latest().get().number().isPresent() && r.indicator().target().isNumber(),
                            r.indicator().code()));
        }
    }

    @Test
    void planProgressOutsideThePlanPeriodIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportRequest.planProgress(2026));
        assertTrue(e.getMessage().contains("2021–2025"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReportRequest.planProgress(2020));
        assertEquals(2021, ReportRequest.planProgress(2021).year());
    }
}
