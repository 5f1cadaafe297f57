package org.ecokiosk.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.charts.ChartText;
import org.ecokiosk.charts.ChartValue;
import org.ecokiosk.charts.ColouredValue;
import org.ecokiosk.charts.EcoChartFactory;
import org.ecokiosk.charts.LegendEntry;
import org.ecokiosk.evaluation.noise.NoiseEvaluation;
import org.ecokiosk.evaluation.noise.NoiseLevel;
import org.ecokiosk.evaluation.noise.SurveyYear;
import org.ecokiosk.evaluation.noise.ZonePeriod;
import org.ecokiosk.evaluation.TargetStatus;
import org.ecokiosk.evaluation.YearFigure;
import org.ecokiosk.evaluation.plan.NoiseTargetYear;
import org.ecokiosk.evaluation.plan.NoiseTargets;
import org.ecokiosk.evaluation.plan.PlanPeriod;
import org.ecokiosk.evaluation.plan.PlanSeries;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.PublishedFigure;
import org.ecokiosk.model.NoiseKind;
import org.ecokiosk.model.NoiseReading;
import org.ecokiosk.report.pdf.ArchivalPdf;
import org.ecokiosk.report.pdf.DataTable;
import org.ecokiosk.standards.noise.DayPeriod;
import org.ecokiosk.standards.noise.NoiseGrade;
import org.ecokiosk.standards.noise.NoiseSurvey;

/**
 * 声: regional and road-traffic noise as the mean of their sites, graded by HJ 640-2012; the
 * functional zones day and night against GB 3096-2008, with the share of site-periods that
 * comply (the bulletins' 点次达标率).
 */
final class NoiseChapter {
    private static final Color COMPLIES = new Color(0, 160, 80);
    private static final Color EXCEEDS = new Color(220, 40, 30);

    private final int year;
    private final List<NoiseReading> readings;
    private final int rowsRead;
    private final PlanSeries series;
    private final List<NoiseTargetYear> regionalYears;
    private final List<NoiseTargetYear> trafficYears;
    private final List<PublishedFigure> published;
    private final int publishedRows;

    NoiseChapter(ReportSource source, PlanSeries series) {
        this.year = source.year();
        this.series = series;
        this.readings = source.noise().stream().filter(r -> r.year() == source.year()).toList();
        this.rowsRead = source.noise().size();
        this.regionalYears = NoiseTargets.years(series, NoiseKind.REGIONAL, PlanPeriod.FIRST_YEAR, year);
        this.trafficYears = NoiseTargets.years(series, NoiseKind.TRAFFIC, PlanPeriod.FIRST_YEAR, year);
        this.published = series.published("noise", year);
        this.publishedRows = source.published().size();
    }

    /** True when a figure printed is sample data (sample readings beside imported ones are not printed). */
    boolean usesSample() {
        return NoiseEvaluation.survey(readings, NoiseKind.REGIONAL, year).map(SurveyYear::sample).orElse(false)
                || NoiseEvaluation.survey(readings, NoiseKind.TRAFFIC, year).map(SurveyYear::sample).orElse(false)
                || NoiseEvaluation.zones(readings, year).stream().anyMatch(ZonePeriod::sample)
                || java.util.stream.Stream.concat(regionalYears.stream(), trafficYears.stream())
                        .anyMatch(y -> y.figure().map(YearFigure::sample).orElse(false));
    }

    /** The year's regional or road-traffic figure against the plan, as the chapter prints it. */
    NoiseTargetYear againstPlan(NoiseKind kind) {
        return NoiseTargets.of(series, kind, year);
    }

    void write(ArchivalPdf doc, Numbering numbers, EcoChartFactory charts) {
        doc.h2("三、声环境");
        if (readings.isEmpty() && regionalYears.isEmpty() && trafficYears.isEmpty()) {
            doc.paragraph(year + "年尚无声环境监测数据，区域声环境、道路交通声环境和功能区声环境本年度暂无法评价。");
            return;
        }
        doc.paragraph("区域声环境和道路交通声环境按 HJ 640-2012《环境噪声监测技术规范 城市声环境常规监测》评价等级，"
                + "并与“十四五”规划目标（区域环境噪声平均值不高于53分贝、交通干线噪声平均值不高于66分贝）逐年比较；"
                + "功能区声环境按 GB 3096-2008《声环境质量标准》各类功能区昼间、夜间限值评价。");
        writeGraded(doc, numbers);
        writeAgainstPlan(doc, numbers);
        writeZones(doc, numbers, charts);
        if (!published.isEmpty()) {
            doc.h3("（四）公开发布的声环境数值");
            PublishedFiguresTable.write(doc, numbers, "声环境", year, published, publishedRows);
        }
    }

