package org.ecokiosk.report;

import java.util.List;
import org.ecokiosk.charts.ChartTheme;
import org.ecokiosk.charts.EcoChartFactory;
import org.ecokiosk.evaluation.TargetStatus;
import org.ecokiosk.evaluation.plan.EvaluationView;
import org.ecokiosk.evaluation.plan.PlanProgress;
import org.ecokiosk.report.pdf.ArchivalPdf;
import org.ecokiosk.report.pdf.DocumentMetadata;

/**
 * 年度生态环境状况公报, chapters in the order of the district's own bulletin: 大气, 水, 声, then
 * 生态/绿地, and a plan-progress summary. A chapter without data for the year says so.
 */
final class BulletinReport implements ReportDocument {
    private final ReportSource source;
    private final AirChapter air;
    private final WaterChapter water;
    private final NoiseChapter noise;
    private final GreenAndTownsChapter green;
    private final PlanProgressTables progress;

    BulletinReport(ReportSource source) {
        this.source = source;
        // one evaluation for the whole bulletin: the chapters and the plan table read the same series
        PlanProgress plan = new PlanProgress(source.planData());
        this.air = new AirChapter(source, plan.series());
        this.water = new WaterChapter(source, plan.series());
        this.noise = new NoiseChapter(source);
        this.green = new GreenAndTownsChapter(source, plan.series());
        this.progress = new PlanProgressTables(source.year(), plan, source.planTablesRead());
    }

    @Override
    public DocumentMetadata metadata() {
        return new DocumentMetadata("沙坪坝区" + source.year() + "年生态环境状况公报", Reports.AUTHOR,
                "沙坪坝区" + source.year() + "年环境空气、地表水、声环境、绿地与规划指标进展",
                List.of("生态环境状况公报", "沙坪坝", String.valueOf(source.year()), "空气质量", "水质", "噪声"), "zh-CN");
    }

    @Override
    public boolean usesSample() {
        return air.usesSample() || water.usesSample() || noise.usesSample() || green.usesSample()
                || progress.usesSample();
    }

    @Override
    public void write(ArchivalPdf doc) {
        Numbering numbers = new Numbering();
        EcoChartFactory charts = new EcoChartFactory(ChartTheme.forPrint());
        int year = source.year();
        doc.titleBlock("沙坪坝区" + year + "年生态环境状况公报", List.of(Reports.AUTHOR,
                "数据截至" + org.ecokiosk.report.pdf.OfficialText.date(source.meta().dataAsOf())));
        doc.paragraph("本公报依据区生态环境监测数据、区政府公开发布的数据与《重庆市沙坪坝区生态环境保护“十四五”规划》编制，按国家标准评价"
                + year + "年全区环境空气、地表水、声环境质量和生态建设情况。各图均附数据表。");
        air.write(doc, numbers, charts);
        water.write(doc, numbers, charts);
        noise.write(doc, numbers, charts);
        green.write(doc, numbers);
        writePlanSummary(doc, numbers);
        SourcesAppendix.write(doc, source.meta(), numbers);
    }

    private void writePlanSummary(ArchivalPdf doc, Numbering numbers) {
        doc.h2("五、规划目标进展");
        if (progress.rows().isEmpty()) {
            doc.paragraph("尚无“十四五”规划主要指标数据，无法汇总进展。");
            return;
        }
        doc.paragraph("“十四五”规划专栏2共" + progress.planCountSentence() + "。按终期评估口径（2025年目标，使用截至"
                + source.year() + "年的最新数值）：" + progress.countsSentence(EvaluationView.FINAL) + "。"
                + "各项指标的基准值、最新值和中期、终期评估见同年度的《规划指标进展报告》。");
        List<String> atRisk = progress.rows().stream()
                .filter(r -> r.finalView().status() == TargetStatus.AT_RISK
                        || r.finalView().status() == TargetStatus.NOT_MET)
                .map(r -> r.indicator().name().zh()).toList();
        if (!atRisk.isEmpty()) {
            doc.paragraph("需要关注（存在风险或未达到）的指标：" + Texts.joinZh(atRisk) + "。");
        }
        progress.writeStatusTable(doc, numbers);
    }
}
