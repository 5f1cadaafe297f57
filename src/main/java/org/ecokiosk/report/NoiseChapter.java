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

    NoiseChapter(ReportSource source) {
        this.year = source.year();
        this.readings = source.noise().stream().filter(r -> r.year() == source.year()).toList();
        this.rowsRead = source.noise().size();
    }

    /** True when a figure printed is sample data (sample readings beside imported ones are not printed). */
    boolean usesSample() {
        return NoiseEvaluation.survey(readings, NoiseKind.REGIONAL, year).map(SurveyYear::sample).orElse(false)
                || NoiseEvaluation.survey(readings, NoiseKind.TRAFFIC, year).map(SurveyYear::sample).orElse(false)
                || NoiseEvaluation.zones(readings, year).stream().anyMatch(ZonePeriod::sample);
    }

    void write(ArchivalPdf doc, Numbering numbers, EcoChartFactory charts) {
        doc.h2("三、声环境");
        if (readings.isEmpty()) {
            doc.paragraph(year + "年尚无声环境监测数据，区域声环境、道路交通声环境和功能区声环境本年度暂无法评价。");
            return;
        }
        doc.paragraph("区域声环境和道路交通声环境按 HJ 640-2012《环境噪声监测技术规范 城市声环境常规监测》评价等级，"
                + "功能区声环境按 GB 3096-2008《声环境质量标准》各类功能区昼间、夜间限值评价。");
        writeGraded(doc, numbers);
        writeZones(doc, numbers, charts);
    }

    private void writeGraded(ArchivalPdf doc, Numbering numbers) {
        doc.h3("（一）区域与道路交通声环境");
        List<List<String>> rows = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (NoiseKind kind : List.of(NoiseKind.REGIONAL, NoiseKind.TRAFFIC)) {
            NoiseSurvey survey = kind == NoiseKind.REGIONAL ? NoiseSurvey.REGIONAL : NoiseSurvey.ROAD_TRAFFIC;
            Optional<SurveyYear> of = NoiseEvaluation.survey(readings, kind, year);
            for (DayPeriod period : DayPeriod.values()) {
                Optional<NoiseLevel> level = of.map(s -> period == DayPeriod.NIGHT ? s.night() : s.day())
                        .filter(l -> l.leq().isPresent());
                if (level.isEmpty()) {
                    rows.add(List.of(survey.nameZh(), period.nameZh(), "0", Texts.NO_VALUE, "本年无监测数据"));
                    continue;
                }
                double leq = level.get().leq().getAsDouble();
                NoiseGrade grade = level.get().grade().orElseThrow();
                rows.add(List.of(survey.nameZh(), period.nameZh(), String.valueOf(level.get().sites()),
                        Texts.number(leq, 1), grade.gradeZh() + "（" + grade.ratingZh() + "）"));
                text.append(survey.nameZh()).append(period.nameZh()).append("等效声级平均值为")
                        .append(Texts.number(leq, 1)).append("分贝，评价等级为").append(grade.gradeZh())
                        .append("（").append(grade.ratingZh()).append("）；");
            }
        }
        if (text.length() > 0) {
            text.setCharAt(text.length() - 1, '。');
            doc.paragraph(year + "年，" + text);
        }
        doc.table(new DataTable(numbers.nextTable(year + "年区域与道路交通声环境质量", provenance("HJ 640-2012 评价等级")),
                List.of("类别", "时段", "测点数", "平均等效声级 dB(A)", "HJ 640-2012 评价等级"), rows, true,
                List.of(2.2f, 1f, 1f, 1.8f, 2f)));
    }

    private Provenance provenance(String rules) {
        return Provenance.of(List.of(Provenance.rows("noise_reading", rowsRead)),
                readings.stream().map(NoiseReading::origin).toList(), rules);
    }

    private void writeZones(ArchivalPdf doc, Numbering numbers, EcoChartFactory charts) {
        doc.h3("（二）功能区声环境");
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
