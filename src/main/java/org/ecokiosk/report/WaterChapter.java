package org.ecokiosk.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.charts.ChartText;
import org.jfree.chart.JFreeChart;
import org.ecokiosk.charts.ChartValue;
import org.ecokiosk.charts.ColouredValue;
import org.ecokiosk.charts.EcoChartFactory;
import org.ecokiosk.charts.LegendEntry;
import org.ecokiosk.charts.WaterClassLabels;
import org.ecokiosk.evaluation.TargetStatus;
import org.ecokiosk.evaluation.YearFigure;
import org.ecokiosk.evaluation.plan.FigureSeries;
import org.ecokiosk.evaluation.plan.PlanSeries;
import org.ecokiosk.evaluation.plan.TargetJudgement;
import org.ecokiosk.evaluation.plan.YearCoverage;
import org.ecokiosk.evaluation.water.DrinkingWater;
import org.ecokiosk.evaluation.water.SectionClass;
import org.ecokiosk.evaluation.water.WaterEvaluation;
import java.util.HashMap;
import java.util.Map;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.PublishedFigure;
import org.ecokiosk.model.WaterSection;
import org.ecokiosk.report.pdf.ArchivalPdf;
import org.ecokiosk.report.pdf.DataTable;
import org.ecokiosk.standards.water.WaterAssessment;
import org.ecokiosk.standards.water.WaterClass;
import org.ecokiosk.standards.water.WaterParameter;

/**
 * 水: each monitored section's class for the year (GB 3838-2002, single-factor method on the
 * year's mean of each parameter), its target and the parameter that decides it; then the
 * drinking-water sources, judged against Class III — the class GB 3838 sets for centralised
 * drinking-water sources (the plan's own class numeral for sources is missing in its text).
 */
final class WaterChapter {
    private static final String SURFACE_RULES = "GB 3838-2002，单因子评价法（环办〔2011〕22号）；目标类别见“十四五”规划";
    /** The plan's own river rows (专栏2 row 10), whose sections lead the chapter. */
    private static final List<FigureSeries> PLAN_RIVERS = List.of(FigureSeries.JIALING_CLASS, FigureSeries.LIANGTAN_CLASS);

    /** One surface-water row as printed: from the year's samples, or the figure the district published. */
    record Row(WaterSection section, String samples, WaterClass waterClass, Optional<WaterClass> target,
               TargetStatus status, String deciding, DataOrigin origin) {
    }

    private final int year;
    private final PlanSeries series;
    private final List<String> tablesRead;
    private final List<org.ecokiosk.model.WaterSample> samples;
    private final List<SectionClass> sections;
    private final List<Row> surface;
    private final int unmonitored;
    private final DrinkingWater drinking;
    private final Optional<YearFigure> publishedDrinking;
    private final Optional<YearCoverage> coverage;
    private final List<PublishedFigure> published;
    private final int publishedRows;

    WaterChapter(ReportSource source, PlanSeries series) {
        this(source, series, new SectionYears(source.waterSamples()));
    }