    /** 规划目标对照: every year of the plan period up to the report year, regional and road traffic, day. */
    private void writeAgainstPlan(ArchivalPdf doc, Numbering numbers) {
        doc.h3("（二）与规划目标对照");
        if (regionalYears.isEmpty() && trafficYears.isEmpty()) {
            doc.paragraph(PlanPeriod.FIRST_YEAR + "–" + year + "年尚无区域和道路交通声环境的年度数值，暂无法与规划目标比较。");
            return;
        }
        StringBuilder text = new StringBuilder();
        for (NoiseKind kind : List.of(NoiseKind.REGIONAL, NoiseKind.TRAFFIC)) {
            List<NoiseTargetYear> years = kind == NoiseKind.REGIONAL ? regionalYears : trafficYears;
            String name = kind == NoiseKind.REGIONAL ? "区域环境噪声昼间平均值" : "道路交通噪声昼间平均值";
            String target = NoiseTargets.indicator(series, kind).map(i -> "不高于" + i.target().display() + "分贝")
                    .orElse("（规划目标缺失）");
            if (years.isEmpty()) {
                text.append(name).append("在").append(PlanPeriod.FIRST_YEAR).append("–").append(year).append("年无年度数值。");
                continue;
            }
            List<String> over = years.stream().filter(NoiseTargetYear::exceeds).map(y -> y.year() + "年").toList();
            NoiseTargetYear now = againstPlan(kind);
            if (now.figure().isPresent()) {
                double leq = now.figure().get().number().getAsDouble();
                double limit = NoiseTargets.indicator(series, kind).flatMap(i -> i.target().number())
                        .map(java.math.BigDecimal::doubleValue).orElse(Double.NaN);
                text.append(year).append("年").append(name).append("为").append(Texts.number(leq, 1)).append("分贝，")
                        .append(now.exceeds() ? "超过规划目标（" + target + "）" + Texts.number(leq - limit, 1) + "分贝"
                                : now.status() == TargetStatus.MET ? "达到规划目标（" + target + "）" : "无可比较的规划目标")
                        .append("；");
            } else {
                text.append(year).append("年无").append(name).append("；");
            }
            text.append(over.isEmpty() ? PlanPeriod.FIRST_YEAR + "年以来各年均未超过规划目标。"
                    : PlanPeriod.FIRST_YEAR + "年以来超过规划目标的年份：" + Texts.joinZh(over) + "。");
        }
        doc.paragraph(text.toString());
        List<List<String>> rows = new ArrayList<>();
        List<org.ecokiosk.model.DataOrigin> origins = new ArrayList<>();
        for (NoiseKind kind : List.of(NoiseKind.REGIONAL, NoiseKind.TRAFFIC)) {
            String name = kind == NoiseKind.REGIONAL ? "区域环境噪声" : "道路交通噪声";
            String target = NoiseTargets.indicator(series, kind).map(i -> "≤ " + i.target().display()).orElse(Texts.NO_VALUE);
            for (NoiseTargetYear y : kind == NoiseKind.REGIONAL ? regionalYears : trafficYears) {
                YearFigure f = y.figure().orElseThrow();
                origins.add(f.origin());
                NoiseGrade g = y.grade().orElseThrow();
                rows.add(List.of(name, String.valueOf(y.year()), Texts.number(f.number().getAsDouble(), 1),
                        g.gradeZh() + "（" + g.ratingZh() + "）", target,
                        y.exceeds() ? "超过目标" : y.status() == TargetStatus.MET ? "达到目标" : Texts.NO_VALUE,
                        f.document().map(d -> "公开发布" + d.title().zh()).orElse(Provenance.label(f.origin()))));
            }
        }
        List<String> read = new ArrayList<>(List.of(Provenance.rows("noise_reading", rowsRead),
                Provenance.rows("indicator", series.data().indicators().size())));
        if (origins.contains(org.ecokiosk.model.DataOrigin.PUBLISHED)) {
            read.add(Provenance.rows("published_figure", publishedRows));
        }
        // the title names the years the rows cover: a later bulletin without new surveys lists no empty years
        int lastRow = java.util.stream.Stream.concat(regionalYears.stream(), trafficYears.stream())
                .mapToInt(NoiseTargetYear::year).max().orElse(year);
        doc.table(new DataTable(numbers.nextTable(PlanPeriod.FIRST_YEAR + "–" + lastRow + "年昼间区域与道路交通声环境与规划目标对照",
                Provenance.of(read, origins, "“十四五”规划第五章噪声目标；HJ 640-2012 评价等级")),
                List.of("类别", "年份", "昼间平均等效声级 dB(A)", "HJ 640-2012 等级", "规划目标 dB(A)", "对照结果", "数值来源"), rows,
                true, List.of(1.5f, 0.7f, 1.4f, 1.3f, 1.1f, 1f, 2.2f)));
        doc.smallPrint("规划目标为2025年目标（规划第五章），逐年与之比较以便及早发现超标。每年取一个数值：监测数据优先，"
                + "其次为区政府公开发布的数值，再次为示例数据。");
    }

