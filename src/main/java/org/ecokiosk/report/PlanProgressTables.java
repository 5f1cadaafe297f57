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
import org.ecokiosk.evaluation.plan.PlanVerdicts;
import org.ecokiosk.evaluation.plan.ProgressAssessment;
import org.ecokiosk.report.pdf.ArchivalPdf;
import org.ecokiosk.report.pdf.DataTable;

/**
 * The 专栏2 indicators in both evaluation views, as the plan-progress report prints them in
 * full and the bulletin in summary. Figures and verdicts are {@link PlanProgress}'s — the kiosk's
 * plan-targets screen shows the same final-view figure and verdict.
 */
final class PlanProgressTables {
    /** Broken before its bracket: the narrow column broke it as "依据值（年" / "份）". */
    private static final String BASIS_HEADER = "依据值\n（年份）";
    /** One indicator's row: both views. */
    record Row(PlanIndicator indicator, ProgressAssessment midTerm, ProgressAssessment finalView) {
    }

    /**
     * The row the plan leaves blank for 2025 (梁滩河): its text says 稳定保持 with the class lost
     * in the source; the indicator data judge it against the 2020 class IV, which must be said as
     * reasoning, never printed as if the plan's cell read "IV".
     */
    static final String LIANGTAN = "zl2-10b";

    /** The notes under 专栏2, numbered as the plan prints them (the plan's own text). */
    static final List<String> PLAN_NOTES = List.of(
            "带[ ]的数据为5年累计数。",
            "“—”表示“十三五”期间未进行考核统计，无现状数据。",
            "单位GDP二氧化碳排放量、能耗、非化石能源占一次能源消费的比例和污染物排放总量减少等最终以重庆市下达数为准。",
            "沙坪坝区无镇级集中式饮用水源地。",
            "由于成立高新区，沙坪坝区行政区划发生改变，森林覆盖率现状值发生改变，暂无现状值。",
            "2020年空气质量指标值受新冠肺炎疫情等因素影响，明显高于正常年份。");

    private final int year;
    private final PlanVerdicts midTerm;
    private final PlanVerdicts finalView;
    private final List<Row> rows;
    private final List<String> tablesRead;

    /** Both views judged for {@code year} by {@link PlanProgress#judge}, as the kiosk's plan screen is. */
    PlanProgressTables(int year, PlanProgress progress, List<String> tablesRead) {
        this.year = year;
        this.tablesRead = List.copyOf(tablesRead);
        this.midTerm = progress.judge(EvaluationView.MID_TERM, year);
        this.finalView = progress.judge(EvaluationView.FINAL, year);
        List<Row> built = new ArrayList<>();
        for (int n = 0; n < finalView.targets().size(); n++) {
            ProgressAssessment f = finalView.targets().get(n);
            built.add(new Row(f.indicator(), midTerm.targets().get(n), f));
        }
        this.rows = List.copyOf(built);
    }

    List<Row> rows() {
        return rows;
    }

    boolean usesSample() {
        return midTerm.usesSample() || finalView.usesSample();
    }

    /** Targets per status: the verdicts' tally ({@link PlanVerdicts#tally}), the kiosk's too. */
    Map<TargetStatus, Integer> counts(EvaluationView view) {
        return (view == EvaluationView.MID_TERM ? midTerm : finalView).tally();
    }

    /** "7个已达到，6个目标待市级下达 …": targets per status, in the order of {@link TargetStatus}. */
    String countsSentence(EvaluationView view) {
        List<String> parts = new ArrayList<>();
        counts(view).forEach((status, n) -> parts.add(n + "个" + status.labelZh()));
        return String.join("，", parts);
    }