    /** @param classes the sections' classes of this build, shared with the year-on-year comparison */
    WaterChapter(ReportSource source, PlanSeries series, SectionYears classes) {
        this.year = source.year();
        this.series = series;
        this.samples = source.waterSamples().stream().filter(w -> w.date().getYear() == year).toList();
        this.tablesRead = List.of(Provenance.rows("water_section", source.waterSections().size()),
                Provenance.rows("water_sample", source.waterSamples().size()));
        Map<String, YearFigure> publishedClass = new HashMap<>();
        Map<String, FigureSeries> riverOf = new HashMap<>();
        for (FigureSeries river : PLAN_RIVERS) {
            List<WaterSection> of = series.sectionsOf(river);
            if (of.size() == 1) {
                riverOf.put(of.get(0).code(), river);
                series.figureOf(river, year).filter(f -> f.origin() == DataOrigin.PUBLISHED)
                        .ifPresent(f -> publishedClass.put(of.get(0).code(), f));
            }
        }
        List<SectionClass> found = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        int none = 0;
        for (WaterSection s : planFirst(source.waterSections(), riverOf)) {
            Optional<SectionClass> c = classes.of(s, year)
                    .filter(x -> x.assessment().isPresent());
            YearFigure pub = publishedClass.get(s.code());
            if (pub != null && !s.drinkingSource()) {
                Optional<WaterClass> cls = WaterClass.parse(pub.value().display());
                if (cls.isPresent()) {
                    TargetStatus status = series.indicator(riverOf.get(s.code()).indicator())
                            .map(i -> TargetJudgement.judge(i, pub.value())).orElse(TargetStatus.NO_DATA);
                    rows.add(new Row(s, Texts.NO_VALUE, cls.get(), WaterEvaluation.target(s), status,
                            "原文未列", DataOrigin.PUBLISHED));
                    continue;
                }
            }
            if (c.isEmpty()) {
                none++;
                continue;
            }
            found.add(c.get());
            if (!s.drinkingSource()) {
                SectionClass x = c.get();
                rows.add(new Row(s, String.valueOf(x.samples()), x.waterClass().orElseThrow(), x.target(), x.status(),
                        deciding(x), x.origin()));
            }
        }
        this.sections = List.copyOf(found);
        this.surface = List.copyOf(rows);
        this.unmonitored = none;
        this.drinking = series.drinkingWater(year);
        this.publishedDrinking = series.figureOf(FigureSeries.DRINKING_WATER, year)
                .filter(f -> f.origin() == DataOrigin.PUBLISHED);
        this.coverage = series.waterCoverage(source.waterSections(), year);
        this.published = series.published("water", year);
        this.publishedRows = source.published().size();
    }

    /**
     * The plan's river sections first (in the plan's order), then sections with a target class, then
     * the rest; within each, rivers before lakes and reservoirs, in the order of the charts.
     */
    private static List<WaterSection> planFirst(List<WaterSection> all, Map<String, FigureSeries> riverOf) {
        List<WaterSection> ordered = new ArrayList<>(all);
        ordered.sort(java.util.Comparator.<WaterSection>comparingInt(s -> riverOf.containsKey(s.code())
                ? riverOf.get(s.code()).ordinal() - FigureSeries.values().length
                : s.targetClass().isBlank() ? 1 : 0).thenComparing(s -> s.body().isStillWater()));
        return ordered;
    }

    boolean usesSample() {
        return surface.stream().anyMatch(r -> r.origin().isSample()) || sections.stream().anyMatch(SectionClass::sample);
    }

    List<SectionClass> sections() {
        return sections;
    }

    List<Row> surface() {
        return surface;
    }

    /** "2025年", or "2026年1–10月" when the year's samples end before December. */
    String period() {
        return coverage.map(YearCoverage::labelZh).orElse(year + "年");
    }

    private boolean partial() {
        return coverage.map(c -> !c.wholeYear()).orElse(false);
    }

    void write(ArchivalPdf doc, Numbering numbers, EcoChartFactory charts) {
        doc.h2("二、水环境");
        doc.paragraph("地表水按 GB 3838-2002《地表水环境质量标准》评价各断面（水体）的水质类别，并与规划目标类别比较；"
                + "集中式饮用水水源地按 III 类标准评价达标情况。");
        if (partial()) {
            doc.paragraph(year + "年的水质监测数据只到" + coverage.orElseThrow().lastMonth() + "月，以下为" + period()
                    + "的评价结果，不是全年结果，不作为年度水质类别。");
        }
        doc.h3("（一）地表水");
        if (surface.isEmpty()) {
            doc.paragraph(year + "年尚无地表水断面的监测数据，本年度各断面水质类别暂无法评价。");
        } else {
            long withTarget = surface.stream().filter(r -> r.target().isPresent()).count();
            long met = surface.stream().filter(r -> r.status() == TargetStatus.MET).count();
            long fromDocument = surface.stream().filter(r -> r.origin() == DataOrigin.PUBLISHED).count();
            long lakes = surface.stream().filter(r -> r.section().body().isStillWater()).count();
            doc.paragraph(period() + "共评价" + surface.size() + "个地表水断面（水体），其中河流断面" + (surface.size() - lakes)
                    + "个、湖库" + lakes + "个；" + withTarget + "个有规划目标类别，"
                    + met + "个达到目标。" + (fromDocument > 0 ? "其中" + fromDocument + "个断面的类别为区政府公开发布的数值（"
                    + PublishedFiguresTable.titles(published) + "）。" : "")
                    + (unmonitored > 0 ? "另有" + unmonitored + "个断面（水体）本年无监测数据，未列入评价。" : ""));
            writeCharts(doc, numbers, charts);
            writeTable(doc, numbers);
        }
        writeDrinking(doc, numbers);
        if (!published.isEmpty()) {
            doc.h3("（三）公开发布的水环境数值");
            PublishedFiguresTable.write(doc, numbers, "水环境", year, published, publishedRows);
        }
    }

