package org.ecokiosk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.evaluation.YearFigure;
import org.ecokiosk.evaluation.YearOnYear;
import org.ecokiosk.evaluation.plan.FigureSeries;
import org.ecokiosk.evaluation.plan.PlanSeries;
import org.ecokiosk.model.EcoTown;
import org.ecokiosk.model.Facility;
import org.ecokiosk.model.GreenMetric;
import org.ecokiosk.model.OpenDay;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.report.pdf.ArchivalPdf;
import org.ecokiosk.report.pdf.DataTable;

/** 生态: green space for the year, the eco-town campaign and the facilities open to the public. */
final class GreenAndTownsChapter {
    /** The green figures, in the order printed. */
    private static final List<FigureSeries> GREEN = List.of(FigureSeries.FOREST_COVER, FigureSeries.BUILT_UP_GREEN,
            FigureSeries.PARK_GREEN, FigureSeries.NATURE_RESERVE);

    /** One green figure: this year's and last year's, from the series the plan table reads too. */
    record GreenRow(String name, String unit, Optional<YearFigure> previous, Optional<YearFigure> current) {
    }

    private final int year;
    private final List<GreenRow> green;
    private final List<EcoTown> towns;
    private final List<Facility> facilities;
    private final List<OpenDay> openDays;
    private final int openDaysRead;
    private final List<String> greenRead;

    GreenAndTownsChapter(ReportSource source, PlanSeries series) {
        this.year = source.year();
        List<GreenRow> rows = new ArrayList<>();
        for (FigureSeries s : GREEN) {
            List<YearFigure> figures = series.of(s);
            Optional<YearFigure> now = figures.stream().filter(f -> f.year() == year).findFirst();
            if (now.isEmpty()) {
                continue;
            }
            Optional<GreenMetric> metric = source.green().stream().filter(g -> g.code().equals(s.key())).findFirst();
            Optional<PlanIndicator> indicator = series.indicator(s.indicator());
            String name = metric.map(m -> m.name().zh()).or(() -> indicator.map(i -> i.name().zh())).orElse(s.key());
            String unit = metric.map(GreenMetric::unit).or(() -> indicator.map(PlanIndicator::unit)).orElse("");
            rows.add(new GreenRow(name, unit, figures.stream().filter(f -> f.year() == year - 1).findFirst(), now));
        }
        this.green = List.copyOf(rows);
        this.towns = source.towns();
        this.facilities = source.facilities();
        this.openDays = source.openDays().stream().filter(d -> d.date().getYear() == year).toList();
        this.openDaysRead = source.openDays().size();
        this.greenRead = List.of(Provenance.rows("green_metric", source.green().size()),
                Provenance.rows("indicator_value", source.values().size()));
    }

    /**
     * 同比 of a green figure as printed: a share in percentage points ("上升0.5个百分点"), another
     * figure by its difference in its unit ("增加0.2平方米/人"); "上年无数据" without last year's.
     */
    static String yearOnYear(GreenRow g) {
        YearOnYear y = YearOnYear.of(number(g.current()), number(g.previous()));
        int decimals = Math.max(decimals(g.previous()), decimals(g.current()));
        return g.unit().equals("%") ? YearOnYearText.percentagePoints(y, decimals)
                : YearOnYearText.difference(y, decimals, g.unit());
    }

    private static java.util.OptionalDouble number(java.util.Optional<YearFigure> f) {
        return f.map(YearFigure::number).orElse(java.util.OptionalDouble.empty());
    }

    /** Decimals of the figure as printed, so 同比 is said to the same precision. */
    private static int decimals(java.util.Optional<YearFigure> f) {
        String display = f.map(x -> x.value().display()).orElse("");
        int dot = display.indexOf('.');
        return dot < 0 ? 0 : display.length() - dot - 1;
    }

