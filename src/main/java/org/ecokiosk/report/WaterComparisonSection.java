package org.ecokiosk.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ecokiosk.evaluation.plan.YearCoverage;
import org.ecokiosk.evaluation.water.ClassChange;
import org.ecokiosk.evaluation.water.SectionClass;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.WaterBody;
import org.ecokiosk.model.WaterSection;
import org.ecokiosk.report.pdf.ArchivalPdf;
import org.ecokiosk.report.pdf.DataTable;
import org.ecokiosk.standards.water.WaterClass;

/**
 * The water chapter's comparisons: each section's class against last year's ({@link ClassChange}),
 * 嘉陵江's outflow against its inflow (the 13th-FYP indicator "不低于入境断面") where both are
 * monitored, and the lakes' trophic state where its parameters are — each said plainly when the
 * data are not there.
 */
final class WaterComparisonSection {
    private WaterComparisonSection() {
    }

    static boolean usesSample(ReportSource source, SectionYears classes) {
        return rows(source, classes).stream().anyMatch(r -> r.sample);
    }

    private record Row(WaterSection section, ClassChange change, boolean sample, Set<DataOrigin> origins) {
    }

    private static List<Row> rows(ReportSource source, SectionYears classes) {
        int year = source.year();
        List<Row> rows = new ArrayList<>();
        // the plan's sections (those with a target class) first, then the others in the snapshot's order
        List<WaterSection> ordered = new ArrayList<>(source.waterSections());
        ordered.sort(java.util.Comparator.comparing((WaterSection s) -> s.targetClass().isBlank()));
        for (WaterSection s : ordered) {
            // each year evaluated once: the origins and the change read the same classes
            Optional<SectionClass> previous = classes.of(s, year - 1);
            Optional<SectionClass> current = classes.of(s, year);
            Set<DataOrigin> origins = EnumSet.noneOf(DataOrigin.class);
            previous.map(SectionClass::origin).ifPresent(origins::add);
            current.map(SectionClass::origin).ifPresent(origins::add);
            ClassChange change = ClassChange.between(previous, current);
            if (change.current().isPresent() || change.previous().isPresent()) {
                rows.add(new Row(s, change, origins.stream().anyMatch(DataOrigin::isSample), origins));
            }
        }
        return rows;
    }

    /** "2025年", or "2026年1–10月" when the year's samples end before December ({@link YearCoverage}). */
    private static String period(ReportSource source, int year) {
        return YearCoverage.of(year, source.waterSamples().stream().map(org.ecokiosk.model.WaterSample::date).toList())
                .map(YearCoverage::labelZh).orElse(year + "年");
    }

    static void write(ArchivalPdf doc, Numbering numbers, ReportSource source, SectionYears classes) {
        int year = source.year();
        doc.h3("（三）水质同比、嘉陵江出入境比较与湖库营养状态");
        List<Row> rows = rows(source, classes);
        String current = period(source, year);
        String previous = period(source, year - 1);
        if (rows.isEmpty()) {
            doc.paragraph(year + "年和" + (year - 1) + "年均无地表水断面监测数据，不作同比。");
        } else if (rows.stream().allMatch(r -> r.change().current().isEmpty())) {
            doc.paragraph(year + "年尚无地表水断面监测数据，不作同比；" + previous + "各断面的水质类别见" + (year - 1)
                    + "年公报。");
        } else if (rows.stream().allMatch(r -> r.change().previous().isEmpty())) {
            // a table of "无数据 / 上年无数据" rows says nothing the sentence does not
            doc.paragraph(previous + "各断面（水体）均无水质监测数据，" + current + "的水质类别不作同比；" + current
                    + "各断面的水质类别见本章（一）。");
        } else {
            List<List<String>> cells = new ArrayList<>();
            Set<DataOrigin> origins = EnumSet.noneOf(DataOrigin.class);
            for (Row r : rows) {
                origins.addAll(r.origins());
                cells.add(List.of(r.section().name().zh(), r.change().previous().map(WaterClass::roman).orElse("无数据"),
                        r.change().current().map(WaterClass::roman).orElse("无数据"),
                        r.change().change().map(ClassChange.Change::zh).orElse(r.change().previous().isEmpty()
                                ? YearOnYearText.NO_PREVIOUS : "本年无数据")));
            }
            doc.table(new DataTable(numbers.nextTable(current + "地表水断面水质类别同比", Provenance.of(
                    List.of(Provenance.rows("water_section", source.waterSections().size()),
                            Provenance.rows("water_sample", source.waterSamples().size())),
                    origins, "GB 3838-2002 单因子评价（年均值）")),
                    List.of("断面（水体）", previous + "类别", current + "类别", "同比"), cells, true,
                    List.of(3f, 1.4f, 1.4f, 1.2f)));
            if (!current.equals(year + "年") || !previous.equals((year - 1) + "年")) {
                doc.smallPrint("说明：标有月份的类别只由该时段的监测数据评价，不是全年类别；同比仅供参考。");
            }
        }
        List<WaterSection> jialing = source.waterSections().stream()
                .filter(s -> !s.drinkingSource() && s.body() == WaterBody.RIVER && s.river().zh().equals("嘉陵江")).toList();
        boolean inAndOut = jialing.stream().anyMatch(s -> s.name().zh().contains("入境"))
                && jialing.stream().anyMatch(s -> s.name().zh().contains("出境"));
        doc.paragraph(inAndOut ? "嘉陵江入境、出境断面的水质见上表；“十三五”规划指标要求出境水质不低于入境断面。"
                : "嘉陵江在现有监测数据中只有" + jialing.size() + "个断面（"
                        + Texts.joinZh(jialing.stream().map(s -> s.name().zh()).toList())
                        + "），没有入境、出境断面的分别监测，因此无法比较出境水质是否不低于入境断面（“十三五”规划指标）。");
        long lakes = source.waterSections().stream().filter(s -> s.body() != WaterBody.RIVER).count();
        doc.paragraph("湖库营养状态按综合营养状态指数评价，需要叶绿素a、透明度、总氮等项目；现有" + lakes
                + "个湖库的监测数据中没有这些项目，本年度不作营养状态评价。");
    }
}
