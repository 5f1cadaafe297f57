package org.ecokiosk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecokiosk.evaluation.TargetStatus;
import org.ecokiosk.evaluation.plan.EvaluationView;
import org.ecokiosk.evaluation.plan.PlanProgress;
import org.ecokiosk.kiosk.viewmodel.PlanTargetRow;
import org.ecokiosk.kiosk.viewmodel.PlanTargetsViewModel;
import org.ecokiosk.kiosk.viewmodel.ViewModelLoads;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.snapshot.TestSnapshots;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk's plan tally and the 2025 plan-progress report, on the default snapshot (the bundled
 * content, data to 31 October 2026): the kiosk loads its plan screen's model exactly as it does,
 * the report is built as the command builds it, and they give the same verdict, figure and year for
 * every target and the same count per status — which the PDF prints and the kiosk shows, for the
 * year the kiosk says it judged.
 */
class KioskPlanTallyTest {
    @TempDir
    static Path dir;
    private static Path snapshot;
    private static PlanTargetsViewModel kiosk;
    private static PlanProgressTables report;
    private static String pdf;

    @BeforeAll
    static void build() throws Exception {
        snapshot = TestSnapshots.fromContent(dir);
        kiosk = ViewModelLoads.loaded(new PlanTargetsViewModel(), snapshot);
        try (SnapshotReader reader = SnapshotReader.open(snapshot)) {
            ReportSource source = ReportSource.load(reader, 2025);
            report = new PlanProgressTables(2025, new PlanProgress(source.planData()), source.planTablesRead());
            pdf = ReportTexts.all(ReportBuilder.render(ReportRequest.planProgress(2025), reader));
        }
    }

    @Test
    void theKioskSaysItJudged2025() {
        assertEquals(Optional.of(2025), kiosk.judgedYear(), "data to October 2026: the final review's year, not 2026");
    }

    @Test
    void everyTargetHasTheReportsFinalVerdictFigureAndYear() {
        List<PlanTargetRow> rows = kiosk.groups().stream().flatMap(g -> g.rows().stream()).toList();
        List<PlanProgressTables.Row> printed = report.rows();
        assertEquals(printed.stream().map(r -> r.indicator().code()).toList(),
                rows.stream().map(PlanTargetRow::code).toList(), "the same 19 targets in the plan's order");
        for (int n = 0; n < rows.size(); n++) {
            PlanTargetRow row = rows.get(n);
            var judged = printed.get(n).finalView();
            assertEquals(judged.status(), row.status(), row.code());
            assertEquals(judged.latest().map(f -> f.value().display()).orElse(""), row.value(), row.code());
            assertEquals(judged.latestYear(), row.valueYear(), row.code());
            assertEquals(judged.latestIsSample(), row.sample(), row.code());
        }
    }

    @Test
    void theTallyIsThePrintedOne() {
        Map<TargetStatus, Integer> printed = report.counts(EvaluationView.FINAL);
        List<String> parts = new ArrayList<>();
        long statuses = 0;
        for (TargetStatus s : TargetStatus.values()) {
            assertEquals(printed.getOrDefault(s, 0).longValue(), kiosk.count(s), s.name());
            if (kiosk.count(s) > 0) {
                parts.add(kiosk.count(s) + "个" + s.labelZh());
                statuses++;
            }
        }
        assertTrue(statuses >= 3 && kiosk.count(TargetStatus.MET) > 0,
                "the default snapshot must judge targets several ways for this to compare anything: " + parts);
        String sentence = "按终期评估口径（2025年）：" + String.join("，", parts) + "。";
        assertTrue(pdf.contains(ReportTexts.squeeze(sentence)), "the plan-progress PDF prints the kiosk's tally: " + sentence);
    }
}