    private void writeDrinking(ArchivalPdf doc, Numbering numbers) {
        doc.h3("（二）集中式饮用水水源地");
        List<SectionClass> sources = sections.stream().filter(s -> s.section().drinkingSource()).toList();
        if (publishedDrinking.isPresent()) {
            YearFigure f = publishedDrinking.get();
            doc.paragraph("据" + f.document().map(d -> d.title().zh()).orElse("区政府公开发布的数据") + "，" + year
                    + "年城市集中式饮用水水源地水质达标率为" + f.value().display() + "%（规划目标100%）。");
            return;
        }
        if (sources.isEmpty() || drinking.ratePercent().isEmpty()) {
            doc.paragraph(year + "年尚无集中式饮用水水源地的监测数据，水源地水质达标率暂无法计算。");
            return;
        }
        doc.paragraph(period() + "监测" + drinking.judged() + "个城市集中式饮用水水源地，" + drinking.compliant()
                + "个水质达到或优于 III 类，水质达标率为" + Texts.number(drinking.ratePercent().getAsDouble(), 1)
                + "%（规划目标100%）" + (partial() ? "，为" + coverage.orElseThrow().monthsZh() + "结果，非全年" : "") + "。");
        List<List<String>> rows = new ArrayList<>();
        for (SectionClass s : sources) {
            WaterAssessment a = s.assessment().orElseThrow();
            rows.add(List.of(s.section().name().zh(), String.valueOf(s.samples()), a.waterClass().labelZh(),
                    s.status() == TargetStatus.MET ? "达标" : "不达标", deciding(s)));
        }
        doc.table(new DataTable(numbers.nextTable(period() + "集中式饮用水水源地水质", provenanceOf(sources, "GB 3838-2002 III 类（饮用水水源地）")),
                List.of("水源地", "监测次数", "水质类别", "达标情况（III 类）", "超标或定类项目"), rows, true,
                List.of(3f, 1.1f, 1.2f, 1.6f, 2.6f)));
        doc.smallPrint("达标判定：水源地" + (partial() ? "各月" : "全年") + "各项目均值按 GB 3838-2002 单因子评价，达到或优于 III 类为达标；达标率按水源地个数计。");
    }

    /**
     * Rivers, then lakes and reservoirs, each in a chart of its own, as the district's 公报 shows
     * them: one chart of two dozen bars is taller than what a page has left after the chapter's
     * opening text, so it would move whole to the next page and leave most of this one empty.
     */
    private void writeCharts(ArchivalPdf doc, Numbering numbers, EcoChartFactory charts) {
        List<Row> rivers = surface.stream().filter(r -> !r.section().body().isStillWater()).toList();
        List<Row> lakes = surface.stream().filter(r -> r.section().body().isStillWater()).toList();
        if (!rivers.isEmpty()) {
            writeChart(doc, numbers, charts, rivers, "河流断面");
        }
        if (!lakes.isEmpty()) {
            writeChart(doc, numbers, charts, lakes, "湖库");
        }
    }

