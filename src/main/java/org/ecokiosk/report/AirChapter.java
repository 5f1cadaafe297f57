package org.ecokiosk.report;

import java.math.BigDecimal;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ecokiosk.charts.ChartText;
import org.ecokiosk.charts.ChartValue;
import org.ecokiosk.charts.EcoChartFactory;
import org.ecokiosk.charts.ReferenceLine;
import org.ecokiosk.evaluation.TargetStatus;
import org.ecokiosk.evaluation.YearFigure;
import org.ecokiosk.evaluation.YearOnYear;
import org.ecokiosk.evaluation.air.AirYear;
import org.ecokiosk.evaluation.air.CompositeIndex;
import org.ecokiosk.evaluation.air.MonthFigures;
import org.ecokiosk.evaluation.plan.FigureSeries;
import org.ecokiosk.evaluation.plan.PlanPeriod;
import org.ecokiosk.evaluation.plan.PlanSeries;
import org.ecokiosk.evaluation.plan.TargetJudgement;
import org.ecokiosk.evaluation.plan.YearCoverage;
import org.ecokiosk.model.PlanFigure;
import org.ecokiosk.report.pdf.ArchivalPdf;
import org.ecokiosk.report.pdf.DataTable;
import org.ecokiosk.standards.air.AirQualityLimits;
import org.ecokiosk.standards.air.AveragingPeriod;
import org.ecokiosk.standards.air.LimitComparison;
import org.ecokiosk.standards.air.Pollutant;
import org.ecokiosk.standards.air.evaluation.AnnualAirRecord;
import org.ecokiosk.standards.air.evaluation.AnnualStatistic;

/**
 * 大气: good days, each pollutant against GB 3095 Grade II with its exceedance multiple, primary
 * pollutants, the months of the year and the trend since 2015 — every chart followed by a
 * table of its figures, because chart text is drawn as outlines a screen reader cannot read.
 */
final class AirChapter {
    /** The plan's printed 2025 targets (专栏2 rows 8 and 9), used when a snapshot lacks the indicator rows. */
    private static final double PM25_TARGET = 34;
    private static final double GOOD_DAYS_TARGET = 300;
    /**
     * Written in a trend's empty year: two parts of two characters at most, so the chart sets
     * them as two short lines in a year's narrow column ("无年度值" did not fit one and was set one
     * character a line). "未满全年" when every empty year is one whose data end before 31 December.
     */
    static final String NO_ANNUAL_VALUE = "无 / 年值";
    static final String PART_OF_A_YEAR = "未满 / 全年";

    private final ReportSource source;
    private final PlanSeries series;
    private final Optional<AirYear> air;
    private final List<TrendPoint> trend;
    private final Optional<YearCoverage> coverage;
    private final PeriodLabels labels;
    /** The origins of each year's station-days, split once: every air table's provenance asks for them. */
    private java.util.Map<Integer, java.util.Set<org.ecokiosk.model.DataOrigin>> airOrigins;

    /**
     * One year of the trend and where its figures come from.
     *
     * @param data true when the year has a figure or at least some monitored days
     */
    record TrendPoint(int year, OptionalDouble pm25, OptionalDouble goodDays, String origin, boolean sample,
                      boolean data) {
    }

    AirChapter(ReportSource source, PlanSeries series) {
        this.source = source;
        this.series = series;
        this.air = series.airYear(source.year());
        this.coverage = series.airCoverage(source.year());
        this.labels = PeriodLabels.of(source.year(), coverage);
        this.trend = trend(source.year(), series);
    }

    boolean usesSample() {
        return air.map(AirYear::sample).orElse(false) || trend.stream().anyMatch(TrendPoint::sample);
    }

    Optional<AirYear> air() {
        return air;
    }

    /**
     * What 同比 compares with: last year's air year when it covers a year (HJ 663's 324 counted
     * days); for a year whose data end before 31 December, the same period of last year (同期).
     */
    Optional<AirYear> previous() {
        if (labels.partial()) {
            return series.airSamePeriod(source.year() - 1, coverage.orElseThrow());
        }
        return series.airYear(source.year() - 1).filter(AirYear::goodDaysIsAnnual);
    }

    /** Why there is no 同比: no data at all, or too few days to be a year. */
    String noPreviousReason() {
        if (labels.partial()) {
            return "上年同期无数据";
        }
        return series.airYear(source.year() - 1).isPresent() ? "上年数据不完整" : YearOnYearText.NO_PREVIOUS;
    }