    /** "18项指标共19个目标（第10项按嘉陵江、梁滩河分别考核）": what {@link #countsSentence} counts. */
    String targetsSentence() {
        long indicators = rows.stream().map(r -> r.indicator().seq()).distinct().count();
        List<String> split = rows.stream().collect(java.util.stream.Collectors.groupingBy(r -> r.indicator().seq(),
                        java.util.TreeMap::new, java.util.stream.Collectors.toList()))
                .entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> "第" + e.getKey() + "项按" + Texts.joinZh(e.getValue().stream()
                        .map(r -> afterColon(r.indicator().name().zh())).toList()) + "分别考核")
                .toList();
        return indicators + "项指标共" + rows.size() + "个目标" + (split.isEmpty() ? "" : "（" + String.join("；", split) + "）");
    }

    /** "5大类18项指标（其中约束性指标16项）", counted from the indicators as the plan numbers them. */
    String planCountSentence() {
        long groups = rows.stream().map(r -> r.indicator().group().zh()).distinct().count();
        long numbered = rows.stream().map(r -> r.indicator().seq()).distinct().count();
        long binding = rows.stream().filter(r -> r.indicator().kind() == IndicatorKind.BINDING)
                .map(r -> r.indicator().seq()).distinct().count();
        List<String> split = rows.stream().collect(java.util.stream.Collectors.groupingBy(r -> r.indicator().seq(),
                        java.util.TreeMap::new, java.util.stream.Collectors.toList()))
                .entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> "第" + e.getKey() + "项分" + Texts.joinZh(e.getValue().stream()
                        .map(r -> afterColon(r.indicator().name().zh())).toList()) + e.getValue().size() + "行列示")
                .toList();
        return groups + "大类" + numbered + "项指标（其中约束性指标" + binding + "项）"
                + (split.isEmpty() ? "" : "，" + String.join("，", split));
    }

    private static String afterColon(String name) {
        int at = Math.max(name.lastIndexOf(':'), name.lastIndexOf('：'));
        return at < 0 ? name : name.substring(at + 1);
    }

    /** The plan's 备注 cell: the note's parts that are not the table's numbered notes (表注). */
    static String remark(PlanIndicator i) {
        List<String> parts = new ArrayList<>();
        for (String part : i.note().zh().split("[;；]")) {
            if (!part.isBlank() && !part.strip().startsWith("表注")) {
                parts.add(part.strip());
            }
        }
        return parts.isEmpty() ? "" : String.join("；", parts);
    }

    /** The indicators' figures: baseline, latest value and target. */
    void writeFiguresTable(ArchivalPdf doc, Numbering numbers) {
        List<List<String>> table = new ArrayList<>();
        for (Row r : rows) {
            PlanIndicator i = r.indicator();
            table.add(List.of(label(i), i.unit().isBlank() ? Texts.NO_VALUE : i.unit(), kind(i.kind()),
                    baseline(i), latest(r.finalView()), targetAsPrinted(i), remark(i)));
        }
        doc.table(new DataTable(numbers.nextTable("“十四五”规划主要指标（专栏2）基准值、最新值与目标值", provenance(false)),
                List.of("指标", "单位", "属性", "2020年基准值", "最新值（年份）", "2025年目标", "备注"), table, true,
                List.of(3.0f, 1.05f, 0.9f, 1.1f, 1.7f, 1.5f, 2f)));
        StringBuilder notes = new StringBuilder("注（规划专栏2原注）：");
        for (int n = 0; n < PLAN_NOTES.size(); n++) {
            notes.append(n + 1).append(". ").append(PLAN_NOTES.get(n));
        }
        doc.smallPrint(notes.toString());
        rows.stream().filter(r -> r.indicator().code().equals(LIANGTAN)).findFirst()
                .ifPresent(r -> doc.smallPrint(liangtanReasoning(r.indicator())));
    }

    /** The judgements in both views. */
    void writeStatusTable(ArchivalPdf doc, Numbering numbers) {
        List<List<String>> table = new ArrayList<>();
        for (Row r : rows) {
            table.add(List.of(label(r.indicator()), r.midTerm().status().labelZh(), latest(r.midTerm()),
                    path(r.midTerm()), r.finalView().status().labelZh(), latest(r.finalView()), path(r.finalView())));
        }
        doc.table(new DataTable(numbers.nextTable("中期评估（2023年）与终期评估（2025年）", provenance(true)),
                List.of("指标", "中期评估", BASIS_HEADER, "路径值", "终期评估", BASIS_HEADER, "路径值"), table, true,
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

    /** Why 梁滩河 is judged against the class it is: the plan's cell is blank. */
    static String liangtanReasoning(PlanIndicator i) {
        String remark = remark(i);
        return "梁滩河2025年目标：规划专栏2该格为空，正文写“梁滩河沙坪坝区段水质稳定保持”而类别在原文中缺失；"
                + "2020年现状为" + figure(i.baseline()) + "类" + (remark.isEmpty() ? "" : "，" + remark)
                + "。本报告按“稳定保持”2020年现状（" + figure(i.target()) + "类）评价，严于市级要求；这是本报告的推断，并非规划所列数值。";
    }

    private static String baseline(PlanIndicator i) {
        String b = figure(i.baseline());
        return i.cumulative() && i.baseline().isNumber() ? "[" + b + "]" : b;
    }

    /**
     * A target in the plan's own notation: "≥ 300", "≤ 34", cumulative five-year figures in brackets
     * ("[16.5]"), words as printed — the one place a report writes a target.
     */
    static String targetAsPrinted(PlanIndicator i) {
        if (i.code().equals(LIANGTAN)) {
            return "（空白）按" + figure(i.target()) + "类评价，见注";
        }
        if (i.cumulative() && i.target().isNumber()) {
            return "[" + figure(i.target()) + "]";
        }
        String t = figure(i.target());
        if (i.target().isNumber() && !i.direction().targetSign().isEmpty()) {
            t = i.direction().targetSign() + " " + t;
        }
        return t;
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