    boolean usesSample() {
        return green.stream().anyMatch(g -> g.current().map(YearFigure::sample).orElse(false)
                        || g.previous().map(YearFigure::sample).orElse(false))
                || towns.stream().anyMatch(t -> t.origin().isSample())
                || facilities.stream().anyMatch(f -> f.origin().isSample())
                || openDays.stream().anyMatch(d -> d.origin().isSample());
    }

    void write(ArchivalPdf doc, Numbering numbers) {
        doc.h2("四、生态环境与绿地");
        doc.paragraph("本章列出城市绿地指标、生态文明建设示范镇街创建情况和向公众开放的环保设施。");
        doc.h3("（一）城市绿地");
        if (green.isEmpty()) {
            doc.paragraph(year + "年尚无绿地指标数据（森林覆盖率、建成区绿化覆盖率、人均公园绿地面积等），本年度暂无法评价。");
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (GreenRow g : green) {
                rows.add(List.of(g.name(), g.unit(), g.previous().map(f -> f.value().display()).orElse(Texts.NO_VALUE),
                        g.current().map(f -> f.value().display()).orElse(Texts.NO_VALUE), yearOnYear(g)));
            }
            doc.table(new DataTable(numbers.nextTable(year + "年绿地指标", greenProvenance()),
                    List.of("指标", "单位", (year - 1) + "年", year + "年", "同比"), rows, true,
                    List.of(3f, 1.4f, 1.2f, 1.2f, 1.8f)));
        }
        doc.h3("（二）生态文明建设示范镇街");
        if (towns.isEmpty()) {
            doc.paragraph("尚无生态文明建设示范镇街的信息。");
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (EcoTown t : towns) {
                rows.add(List.of(t.name().zh(), t.batchYear() == 0 ? "尚未命名" : t.batchYear() + "年", status(t.status()),
                        t.summary().zh()));
            }
            doc.table(new DataTable(numbers.nextTable("生态文明建设示范镇街创建情况", Provenance.of(List.of(Provenance.rows("eco_town", towns.size())),
                    towns.stream().map(EcoTown::origin).toList(), "生态文明建设示范镇街命名文件")),
                    List.of("镇街", "命名批次", "状态", "说明"), rows, true, List.of(1.4f, 1.1f, 1.1f, 5f)));
        }
        doc.h3("（三）向公众开放的环保设施");
        if (facilities.isEmpty()) {
            doc.paragraph("尚无向公众开放的环保设施信息。");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Facility f : facilities) {
            long days = openDays.stream().filter(d -> d.facility().equals(f.code())).count();
            rows.add(List.of(f.name().zh(), kind(f.kind()), f.address().zh(), days == 0 ? "无" : days + "次"));
        }
        doc.table(new DataTable(numbers.nextTable(year + "年环保设施向公众开放情况", Provenance.of(
                List.of(Provenance.rows("facility", facilities.size()), Provenance.rows("open_day", openDaysRead)),
                java.util.stream.Stream.concat(facilities.stream().map(Facility::origin), openDays.stream().map(OpenDay::origin))
                        .toList(), "环保设施向公众开放名单与开放日安排")),
                List.of("设施", "类型", "地址", year + "年开放日"), rows, true, List.of(2.6f, 1.2f, 2.6f, 1.2f)));
    }

    private Provenance greenProvenance() {
        List<org.ecokiosk.model.DataOrigin> origins = new ArrayList<>();
        for (GreenRow g : green) {
            g.current().ifPresent(f -> origins.add(f.origin()));
            g.previous().ifPresent(f -> origins.add(f.origin()));
        }
        return Provenance.of(greenRead, origins, "“十四五”规划专栏2指标口径");
    }

    static String status(String code) {
        return switch (code.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "candidate" -> "创建中";
            case "mentioned" -> "规划提及";
            case "named", "awarded", "designated" -> "已命名";
            default -> code;
        };
    }

    static String kind(String code) {
        return switch (code.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "sewage" -> "污水处理";
            case "monitoring" -> "环境监测";
            case "waste" -> "垃圾处理";
            case "recycling" -> "资源回收";
            default -> code;
        };
    }
}