    /** The period the chapter reports ("2025年", or "2026年1–10月" for a year not covered to 31 December). */
    PeriodLabels labels() {
        return labels;
    }

    /** How far the year's air days reach; empty without air data. */
    Optional<YearCoverage> coverage() {
        return coverage;
    }

    void write(ArchivalPdf doc, Numbering numbers, EcoChartFactory charts) {
        int year = source.year();
        doc.h2("一、大气环境");
        SubHeadings sub = new SubHeadings();
        if (air.isEmpty()) {
            doc.paragraph(year + "年尚无环境空气质量监测数据，本年度的优良天数、污染物浓度、综合指数、首要污染物和月度变化暂无法评价。"
                    + "下列变化趋势仅列出规划文本和往年监测给出的数值。");
        } else {
            AirYear a = air.get();
            Optional<AirYear> previous = previous();
            if (labels.partial()) {
                doc.paragraph(year + "年的空气质量监测数据只到" + Texts.monthDay(coverage.orElseThrow().lastDate())
                        + "，以下为" + labels.current() + "的统计结果，不是全年结果，不作为年评价值；同比均与"
                        + labels.previous() + "（同期）比较。");
            }
            writeSummary(doc, a);
            AirLevelsSection.write(doc, numbers, sub.next("空气质量级别分布"), a, labels, previous, noPreviousReason(),
                    indexProvenance(a));
            writePollutants(doc, numbers, sub.next(labels.partial() ? "主要污染物浓度" : "主要污染物年评价浓度"), a, previous);
            AirCompositeSection.write(doc, numbers, sub.next("环境空气质量综合指数"), a, labels, previous,
                    noPreviousReason(), limitsProvenance(a));
            writePrimary(doc, numbers, sub.next("首要污染物"), a, previous);
            writeMonthly(doc, numbers, charts, sub.next("月度变化"), a);
            AirStationsSection.write(doc, numbers, sub.next("各监测点位"), source, a, labels, limitsProvenance(a));
        }
        writePrecipitation(doc, sub.next("降水酸度与降尘"));
        writeTrend(doc, numbers, charts, sub.next("变化趋势（" + ReportRequest.FIRST_YEAR + "年以来）"));
    }

    /** The snapshot holds no precipitation or dust-fall series: the bulletin says so rather than print a figure. */
    private void writePrecipitation(ArchivalPdf doc, String heading) {
        doc.h3(heading);
        doc.paragraph("本公报所用数据中没有降水（酸雨）监测和降尘监测数据，" + source.year()
                + "年的降水pH年均值、酸雨频率和降尘量暂无法给出；待取得监测数据后在本节公布。");
    }

