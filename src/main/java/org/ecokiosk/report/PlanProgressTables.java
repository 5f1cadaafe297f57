package org.ecokiosk.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecokiosk.model.IndicatorKind;
import org.ecokiosk.model.PlanFigure;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.evaluation.Placeholders;
import org.ecokiosk.evaluation.TargetStatus;
import org.ecokiosk.evaluation.plan.EvaluationView;
import org.ecokiosk.evaluation.plan.PlanProgress;
import org.ecokiosk.evaluation.plan.ProgressAssessment;
import org.ecokiosk.report.pdf.ArchivalPdf;
import org.ecokiosk.report.pdf.DataTable;

/**
 * The 专栏2 indicators in both evaluation views, as the plan-progress report prints them in
 * full and the bulletin in summary. Figures and verdicts are {@link PlanProgress}'s — the kiosk's
 * plan-targets screen shows the same final-view figure and verdict.
 */
final class PlanProgressTables {
    /** One indicator's row: both views. */
    record Row(PlanIndicator indicator, ProgressAssessment midTerm, ProgressAssessment finalView) {
    }

    private final int year;
    private final List<Row> rows;
    private final List<String> tablesRead;

    PlanProgressTables(int year, PlanProgress progress, List<String> tablesRead) {
        this.year = year;
        this.tablesRead = List.copyOf(tablesRead);
        List<Row> built = new ArrayList<>();
        for (PlanIndicator i : progress.targets()) {
            built.add(new Row(i, progress.assess(i, EvaluationView.MID_TERM, year),
                    progress.assess(i, EvaluationView.FINAL, year)));
        }
        this.rows = List.copyOf(built);
    }

    List<Row> rows() {
        return rows;
    }

    boolean usesSample() {
        return rows.stream().anyMatch(r -> r.midTerm().latestIsSample() || r.finalView().latestIsSample());
    }

    Map<TargetStatus, Integer> counts(EvaluationView view) {
        Map<TargetStatus, Integer> counts = new EnumMap<>(TargetStatus.class);
        for (Row r : rows) {
            counts.merge(view == EvaluationView.MID_TERM ? r.midTerm().status() : r.finalView().status(), 1, Integer::sum);
        }
        return counts;
    }

    /** "12 项已达到、2 项存在风险 …" in the order of {@link TargetStatus}. */
    String countsSentence(EvaluationView view) {
        List<String> parts = new ArrayList<>();
        counts(view).forEach((status, n) -> parts.add(n + "项" + status.labelZh()));
        return String.join("，", parts);
    }

    /** The indicators' figures: baseline, latest value and target. */
    void writeFiguresTable(ArchivalPdf doc, Numbering numbers) {
        List<List<String>> table = new ArrayList<>();
        for (Row r : rows) {
            PlanIndicator i = r.indicator();
            table.add(List.of(label(i), i.unit().isBlank() ? Texts.NO_VALUE : i.unit(), kind(i.kind()),
                    figure(i.baseline()), latest(r.finalView()), target(i)));
        }
        doc.table(new DataTable(numbers.nextTable("“十四五”规划主要指标（专栏2）基准值、最新值与目标值", provenance(false)),
                List.of("指标", "单位", "属性", "2020年基准值", "最新值（年份）", "2025年目标"), table, true,
                List.of(3.6f, 1f, 1f, 1.2f, 2.1f, 1.8f)));
    }

    /** The judgements in both views. */
    void writeStatusTable(ArchivalPdf doc, Numbering numbers) {
        List<List<String>> table = new ArrayList<>();
        for (Row r : rows) {
            table.add(List.of(label(r.indicator()), r.midTerm().status().labelZh(), latest(r.midTerm()),
                    path(r.midTerm()), r.finalView().status().labelZh(), latest(r.finalView()), path(r.finalView())));
        }
        doc.table(new DataTable(numbers.nextTable("中期评估（2023年）与终期评估（2025年）", provenance(true)),
                List.of("指标", "中期评估", "依据值（年份）", "路径值", "终期评估", "依据值（年份）", "路径值"), table, true,
                List.of(3.3f, 1.45f, 1.75f, 0.95f, 1.45f, 1.75f, 0.95f)));
        doc.smallPrint("依据值：该评估口径所用的最新数值及其年份，标 * 者为示例数据。路径值：2020年基准值到2025年目标值的直线"
                + "在依据值年份的取值，仅在尚未达到目标时用于判断“按进度推进”或“存在风险”。");
    }

    private Provenance provenance(boolean judged) {
        List<org.ecokiosk.model.DataOrigin> origins = new ArrayList<>(List.of(org.ecokiosk.model.DataOrigin.PLAN));
        rows.forEach(r -> {
            r.midTerm().latest().ifPresent(f -> origins.add(f.origin()));
            r.finalView().latest().ifPresent(f -> origins.add(f.origin()));
        });
        return Provenance.of(tablesRead, origins, judged
                ? "“十四五”规划专栏2目标；终期、中期评估与路径值方法（见评估方法）；各项数值按其所在章节的标准评价"
                : "“十四五”规划专栏2（基准值、目标值）；最新值按其所在章节的标准评价");
    }

    private static String label(PlanIndicator i) {
        return i.seq() + ". " + i.name().zh();
    }

    private static String kind(IndicatorKind k) {
        return switch (k) {
            case BINDING -> "约束性";
            case EXPECTED -> "预期性";
            case UNSPECIFIED -> Texts.NO_VALUE;
        };
    }

    static String figure(PlanFigure f) {
        return Placeholders.isPlaceholder(f) ? Texts.NO_VALUE : f.display();
    }

    private static String target(PlanIndicator i) {
        String t = figure(i.target());
        if (i.target().isNumber() && !i.direction().symbol().isEmpty() && i.direction().symbol().length() == 1
                && !"=".equals(i.direction().symbol())) {
            t = i.direction().symbol() + " " + t;
        }
        return i.cumulative() && i.target().isNumber() ? t + "（累计）" : t;
    }

    private static String latest(ProgressAssessment a) {
        if (a.latest().isEmpty()) {
            return Texts.NO_VALUE;
        }
        return figure(a.latest().get().value()) + "（" + a.latest().get().year() + "）" + (a.latestIsSample() ? "*" : "");
    }

    private static String path(ProgressAssessment a) {
        Optional<BigDecimal> expected = a.expectedOnPath();
        return expected.map(BigDecimal::toPlainString).orElse(Texts.NO_VALUE);
    }

    int year() {
        return year;
    }
}