    private void writeGraded(ArchivalPdf doc, Numbering numbers) {
        doc.h3("（一）区域与道路交通声环境");
        List<List<String>> rows = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (NoiseKind kind : List.of(NoiseKind.REGIONAL, NoiseKind.TRAFFIC)) {
            NoiseSurvey survey = kind == NoiseKind.REGIONAL ? NoiseSurvey.REGIONAL : NoiseSurvey.ROAD_TRAFFIC;
            Optional<SurveyYear> of = NoiseEvaluation.survey(readings, kind, year);
            NoiseTargetYear plan = againstPlan(kind);
            Optional<YearFigure> publishedDay = plan.figure().filter(f -> f.origin() == DataOrigin.PUBLISHED);
            for (DayPeriod period : DayPeriod.values()) {
                if (period == DayPeriod.DAY && publishedDay.isPresent()) {
                    // the district's published figure wins its year over sample readings
                    YearFigure f = publishedDay.get();
                    NoiseGrade grade = plan.grade().orElseThrow();
                    double leq = f.number().getAsDouble();
                    rows.add(List.of(survey.nameZh(), period.nameZh(), Texts.NO_VALUE, Texts.number(leq, 1),
                            grade.gradeZh() + "（" + grade.ratingZh() + "）", planVerdict(plan),
                            "公开发布" + f.document().map(d -> d.title().zh()).orElse("")));
                    text.append(survey.nameZh()).append(period.nameZh()).append("等效声级平均值为")
                            .append(Texts.number(leq, 1)).append("分贝（").append(f.document().map(d -> d.title().zh())
                                    .orElse("公开发布")).append("），评价等级为").append(grade.gradeZh()).append("（")
                            .append(grade.ratingZh()).append("），").append(planVerdict(plan)).append("；");
                    continue;
                }
                Optional<NoiseLevel> level = of.map(s -> period == DayPeriod.NIGHT ? s.night() : s.day())
                        .filter(l -> l.leq().isPresent());
                if (level.isEmpty()) {
                    rows.add(List.of(survey.nameZh(), period.nameZh(), "0", Texts.NO_VALUE, "本年无监测数据",
                            Texts.NO_VALUE, Texts.NO_VALUE));
                    continue;
                }
                double leq = level.get().leq().getAsDouble();
                NoiseGrade grade = level.get().grade().orElseThrow();
                String verdict = period == DayPeriod.DAY ? planVerdict(plan) : "规划未设夜间目标";
                rows.add(List.of(survey.nameZh(), period.nameZh(), String.valueOf(level.get().sites()),
                        Texts.number(leq, 1), grade.gradeZh() + "（" + grade.ratingZh() + "）", verdict,
                        Provenance.label(of.get().origin())));
                text.append(survey.nameZh()).append(period.nameZh()).append("等效声级平均值为")
                        .append(Texts.number(leq, 1)).append("分贝，评价等级为").append(grade.gradeZh())
                        .append("（").append(grade.ratingZh()).append("）")
                        .append(period == DayPeriod.DAY ? "，" + verdict : "").append("；");
            }
        }
        if (text.length() == 0) {
            doc.paragraph(year + "年尚无区域和道路交通声环境监测数据，本年度暂无法评价。");
            return;
        }
        text.setCharAt(text.length() - 1, '。');
        doc.paragraph(year + "年，" + text);
        doc.table(new DataTable(numbers.nextTable(year + "年区域与道路交通声环境质量", provenance("HJ 640-2012 评价等级")),
                List.of("类别", "时段", "测点数", "平均等效声级 dB(A)", "HJ 640-2012 评价等级", "规划目标对照", "数值来源"), rows,
                true, List.of(1.6f, 0.7f, 0.8f, 1.3f, 1.5f, 1.9f, 1.9f)));
    }