    private void writeSummary(ArchivalPdf doc, AirYear a) {
        AnnualAirRecord r = a.record();
        StringBuilder text = new StringBuilder();
        text.append(labels.current()).append("，全区").append(a.stations()).append("个空气质量监测点共有")
                .append(r.aqiDays()).append("天有效监测日，其中优良天数").append(r.goodDays()).append("天，优良天数比例")
                .append(r.goodRatio().isPresent() ? Texts.percent(r.goodRatio().getAsDouble(), 1) : Texts.NO_VALUE)
                .append("。");
        OptionalDouble pm25 = a.pm25Reported();
        if (pm25.isPresent()) {
            Optional<LimitComparison> grade2 = r.limitComparisons().stream()
                    .filter(c -> c.pollutant() == Pollutant.PM2_5 && c.period() == AveragingPeriod.ANNUAL).findFirst();
            text.append("细颗粒物（PM2.5）").append(labels.mean()).append("为").append(Texts.number(pm25.getAsDouble(), 0))
                    .append("微克/立方米");
            if (labels.partial()) {
                // a part of a year is not an annual mean: no verdict against annual limits or the plan
                grade2.ifPresent(c -> text.append("（国家环境空气质量二级标准年均限值为").append(Texts.number(c.limit(), 0))
                        .append("微克/立方米，未满全年，不作达标评价）"));
            } else {
                grade2.ifPresent(c -> text.append("，").append(c.exceeds() ? "超过" : "达到")
                        .append("国家环境空气质量二级标准（").append(Texts.number(c.limit(), 0)).append("微克/立方米）"));
                // a year before the plan period had the 13th plan's targets, not this plan's 2025 ones
                series.indicator(FigureSeries.PM25.indicator()).filter(i -> i.target().isNumber())
                        .filter(i -> source.year() >= PlanPeriod.FIRST_YEAR).ifPresent(i -> text
                        .append(TargetJudgement.judge(i, PlanFigure.of(pm25.getAsDouble())) == TargetStatus.MET ? "，达到"
                                : "，未达到")
                        .append("规划目标（≤ ").append(i.target().display()).append("微克/立方米）"));
            }
            text.append("。");
        }
        Optional<AirYear> previous = previous();
        String reason = noPreviousReason();
        text.append(labels.partial() ? "与上年同期相比，优良天数" : "与上年相比，优良天数")
                .append(previous.map(p -> YearOnYearText.days(
                YearOnYear.of(a.goodDays(), OptionalDouble.of(p.goodDays())))).orElse("无法比较（" + reason + "）"));
        if (pm25.isPresent()) {
            text.append("，PM2.5 ").append(labels.mean()).append(previous.map(p -> YearOnYearText.relative(
                    YearOnYear.of(pm25, p.pm25Reported()), 0)).orElse("无法比较"));
        }
        text.append("。").append(labels.partial() ? coverage.orElseThrow().monthsZh() : "全年")
                .append("重污染天数（空气质量指数大于200）").append(a.heavyPollutionDays()).append("天")
                .append(previous.map(p -> (labels.partial() ? "，上年同期" : "，上年") + p.heavyPollutionDays() + "天")
                        .orElse("")).append("。");
        a.latest().ifPresent(d -> text.append("本年最后一个有监测数据的日期为").append(Texts.monthDay(d.date()))
                .append("，当日全区空气质量指数（AQI）为").append(d.aqi().get().aqi())
                .append("（").append(d.aqi().get().level().categoryZh()).append("）。"));
        List<String> exceeding = r.limitComparisons().stream().filter(LimitComparison::exceeds)
                .map(c -> c.pollutant().code()).toList();
        if (!labels.partial()) {
            text.append(exceeding.isEmpty() ? "六项主要污染物的年评价浓度均达到二级标准。"
                    : "超过二级标准的污染物：" + Texts.joinZh(exceeding) + "。");
        }
        doc.paragraph(text.toString());
        List<String> incomplete = new ArrayList<>();
        List<AnnualStatistic> stats = new ArrayList<>(r.annualMeans().values());
        stats.add(r.co24hP95());
        stats.add(r.o3Max8hP90());
        for (AnnualStatistic s : stats) {
            if (!s.valid()) {
                incomplete.add(s.pollutant().code());
            }
        }
        if (!incomplete.isEmpty() && !labels.partial()) {
            doc.smallPrint("说明：" + Texts.joinZh(incomplete) + " 的有效监测天数不满足 HJ 663-2013 的年评价要求"
                    + "（全年不少于324天，每月不少于27天、2月不少于25天），其年评价值仅供参考。");
        }
    }

