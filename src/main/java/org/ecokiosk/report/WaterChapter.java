package org.ecokiosk.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.charts.ChartText;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.ecokiosk.charts.ChartValue;
import org.ecokiosk.charts.ColouredValue;
import org.ecokiosk.charts.EcoChartFactory;
import org.ecokiosk.charts.LegendEntry;
import org.ecokiosk.evaluation.TargetStatus;
import org.ecokiosk.evaluation.plan.PlanSeries;
import org.ecokiosk.evaluation.water.DrinkingWater;
import org.ecokiosk.evaluation.water.SectionClass;
import org.ecokiosk.evaluation.water.WaterEvaluation;
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

    private final int year;
    private final List<String> tablesRead;
    private final List<org.ecokiosk.model.WaterSample> samples;
    private final List<SectionClass> sections;
    private final int unmonitored;
    private final DrinkingWater drinking;

    WaterChapter(ReportSource source, PlanSeries series) {
        this.year = source.year();
        this.samples = source.waterSamples().stream().filter(w -> w.date().getYear() == year).toList();
        this.tablesRead = List.of(Provenance.rows("water_section", source.waterSections().size()),
                Provenance.rows("water_sample", source.waterSamples().size()));
        List<SectionClass> found = new ArrayList<>();
        int none = 0;
        for (WaterSection s : source.waterSections()) {
            Optional<SectionClass> c = WaterEvaluation.ofYear(s, source.waterSamples(), year)
                    .filter(x -> x.assessment().isPresent());
            if (c.isEmpty()) {
                none++;
                continue;
            }
            found.add(c.get());
        }
        this.sections = List.copyOf(found);
        this.unmonitored = none;
        this.drinking = series.drinkingWater(year);
    }

    boolean usesSample() {
        return sections.stream().anyMatch(SectionClass::sample);
    }

    List<SectionClass> sections() {
        return sections;
    }

    void write(ArchivalPdf doc, Numbering numbers, EcoChartFactory charts) {
        doc.h2("二、水环境");
        doc.paragraph("地表水按 GB 3838-2002《地表水环境质量标准》评价各断面（水体）的水质类别，并与规划目标类别比较；"
                + "集中式饮用水水源地按 III 类标准评价达标情况。");
        doc.h3("（一）地表水");
        List<SectionClass> surface = sections.stream().filter(s -> !s.section().drinkingSource()).toList();
        if (surface.isEmpty()) {
            doc.paragraph(year + "年尚无地表水断面的监测数据，本年度各断面水质类别暂无法评价。");
        } else {
            long withTarget = surface.stream().filter(s -> s.target().isPresent()).count();
            long met = surface.stream().filter(s -> s.status() == TargetStatus.MET).count();
            doc.paragraph(year + "年共评价" + surface.size() + "个地表水断面（水体），其中" + withTarget + "个有规划目标类别，"
                    + met + "个达到目标。" + (unmonitored > 0 ? "另有" + unmonitored + "个断面（水体）本年无监测数据，未列入评价。" : ""));
            writeChart(doc, numbers, charts, surface);
            writeTable(doc, numbers, surface);
        }
        doc.h3("（二）集中式饮用水水源地");
        List<SectionClass> sources = sections.stream().filter(s -> s.section().drinkingSource()).toList();
        if (sources.isEmpty() || drinking.ratePercent().isEmpty()) {
            doc.paragraph(year + "年尚无集中式饮用水水源地的监测数据，水源地水质达标率暂无法计算。");
            return;
        }
        doc.paragraph(year + "年监测" + drinking.judged() + "个城市集中式饮用水水源地，" + drinking.compliant()
                + "个水质达到或优于 III 类，水质达标率为" + Texts.number(drinking.ratePercent().getAsDouble(), 1)
                + "%（规划目标100%）。");
        List<List<String>> rows = new ArrayList<>();
        for (SectionClass s : sources) {
            WaterAssessment a = s.assessment().orElseThrow();
            rows.add(List.of(s.section().name().zh(), String.valueOf(s.samples()), a.waterClass().labelZh(),
                    s.status() == TargetStatus.MET ? "达标" : "不达标", deciding(s)));
        }
        doc.table(new DataTable(numbers.nextTable(year + "年集中式饮用水水源地水质", provenance(sources, "GB 3838-2002 III 类（饮用水水源地）")),
                List.of("水源地", "监测次数", "水质类别", "达标情况（III 类）", "超标或定类项目"), rows, true,
                List.of(3f, 1.1f, 1.2f, 1.6f, 2.6f)));
        doc.smallPrint("达标判定：水源地全年各项目均值按 GB 3838-2002 单因子评价，达到或优于 III 类为达标；达标率按水源地个数计。");
    }

    private void writeChart(ArchivalPdf doc, Numbering numbers, EcoChartFactory charts, List<SectionClass> surface) {
        List<ColouredValue> bars = new ArrayList<>();
        StringBuilder alt = new StringBuilder("横向柱状图：" + year + "年各地表水断面水质类别，柱越短水质越好：");
        for (SectionClass s : surface) {
            WaterClass c = s.waterClass().orElseThrow();
            bars.add(new ColouredValue(ChartValue.of(s.section().name().zh(), WaterClassFormat.rank(c)),
                    new Color(c.colour().red(), c.colour().green(), c.colour().blue())));
            alt.append(s.section().name().zh()).append(c.labelZh())
                    .append(s.target().map(t -> "（目标" + t.labelZh() + (s.status() == TargetStatus.MET ? "，达标）" : "，未达标）")).orElse(""))
                    .append("；");
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
        JFreeChart chart = charts.horizontalBars(new ChartText("", "", "水质类别（柱越短水质越好）", Optional.empty(),
                usesSample()), bars, Optional.empty(), legend);
        CategoryPlot plot = chart.getCategoryPlot();
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setRange(0, WaterClass.values().length + 0.7);
        axis.setTickUnit(new NumberTickUnit(1, new WaterClassFormat()));
        plot.getRenderer().setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new WaterClassFormat()));
        doc.chart(chart, doc.contentWidth(), height, alt.toString(), numbers.nextFigure(year + "年地表水断面水质类别", provenance(surface, SURFACE_RULES)));
    }

    private void writeTable(ArchivalPdf doc, Numbering numbers, List<SectionClass> surface) {
        List<List<String>> rows = new ArrayList<>();
        for (SectionClass s : surface) {
            WaterAssessment a = s.assessment().orElseThrow();
            rows.add(List.of(s.section().name().zh(), String.valueOf(s.samples()), a.waterClass().labelZh(),
                    a.waterClass().statusZh(), s.target().map(WaterClass::labelZh).orElse("未设定"),
                    s.target().isEmpty() ? Texts.NO_VALUE : s.status() == TargetStatus.MET ? "达标" : "未达标",
                    deciding(s)));
        }
        doc.table(new DataTable(numbers.nextTable(year + "年地表水断面水质（图数据）", provenance(surface, SURFACE_RULES)),
                List.of("断面（水体）", "监测次数", "水质类别", "水质状况", "目标类别", "是否达标", "定类或超标项目"), rows, true,
                List.of(3f, 1.1f, 1.1f, 1.2f, 1.1f, 1f, 2.4f)));
        doc.smallPrint("评价方法：GB 3838-2002，环办〔2011〕22号单因子评价法，以全年各项目均值定类（不含水温、总氮、粪大肠菌群）。"
                + "定类项目为类别最差的项目；未达到目标时列出劣于目标类别的项目。");
    }

    private Provenance provenance(List<SectionClass> shown, String rules) {
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