    /** "达到规划目标（不高于53分贝）" / "超过规划目标（不高于53分贝）1.2分贝", said plainly. */
    private String planVerdict(NoiseTargetYear y) {
        Optional<org.ecokiosk.model.PlanIndicator> indicator = NoiseTargets.indicator(series, y.kind());
        if (indicator.isEmpty() || y.figure().isEmpty() || indicator.get().target().number().isEmpty()) {
            return "无可比较的规划目标";
        }
        String target = "不高于" + indicator.get().target().display() + "分贝";
        if (y.exceeds()) {
            double over = y.figure().get().number().getAsDouble() - indicator.get().target().number().get().doubleValue();
            return "超过规划目标（" + target + "）" + Texts.number(over, 1) + "分贝";
        }
        return y.status() == TargetStatus.MET ? "达到规划目标（" + target + "）" : "无可比较的规划目标";
    }

    private Provenance provenance(String rules) {
        List<org.ecokiosk.model.DataOrigin> origins = new ArrayList<>(readings.stream().map(NoiseReading::origin).toList());
        List<String> read = new ArrayList<>(List.of(Provenance.rows("noise_reading", rowsRead)));
        if (!published.isEmpty()) {
            origins.add(DataOrigin.PUBLISHED);
            read.add(Provenance.rows("published_figure", publishedRows));
        }
        return Provenance.of(read, origins, rules);
    }

    private void writeZones(ArchivalPdf doc, Numbering numbers, EcoChartFactory charts) {
        doc.h3("（三）功能区声环境");
        List<ZonePeriod> zones = NoiseEvaluation.zones(readings, year);
        if (zones.isEmpty()) {
            doc.paragraph(year + "年尚无功能区声环境监测数据。");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        List<ColouredValue> bars = new ArrayList<>();
        StringBuilder alt = new StringBuilder("柱状图：" + year + "年各类声环境功能区昼间、夜间平均等效声级（分贝），绿色为达标，红色为超标：");
        int points = 0;
        int compliant = 0;
        for (ZonePeriod z : zones) {
            points += z.sites();
            compliant += z.compliantSites();
            String label = z.zone().code() + "类" + z.period().nameZh();
            rows.add(List.of(label, String.valueOf(z.sites()), Texts.number(z.leq(), 1),
                    Texts.number(z.limit(), 0), z.compliantSites() + "/" + z.sites(), z.complies() ? "达标" : "超标"));
            bars.add(new ColouredValue(ChartValue.of(label, z.leq()), z.complies() ? COMPLIES : EXCEEDS,
                    java.util.OptionalDouble.of(z.limit())));
            alt.append(label).append(Texts.number(z.leq(), 1)).append("（限值").append(Texts.number(z.limit(), 0))
                    .append(z.complies() ? "，达标" : "，超标").append("）；");
        }
        doc.paragraph(year + "年功能区声环境监测共" + points + "个点次，达标" + compliant + "个点次，点次达标率"
                + Texts.percent((double) compliant / points, 1) + "。");
        doc.chart(charts.colouredBars(new ChartText("", "功能区与时段", "平均等效声级 dB(A)", Optional.empty(), usesSample()),
                        bars, List.of(new LegendEntry("达标", COMPLIES), new LegendEntry("超标", EXCEEDS)),
                        "GB 3096-2008 限值"),
                doc.contentWidth(), 200f, alt.toString(), numbers.nextFigure(year + "年功能区声环境", provenance("GB 3096-2008 功能区限值")));
        doc.table(new DataTable(numbers.nextTable(year + "年功能区声环境（图数据）", provenance("GB 3096-2008 功能区限值")),
                List.of("功能区与时段", "点次", "平均等效声级 dB(A)", "GB 3096-2008 限值", "达标点次", "平均值评价"), rows,
                true, List.of(1.6f, 0.8f, 1.6f, 1.6f, 1.1f, 1.2f)));
    }

}