    private void writePollutants(ArchivalPdf doc, Numbering numbers, String heading, AirYear a,
                                 Optional<AirYear> previous) {
        doc.h3(heading);
        AnnualAirRecord r = a.record();
        List<List<String>> rows = new ArrayList<>();
        for (Pollutant p : List.of(Pollutant.SO2, Pollutant.NO2, Pollutant.PM10, Pollutant.PM2_5, Pollutant.CO,
                Pollutant.O3)) {
            AnnualStatistic s = CompositeIndex.statistic(r, p);
            AveragingPeriod period = s.kind().limitPeriod();
            // the limit the attainment evaluation judged by: the standard in force on 31 December of the year
            OptionalDouble limit = comparison(r, p).map(c -> OptionalDouble.of(c.limit()))
                    .orElseGet(() -> a.limits().limit(p, period));
            Optional<LimitComparison> comparison = comparison(r, p);
            int decimals = p == Pollutant.CO ? 1 : 0;
            // part of a year is never judged against annual limits
            String verdict = labels.partial() ? "不评价"
                    : comparison.map(c -> c.exceeds() ? "超标" : "达标").orElse(Texts.NO_VALUE);
            String multiple = labels.partial() ? Texts.NO_VALUE : comparison.flatMap(c -> c.exceedanceMultiple().isPresent()
                    ? Optional.of(Texts.number(c.exceedanceMultiple().getAsDouble(), 2)) : Optional.empty())
                    .orElse(Texts.NO_VALUE);
            OptionalDouble last = previous.map(y -> CompositeIndex.statistic(y.record(), p).value())
                    .orElse(OptionalDouble.empty());
            rows.add(List.of(p.nameZh() + "（" + p.code() + "）", statisticName(p), p.unit() == null ? "" : unit(p),
                    Texts.number(s.value(), decimals) + (s.valid() || labels.partial() ? "" : "*"),
                    Texts.number(limit, decimals), verdict, multiple, Texts.number(last, decimals),
                    previous.isEmpty() ? noPreviousReason() : YearOnYearText.relative(YearOnYear.of(s.value(), last), decimals)));
        }
        doc.table(new DataTable(numbers.nextTable(labels.current() + "主要污染物浓度与国家二级标准比较", limitsProvenance(a)),
                List.of("污染物", "评价指标", "单位", "浓度", "二级标准限值", "达标情况", "超标倍数",
                        labels.partial() ? "上年同期" : "上年", "同比"), rows, true,
                // a part of a year's wider 上年同期 column leaves 同比 room for "下降12.5%" on one line
                labels.partial() ? List.of(2.1f, 1.8f, 1.0f, 0.8f, 1.1f, 1.1f, 1.1f, 1.2f, 1.5f)
                        : List.of(2.1f, 2.0f, 1.0f, 0.8f, 1.1f, 1.1f, 1.1f, 0.9f, 1.3f)));
        doc.smallPrint("评价依据：" + limitsName(a.limits()) + "《环境空气质量标准》二级浓度限值（" + r.year()
                + "年末现行标准），HJ 663-2013《环境空气质量评价技术规范（试行）》。"
                + "超标倍数 =（浓度 − 限值）÷ 限值，仅在超标时给出。"
                + (labels.partial() ? labels.current() + "的浓度为累计统计值，不是年评价值，不与年均限值作达标评价。"
                        : "标 * 者有效天数不足，仅供参考。"));
    }

    private static Optional<LimitComparison> comparison(AnnualAirRecord r, Pollutant p) {
        return r.limitComparisons().stream().filter(c -> c.pollutant() == p).findFirst();
    }

    /** "GB 3095-2012", "GB 3095-2026（过渡阶段）": the limits a year's annual figures are judged by. */
    static String limitsName(AirQualityLimits limits) {
        return Provenance.limits(limits.tableId());
    }

    private String statisticName(Pollutant p) {
        return switch (p) {
            case CO -> "日均值第95百分位数";
            case O3 -> "日最大8小时平均第90百分位数";
            default -> labels.partial() ? coverage.orElseThrow().monthsZh() + "平均" : "年平均";
        };
    }

    private static String unit(Pollutant p) {
        return p == Pollutant.CO ? "mg/m³" : "μg/m³";
    }