    private void writeChart(ArchivalPdf doc, Numbering numbers, EcoChartFactory charts, List<Row> shown, String what) {
        List<ColouredValue> bars = new ArrayList<>();
        StringBuilder alt = new StringBuilder("横向柱状图：" + period() + "各" + what + "水质类别，柱越短水质越好：");
        for (Row r : shown) {
            WaterClass c = r.waterClass();
            bars.add(new ColouredValue(ChartValue.of(r.section().name().zh(), WaterClassLabels.rank(c)),
                    new Color(c.colour().red(), c.colour().green(), c.colour().blue())));
            alt.append(r.section().name().zh()).append(c.labelZh())
                    .append(r.target().map(t -> "（目标" + t.labelZh() + (r.status() == TargetStatus.MET ? "，达标）" : "，未达标）")).orElse(""))
                    .append(r.origin() == DataOrigin.PUBLISHED ? "（公开发布）" : "").append("；");
        }
        List<LegendEntry> legend = new ArrayList<>();
        for (WaterClass c : WaterClass.values()) {
            if (c == WaterClass.I) {
                continue;
            }
            legend.add(new LegendEntry(c == WaterClass.II ? "Ⅰ–Ⅱ类 优" : c.labelZh() + " " + c.statusZh(),
                    new Color(c.colour().red(), c.colour().green(), c.colour().blue())));
        }
        float height = Math.max(140f, 60f + 22f * bars.size());
        JFreeChart chart = charts.waterClassBars(new ChartText("", "", "水质类别（柱越短水质越好）", Optional.empty(),
                usesSample()), bars, legend, WaterClassLabels.chinese());
        doc.chart(chart, doc.contentWidth(), height, alt.toString(),
                numbers.nextFigure(period() + what + "水质类别", provenance(shown, SURFACE_RULES)));
    }

    private void writeTable(ArchivalPdf doc, Numbering numbers) {
        List<List<String>> rows = new ArrayList<>();
        for (Row r : surface) {
            rows.add(List.of(r.section().name().zh(), r.samples(), r.waterClass().labelZh(), r.waterClass().statusZh(),
                    r.target().map(WaterClass::labelZh).orElse("未设定"),
                    r.target().isEmpty() ? Texts.NO_VALUE : r.status() == TargetStatus.MET ? "达标" : "未达标",
                    r.deciding(), Provenance.label(r.origin())));
        }
        doc.table(new DataTable(numbers.nextTable(period() + "地表水断面水质（图数据）", provenance(SURFACE_RULES)),
                List.of("断面（水体）", "监测次数", "水质类别", "水质状况", "目标类别", "是否达标", "定类或超标项目", "数值来源"), rows, true,
                // the deciding parameters ("溶解氧、高锰酸盐指数、氨氮、总磷") in two lines, not three
                List.of(2.2f, 1f, 0.9f, 1f, 0.9f, 0.9f, 2.6f, 1f)));
        doc.smallPrint("评价方法：GB 3838-2002，环办〔2011〕22号单因子评价法，以" + (partial() ? coverage.orElseThrow().monthsZh() : "全年")
                + "各项目均值定类（不含水温、总氮、粪大肠菌群）。定类项目为类别最差的项目；未达到目标时列出劣于目标类别的项目。"
                + "断面排列：规划专栏2所列河流在前，其次为其他河流，湖库在后。数值来源为“公开发布”的，类别取自区政府公开发布的文件，同年度无监测数据。");
    }

    private Provenance provenance(String rules) {
        return provenance(surface, rules);
    }

    private Provenance provenance(List<Row> shown, String rules) {
        List<DataOrigin> origins = new ArrayList<>();
        shown.forEach(r -> origins.add(r.origin()));
        List<String> read = new ArrayList<>(tablesRead);
        if (origins.contains(DataOrigin.PUBLISHED)) {
            read.add(Provenance.rows("published_figure", publishedRows));
        }
        return Provenance.of(read, origins, rules);
    }

    private Provenance provenanceOf(List<SectionClass> shown, String rules) {
        java.util.Set<String> codes = new java.util.HashSet<>();
        shown.forEach(s -> codes.add(s.section().code()));
        return Provenance.of(tablesRead, samples.stream().filter(w -> codes.contains(w.section()))
                .map(org.ecokiosk.model.WaterSample::origin).toList(), rules);
    }

    /** The parameters worse than the target when it is missed, else those that set the class (at most four named). */
    static String deciding(SectionClass s) {
        List<WaterParameter> shown = s.deciding();
        List<String> names = shown.stream().limit(4).map(WaterParameter::nameZh).toList();
        return Texts.joinZh(names) + (shown.size() > 4 ? "等" : "");
    }
}
