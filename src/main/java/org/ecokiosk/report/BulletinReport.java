package org.ecokiosk.report;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ecokiosk.evaluation.YearOnYear;
import org.ecokiosk.evaluation.air.AirYear;
import org.ecokiosk.model.ContentPage;
import org.ecokiosk.charts.ChartTheme;
import org.ecokiosk.charts.EcoChartFactory;
import org.ecokiosk.evaluation.TargetStatus;
import org.ecokiosk.evaluation.plan.EvaluationView;
import org.ecokiosk.evaluation.plan.PlanPeriod;
import org.ecokiosk.evaluation.plan.PlanProgress;
import org.ecokiosk.report.pdf.ArchivalPdf;
import org.ecokiosk.report.pdf.DocumentMetadata;

/**
 * 年度生态环境状况公报, chapters in the order of the district's own bulletin: 综述, 大气, 水, 声, then
 * 生态 (绿地; 红线、自然保护地、土壤与固体废物), the officer's 主要措施, and a plan-progress summary. A chapter without data for the year says so.
 */
final class BulletinReport implements ReportDocument {
    private final ReportSource source;
    private final AirChapter air;
    private final WaterChapter water;
    private final NoiseChapter noise;
    private final GreenAndTownsChapter green;
    private final PlanProgressTables progress;
    private final EcologyChapter ecology;
    private final Optional<ContentPage> overview;
    private final Optional<ContentPage> measures;
    private final SectionYears sectionClasses;

    BulletinReport(ReportSource source) {
        this.source = source;
        // one evaluation for the whole bulletin: the chapters and the plan table read the same series
        PlanProgress plan = new PlanProgress(source.planData());
        this.air = new AirChapter(source, plan.series());
        this.sectionClasses = new SectionYears(source.waterSamples());
        this.water = new WaterChapter(source, plan.series(), sectionClasses);
        this.noise = new NoiseChapter(source, plan.series());
        this.green = new GreenAndTownsChapter(source, plan.series());
        this.progress = new PlanProgressTables(source.year(), plan, source.planTablesRead());
        this.ecology = new EcologyChapter(source, plan.series());
        this.overview = MarkdownChapter.of(source, source.year(), "overview");
        this.measures = MarkdownChapter.of(source, source.year(), "measures");
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
                || progress.usesSample() || ecology.usesSample() || WaterComparisonSection.usesSample(source, sectionClasses)
                || overview.map(p -> p.origin().isSample()).orElse(false)
                || measures.map(p -> p.origin().isSample()).orElse(false);
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
        writeOverview(doc);
        air.write(doc, numbers, charts);
        water.write(doc, numbers, charts);
        WaterComparisonSection.write(doc, numbers, source, sectionClasses);
        noise.write(doc, numbers, charts);
        green.write(doc, numbers);
        ecology.write(doc, numbers, "五、生态保护红线、自然保护地、土壤与固体废物");
        writeMeasures(doc);
        writePlanSummary(doc, numbers);
        SourcesAppendix.write(doc, source.meta(), numbers);
    }

    /** 综述: the officer's overview when imported, then the year's key figures from the chapters' evaluations. */
    private void writeOverview(ArchivalPdf doc) {
        int year = source.year();
        doc.h2("综述");
        overview.ifPresent(p -> MarkdownChapter.write(doc, p));
        StringBuilder text = new StringBuilder();
        air.air().ifPresentOrElse(a -> {
            Optional<AirYear> previous = air.previous();
            PeriodLabels labels = air.labels();
            String compared = labels.partial() ? "较上年同期" : "同比";
            text.append(labels.current()).append("，全区环境空气质量优良天数").append(a.goodDays()).append("天（")
                    .append(previous.map(p -> compared + YearOnYearText.days(YearOnYear.of(a.goodDays(),
                            OptionalDouble.of(p.goodDays())))).orElse(air.noPreviousReason())).append("），重污染天数")
                    .append(a.heavyPollutionDays()).append("天");
            a.pm25Reported().ifPresent(v -> text.append("，细颗粒物（PM2.5）").append(labels.mean())
                    .append(Texts.number(v, 0)).append("微克/立方米（").append(previous.map(p -> compared
                            + YearOnYearText.relative(YearOnYear.of(OptionalDouble.of(v), p.pm25Reported()), 0))
                            .orElse(air.noPreviousReason())).append("）"));
            a.compositeIndex().ifPresent(i -> text.append("，环境空气质量综合指数").append(Texts.number(i.total(), 2)));
            text.append(labels.partial() ? "；以上为" + labels.current() + "的统计，不是全年数值。" : "。");
        }, () -> text.append(year).append("年尚无环境空气质量监测数据。"));
        if (!progress.rows().isEmpty() && !beforePlanPeriod()) {
            // no brackets inside brackets: the count is named in chapter 七
            text.append("“十四五”规划主要指标共").append(progress.rows().size()).append("个目标，按终期评估口径：")
                    .append(progress.countsSentence(EvaluationView.FINAL)).append("。");
        }
        text.append("各章依次报告大气、水、声环境和生态状况，并列出本年度主要措施；各项数据的来源和评价方法见附录。");
        doc.paragraph(text.toString());
    }

    /** A year before 2021: this plan's targets (for 2025, from the 2020 baseline) were not that year's. */
    private boolean beforePlanPeriod() {
        return source.year() < PlanPeriod.FIRST_YEAR;
    }

    /** 主要措施: written by the officer; without it the bulletin says that it has not been supplied. */
    private void writeMeasures(ArchivalPdf doc) {
        doc.h2("六、主要措施");
        measures.ifPresentOrElse(p -> MarkdownChapter.write(doc, p),
                () -> doc.paragraph(source.year() + "年的主要措施尚未提供，待区生态环境局撰写后在本章公布。"));
    }

    private void writePlanSummary(ArchivalPdf doc, Numbering numbers) {
        doc.h2("七、规划目标进展");
        if (beforePlanPeriod()) {
            // judging 2016 by targets set for 2025 from a 2020 baseline would say nothing true about 2016
            doc.paragraph(source.year() + "年在“十四五”规划期（" + PlanPeriod.FIRST_YEAR + "–" + PlanPeriod.LAST_YEAR
                    + "年）之前，当年执行的是“十三五”规划的目标，本公报不按“十四五”规划目标评价" + source.year()
                    + "年的进展；“十四五”规划各项指标的进展见" + PlanPeriod.FIRST_YEAR + "–" + PlanPeriod.LAST_YEAR
                    + "年各年度的《规划指标进展报告》。");
            return;
        }
        if (progress.rows().isEmpty()) {
            doc.paragraph("尚无“十四五”规划主要指标数据，无法汇总进展。");
            return;
        }
        doc.paragraph("“十四五”规划专栏2共" + progress.planCountSentence() + "。按终期评估口径（2025年目标，使用截至"
                + source.year() + "年的最新数值），" + progress.targetsSentence() + "：" + progress.countsSentence(EvaluationView.FINAL) + "。"
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