    private void writePrimary(ArchivalPdf doc, Numbering numbers, String heading, AirYear a, Optional<AirYear> previous) {
        doc.h3(heading);
        if (a.daysAbove50() == 0) {
            doc.paragraph(coverage.map(labels::span).orElse("全年") + "有效监测日的空气质量指数均不超过50（优），按 "
                    + IndexRulesText.of(a) + " 不确定首要污染物。");
            return;
        }
        List<Map.Entry<Pollutant, Integer>> ranked = a.primaryDays().entrySet().stream()
                .sorted(Map.Entry.<Pollutant, Integer>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().ordinal())).toList();
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<Pollutant, Integer> e : ranked) {
            rows.add(List.of(e.getKey().nameZh() + "（" + e.getKey().code() + "）", String.valueOf(e.getValue()),
                    Texts.percent((double) e.getValue() / a.daysAbove50(), 1),
                    previous.map(p -> String.valueOf(p.primaryDaysOf(e.getKey()))).orElse(Texts.NO_VALUE),
                    previous.map(p -> YearOnYearText.days(YearOnYear.of(e.getValue(),
                            OptionalDouble.of(p.primaryDaysOf(e.getKey()))))).orElse(noPreviousReason())));
        }
        String first = ranked.isEmpty() ? "" : ranked.get(0).getKey().code();
        doc.paragraph("空气质量指数大于50的" + a.daysAbove50() + "天中，出现天数最多的首要污染物是" + first
                + "。同一天可有多项首要污染物，各项天数之和可能大于总天数。");
        doc.table(new DataTable(numbers.nextTable(labels.current() + "首要污染物出现天数", indexProvenance(a)),
                List.of("首要污染物", "天数", "占 AQI＞50 天数的比例", labels.partial() ? "上年同期天数" : "上年天数", "同比"),
                rows, true,
                List.of(2.6f, 0.9f, 1.8f, 1f, 1.4f)));
    }

    private void writeMonthly(ArchivalPdf doc, Numbering numbers, EcoChartFactory charts, String heading, AirYear a) {
        doc.h3(heading);
        List<ChartValue> values = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        StringBuilder alt = new StringBuilder("柱状图：" + a.year() + "年各月细颗粒物（PM2.5）月均浓度，单位微克每立方米：");
        Month highest = null;
        Month lowest = null;
        for (Month m : Month.values()) {
            MonthFigures f = a.monthly().get(m);
            String label = m.getValue() + "月";
            values.add(f.pm25Mean().isPresent() ? ChartValue.of(label, round(f.pm25Mean().getAsDouble()))
                    : ChartValue.missing(label));
            alt.append(label).append(Texts.number(f.pm25Mean(), 0)).append(m == Month.DECEMBER ? "。" : "，");
            if (f.pm25Mean().isPresent()) {
                if (highest == null || f.pm25Mean().getAsDouble() > a.monthly().get(highest).pm25Mean().getAsDouble()) {
                    highest = m;
                }
                if (lowest == null || f.pm25Mean().getAsDouble() < a.monthly().get(lowest).pm25Mean().getAsDouble()) {
                    lowest = m;
                }
            }
            rows.add(List.of(label, Texts.number(f.pm25Mean(), 0), Texts.number(f.mean(Pollutant.O3), 0),
                    String.valueOf(f.aqiDays()),
                    String.valueOf(f.goodDays()),
                    f.aqiDays() == 0 ? Texts.NO_VALUE : Texts.percent((double) f.goodDays() / f.aqiDays(), 1)));
        }
        if (highest != null) {
            alt.append("最高为").append(highest.getValue()).append("月，最低为").append(lowest.getValue()).append("月。");
            Month o3Highest = null;
            for (Month m : Month.values()) {
                OptionalDouble o3 = a.monthly().get(m).mean(Pollutant.O3);
                if (o3.isPresent() && (o3Highest == null
                        || o3.getAsDouble() > a.monthly().get(o3Highest).mean(Pollutant.O3).getAsDouble())) {
                    o3Highest = m;
                }
            }
            StringBuilder said = new StringBuilder("各月细颗粒物（PM2.5）月均浓度以").append(highest.getValue()).append("月最高（")
                    .append(Texts.number(a.monthly().get(highest).pm25Mean(), 0)).append("微克/立方米），")
                    .append(lowest.getValue()).append("月最低（").append(Texts.number(a.monthly().get(lowest).pm25Mean(), 0))
                    .append("微克/立方米）");
            if (o3Highest != null) {
                said.append("；臭氧（O3）日最大8小时平均浓度的月均值以").append(o3Highest.getValue()).append("月最高（")
                        .append(Texts.number(a.monthly().get(o3Highest).mean(Pollutant.O3), 0)).append("微克/立方米）");
            }
            doc.paragraph(said.append("。各月数值列于图后的数据表。").toString());
        }
        doc.chart(charts.monthlyBars(new ChartText("", "月份", "PM2.5 月均浓度 μg/m³", Optional.of("缺测"), a.sample()),
                        "PM2.5", values, Optional.empty()),
                doc.contentWidth(), 210f, alt.toString(), numbers.nextFigure(a.year() + "年 PM2.5 月均浓度", monthlyProvenance(a)));
        writeMonthlyO3(doc, numbers, charts, a);
        doc.table(new DataTable(numbers.nextTable(a.year() + "年各月 PM2.5、O3 浓度与优良天数（图数据）", monthlyProvenance(a)),
                List.of("月份", "PM2.5 月均浓度（μg/m³）", "O3 日最大8小时平均的月均值（μg/m³）", "有效监测天数", "优良天数",
                        "优良天数比例"), rows, true, List.of(0.9f, 1.6f, 2.2f, 1.2f, 1f, 1.2f)));
    }

    /** O3's months: the mean of the daily maximum 8 h averages, beside the 8 h limit of the year. */
    private void writeMonthlyO3(ArchivalPdf doc, Numbering numbers, EcoChartFactory charts, AirYear a) {
        List<ChartValue> values = new ArrayList<>();
        StringBuilder alt = new StringBuilder("柱状图：" + a.year() + "年各月臭氧（O3）日最大8小时平均浓度的月均值，单位微克每立方米：");
        for (Month m : Month.values()) {
            OptionalDouble o3 = a.monthly().get(m).mean(Pollutant.O3);
            String label = m.getValue() + "月";
            values.add(o3.isPresent() ? ChartValue.of(label, round(o3.getAsDouble())) : ChartValue.missing(label));
            alt.append(label).append(Texts.number(o3, 0)).append(m == Month.DECEMBER ? "。" : "，");
        }
        OptionalDouble limit = a.limits().limit(Pollutant.O3, AveragingPeriod.HOURS_8);
        limit.ifPresent(l -> alt.append("参考线为日最大8小时平均二级标准").append(Texts.number(l, 0)).append("。"));
        doc.chart(charts.monthlyBars(new ChartText("", "月份", "O3 月均值 μg/m³", Optional.of("缺测"), a.sample()),
                        "O3", values, limit.isPresent() ? Optional.of(new ReferenceLine("8小时二级标准 "
                                + Texts.number(limit.getAsDouble(), 0), limit.getAsDouble())) : Optional.empty()),
                doc.contentWidth(), 210f, alt.toString(),
                numbers.nextFigure(a.year() + "年 O3 日最大8小时平均浓度月均值", monthlyProvenance(a)));
    }

    private void writeTrend(ArchivalPdf doc, Numbering numbers, EcoChartFactory charts, String heading) {
        doc.h3(heading);
        doc.paragraph(trendSummary());
        boolean sample = trend.stream().anyMatch(TrendPoint::sample);
        List<ChartValue> pm25 = new ArrayList<>();
        List<ChartValue> good = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        StringBuilder pmAlt = new StringBuilder("折线图：2015年以来各年细颗粒物（PM2.5）年均浓度，单位微克每立方米：");
        StringBuilder goodAlt = new StringBuilder("折线图：2015年以来各年空气质量优良天数：");
        // the charts end with the last year that has data (a bulletin for a later year would draw
        // a row of empty years); the table lists every year up to the bulletin's
        int lastCharted = trend.stream().filter(TrendPoint::data).mapToInt(TrendPoint::year).max()
                .orElse(source.year());
        for (TrendPoint p : trend) {
            String label = String.valueOf(p.year());
            rows.add(List.of(label, Texts.number(p.pm25(), 0), Texts.number(p.goodDays(), 0), p.origin()));
            if (p.year() > lastCharted) {
                continue;
            }
            pm25.add(p.pm25().isPresent() ? ChartValue.of(label, round(p.pm25().getAsDouble())) : ChartValue.missing(label));
            good.add(p.goodDays().isPresent() ? ChartValue.of(label, p.goodDays().getAsDouble()) : ChartValue.missing(label));
            pmAlt.append(label).append("年").append(p.pm25().isPresent() ? Texts.number(p.pm25(), 0) : "无数据").append("；");
            goodAlt.append(label).append("年").append(p.goodDays().isPresent() ? Texts.number(p.goodDays(), 0) + "天" : "无数据")
                    .append("；");
        }
        boolean onlyPartYears = trend.stream().filter(p -> p.year() <= lastCharted)
                .filter(p -> p.pm25().isEmpty() || p.goodDays().isEmpty()).allMatch(p -> p.origin().startsWith("仅有"));
        String empty = onlyPartYears ? PART_OF_A_YEAR : NO_ANNUAL_VALUE;
        double pmTarget = target(FigureSeries.PM25, PM25_TARGET);
        double goodTarget = target(FigureSeries.GOOD_DAYS, GOOD_DAYS_TARGET);
        pmAlt.append("实线为规划目标").append(Texts.number(pmTarget, 0)).append("，虚线为国家二级标准35。");
        goodAlt.append("参考线为规划目标").append(Texts.number(goodTarget, 0)).append("天。");
        doc.chart(charts.yearlyTrend(new ChartText("", "年份", "PM2.5 年均浓度 μg/m³", Optional.of(empty), sample),
                        "PM2.5 年均浓度", pm25, new ReferenceLine("规划目标 ≤ " + Texts.number(pmTarget, 0), pmTarget),
                        Optional.of(new ReferenceLine("二级标准 35", 35))),
                doc.contentWidth(), 200f, pmAlt.toString(), numbers.nextFigure("PM2.5 年均浓度变化趋势", trendProvenance()));
        doc.chart(charts.yearlyTrend(new ChartText("", "年份", "优良天数 天", Optional.of(empty), sample),
                        "优良天数", good, new ReferenceLine("规划目标 ≥ " + Texts.number(goodTarget, 0), goodTarget), Optional.empty()),
                doc.contentWidth(), 200f, goodAlt.toString(), numbers.nextFigure("空气质量优良天数变化趋势", trendProvenance()));
        doc.table(new DataTable(numbers.nextTable("2015年以来 PM2.5 年均浓度与优良天数（图数据）", trendProvenance()),
                List.of("年份", "PM2.5 年均浓度（μg/m³）", "优良天数（天）", "数据来源"), rows, true,
                List.of(1f, 2f, 1.6f, 2.4f)));
    }

    /** The origins of {@code year}'s station-days, split by year once ({@link ReportSource#airOriginsByYear}). */
    private java.util.Set<org.ecokiosk.model.DataOrigin> airOrigins(int year) {
        if (airOrigins == null) {
            airOrigins = source.airOriginsByYear();
        }
        return airOrigins.getOrDefault(year, java.util.Set.of());
    }

    /** The pollutant table: judged by the year's limits under the year's evaluation method. */
    private Provenance limitsProvenance(AirYear a) {
        AnnualAirRecord r = a.record();
        return Provenance.of(source.airTablesRead(), airOrigins(r.year()),
                IndexRulesText.of(a) + "；" + limits(r) + " 限值、" + method(r) + " 方法");
    }

    private Provenance indexProvenance(AirYear a) {
        return Provenance.of(source.airTablesRead(), airOrigins(a.year()),
                IndexRulesText.forWhat(a, "首要污染物"));
    }

    private Provenance monthlyProvenance(AirYear a) {
        return Provenance.of(source.airTablesRead(), airOrigins(a.year()),
                IndexRulesText.forWhat(a, "优良天数") + "；" + method(a.record()) + " 方法（月均值）");
    }

    /** The trend: each year's figure from the series, its origin as the trend table states it. */
    private Provenance trendProvenance() {
        java.util.Set<org.ecokiosk.model.DataOrigin> origins = java.util.EnumSet.noneOf(org.ecokiosk.model.DataOrigin.class);
        boolean monitored = false;
        for (FigureSeries s : List.of(FigureSeries.PM25, FigureSeries.GOOD_DAYS)) {
            for (YearFigure f : series.of(s)) {
                if (f.year() >= ReportRequest.FIRST_YEAR && f.year() <= source.year()) {
                    origins.add(f.source().startsWith("air_day") && !f.sample()
                            ? org.ecokiosk.model.DataOrigin.IMPORTED : f.origin());
                    monitored |= f.source().startsWith("air_day");
                }
            }
        }
        List<String> read = new ArrayList<>(List.of(Provenance.rows("indicator_value", source.values().size())));
        if (monitored) {
            read.addAll(source.airTablesRead());
        }
        return Provenance.of(read, origins, "“十四五”规划专栏2目标；GB 3095-2012 二级标准（参考线）"
                + (monitored ? "；监测年份按 HJ 633、HJ 663-2013 计算" : ""));
    }

    private static String limits(AnnualAirRecord r) {
        return Provenance.limits(r.limitsId());
    }

    private static String method(AnnualAirRecord r) {
        return Provenance.standard(r.rulesId());
    }

    /**
     * What the trend shows, in words, as a 公报 says it before its charts: the first and the last
     * annual figure of each series, and why a year short of 31 December is not among them.
     */
    private String trendSummary() {
        List<TrendPoint> pm = trend.stream().filter(p -> p.pm25().isPresent()).toList();
        List<TrendPoint> good = trend.stream().filter(p -> p.goodDays().isPresent()).toList();
        List<Span> spans = new ArrayList<>();
        if (pm.size() >= 2) {
            spans.add(new Span(pm.get(0).year(), pm.get(pm.size() - 1).year(), "细颗粒物（PM2.5）年均浓度",
                    round(pm.get(0).pm25().getAsDouble()), round(pm.get(pm.size() - 1).pm25().getAsDouble()),
                    "微克/立方米", "降至", "升至"));
        }
        if (good.size() >= 2) {
            spans.add(new Span(good.get(0).year(), good.get(good.size() - 1).year(), "优良天数",
                    good.get(0).goodDays().getAsDouble(), good.get(good.size() - 1).goodDays().getAsDouble(),
                    "天", "减至", "增至"));
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            boolean sameYears = i > 0 && spans.get(i - 1).sameYears(span);
            text.append(i == 0 ? "" : sameYears ? "，" : "；").append(span.zh(!sameYears));
        }
        text.append(spans.isEmpty() ? "暂无可比较的年度数值。" : "。");
        trend.stream().filter(p -> p.pm25().isEmpty() && p.goodDays().isEmpty() && p.data()).forEach(p -> text
                .append(p.year()).append("年").append(p.origin().startsWith("仅有") ? p.origin() : "无年度值").append("。"));
        return text.append("各年数值及其来源列于图后的数据表。").toString();
    }

    /** A series from its first to its last annual figure, as the trend's summary says it. */
    private record Span(int firstYear, int lastYear, String what, double first, double last, String unit,
                        String down, String up) {
        boolean sameYears(Span other) {
            return firstYear == other.firstYear && lastYear == other.lastYear;
        }

        /** "2015–2025年，优良天数由281天增至312天"; "2015年和2025年…均为30微克/立方米" when the two are equal. */
        String zh(boolean withYears) {
            if (first == last) {
                return firstYear + "年和" + lastYear + "年" + what + "均为" + Texts.number(last, 0) + unit;
            }
            return (withYears ? firstYear + "–" + lastYear + "年，" : "") + what + "由" + Texts.number(first, 0) + unit
                    + (last < first ? down : up) + Texts.number(last, 0) + unit;
        }
    }

    /** The plan's 2025 target of a series, or the printed figure when the snapshot lacks the indicator. */
    private double target(FigureSeries which, double printed) {
        return series.indicator(which.indicator()).flatMap(i -> i.target().number()).map(BigDecimal::doubleValue)
                .orElse(printed);
    }

    /** Each year's figures from the series the plan table and the kiosk read too (annual figures only). */
    private static List<TrendPoint> trend(int year, PlanSeries series) {
        List<YearFigure> pm25 = series.of(FigureSeries.PM25);
        List<YearFigure> good = series.of(FigureSeries.GOOD_DAYS);
        List<TrendPoint> points = new ArrayList<>();
        for (int y = ReportRequest.FIRST_YEAR; y <= year; y++) {
            Optional<YearFigure> pm = of(pm25, y);
            Optional<YearFigure> g = of(good, y);
            boolean sample = pm.map(YearFigure::sample).orElse(false) || g.map(YearFigure::sample).orElse(false);
            Optional<YearCoverage> partial = pm.isEmpty() && g.isEmpty()
                    ? series.airCoverage(y).filter(c -> !c.wholeYear()) : Optional.empty();
            // a year with data short of 31 December has no annual figure: said, not left as 无数据
            String origin = partial.map(c -> "仅有" + c.monthsZh() + "数据，不作年度值").orElse(origin(pm, g));
            points.add(new TrendPoint(y, pm.map(YearFigure::number).orElse(OptionalDouble.empty()),
                    g.map(YearFigure::number).orElse(OptionalDouble.empty()), origin, sample,
                    pm.isPresent() || g.isPresent() || series.airCoverage(y).isPresent()));
        }
        return points;
    }

    private static Optional<YearFigure> of(List<YearFigure> series, int year) {
        return series.stream().filter(f -> f.year() == year).findFirst();
    }

    /**
     * The row's origin: one word when both figures share it, else each figure's own — a year whose
     * good days were published while its PM2.5 is sample monitoring must not call both sample.
     */
    private static String origin(Optional<YearFigure> pm, Optional<YearFigure> good) {
        Optional<String> p = pm.map(AirChapter::origin);
        Optional<String> g = good.map(AirChapter::origin);
        if (p.isPresent() && g.isPresent() && !p.get().equals(g.get())) {
            return "PM2.5：" + p.get() + "；优良天数：" + g.get();
        }
        return p.or(() -> g).orElse("无数据");
    }

    private static String origin(YearFigure f) {
        String kind = f.source().startsWith("air_day") ? "监测数据" : switch (f.origin()) {
            case PLAN -> "规划文本";
            case PUBLISHED -> "公开发布数据";
            default -> "指标数据";
        };
        return f.sample() ? kind + "（示例）" : kind;
    }

    private static double round(double v) {
        return Double.parseDouble(Texts.number(v, 0));
    }
}
