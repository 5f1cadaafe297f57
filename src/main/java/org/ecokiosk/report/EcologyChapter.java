package org.ecokiosk.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ecokiosk.evaluation.YearFigure;
import org.ecokiosk.evaluation.YearOnYear;
import org.ecokiosk.evaluation.plan.PlanSeries;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.IndicatorValue;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.report.pdf.ArchivalPdf;
import org.ecokiosk.report.pdf.DataTable;

/**
 * 生态保护红线、自然保护地、土壤与固体废物: the plan's indicators of these topics, each with the
 * figure of the year (or the newest before it, with its year), last year's, 同比 and where the
 * figure comes from — the plan's own text, imported or published data, or sample data. The
 * figures are the plan series every report and the kiosk read ({@link PlanSeries}).
 */
final class EcologyChapter {
    /** A topic of the chapter and the plan rows it reports, in the plan's order. */
    record Topic(String title, List<String> codes) {
    }

    static final List<Topic> TOPICS = List.of(
            new Topic("生态保护红线与自然保护地", List.of("zl2-01", "zl1-01", "zl2-03")),
            new Topic("土壤环境", List.of("zl2-16", "zl2-17", "zl1-22")),
            new Topic("固体废物", List.of("zl2-18", "zl1-30", "zl1-13", "txt-waste-recycling")));

    private final int year;
    private final PlanSeries series;
    private final List<IndicatorValue> values;
    private final int valuesRead;
    private final int indicatorsRead;
    private boolean sample;

    EcologyChapter(ReportSource source, PlanSeries series) {
        this.year = source.year();
        this.series = series;
        this.values = source.values();
        this.valuesRead = source.values().size();
        this.indicatorsRead = source.indicators().size();
        for (Topic t : TOPICS) {
            for (String code : t.codes()) {
                series.indicator(code).ifPresent(i -> sample |= shown(i).stream().anyMatch(YearFigure::sample));
            }
        }
    }

    boolean usesSample() {
        return sample;
    }

    void write(ArchivalPdf doc, Numbering numbers, String chapterHeading) {
        doc.h2(chapterHeading);
        doc.paragraph("本章按《重庆市沙坪坝区生态环境保护“十四五”规划》的指标，列出生态保护红线、自然保护地、土壤环境和固体废物的"
                + "目标与最新数值。表中“数据来源”说明每个数值出自规划文本、公开发布数据还是监测数据；没有数值的指标如实注明。");
        SubHeadings sub = new SubHeadings();
        for (Topic t : TOPICS) {
            List<PlanIndicator> indicators = t.codes().stream().map(series::indicator).flatMap(Optional::stream).toList();
            doc.h3(sub.next(t.title()));
            if (indicators.isEmpty()) {
                doc.paragraph("尚无本项规划指标。");
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            List<String> planNotes = new ArrayList<>();
            Set<DataOrigin> origins = EnumSet.noneOf(DataOrigin.class);
            for (PlanIndicator i : indicators) {
                List<YearFigure> figures = series.of(i);
                Optional<YearFigure> now = at(figures, year);
                // the value progress is judged on (as in the plan table): never the 2020 baseline
                Optional<YearFigure> latest = series.newestAfterBaseline(i, year);
                Optional<YearFigure> baseline = PlanSeries.baseline(i);
                Optional<YearFigure> last = at(figures, year - 1);
                latest.ifPresent(f -> origins.add(f.origin()));
                last.ifPresent(f -> origins.add(f.origin()));
                String target = i.target().isEmpty() ? Texts.NO_VALUE
                        // the sign stays with its number (no break space), the target year on a line of its own
                        : PlanProgressTables.targetAsPrinted(i).replace(' ', '\u00a0')
                                + (i.targetYear() > 0 ? "\n（" + i.targetYear() + "年）" : "");
                String value = latest.map(f -> f.value().display() + (f.year() == year ? "" : "（" + f.year() + "年）"))
                        // a baseline later than the bulletin's year is no context for it (2016 and the 2020 baseline)
                        .orElse(baseline.filter(b -> b.year() <= year)
                                .map(b -> "无数据（" + b.year() + "年基线" + b.value().display() + "）")
                                .orElse("无数据"));
                String change = now.isEmpty() ? "本年无数据" : last.isEmpty() ? YearOnYearText.NO_PREVIOUS
                        : now.get().number().isPresent() && last.get().number().isPresent()
                        ? YearOnYearText.relative(YearOnYear.of(now.get().number(), last.get().number()), 1)
                        : now.get().value().display().equals(last.get().value().display()) ? "持平" : "不可比";
                latest.filter(f -> f.origin() == DataOrigin.PLAN).flatMap(f -> planNote(i, f))
                        .ifPresent(note -> planNotes.add(i.name().zh() + "（" + latest.get().year() + "年"
                                + latest.get().value().display() + "）：" + note));
                rows.add(List.of(i.name().zh(), i.unit(), target, value,
                        last.map(f -> f.value().display()).orElse(Texts.NO_VALUE), change,
                        latest.map(EcologyChapter::origin).orElse(Texts.NO_VALUE)));
            }
            doc.table(new DataTable(numbers.nextTable(year + "年" + t.title() + "指标", Provenance.of(
                    List.of(Provenance.rows("indicator", indicatorsRead), Provenance.rows("indicator_value", valuesRead)),
                    origins, "“十四五”规划专栏2、“十三五”专栏1指标口径")),
                    List.of("指标", "单位", "规划目标", year + "年数值", (year - 1) + "年", "同比", "数据来源"), rows, true,
                    List.of(2.6f, 0.7f, 1.7f, 1.8f, 0.9f, 1.4f, 1.2f)));
            // what the plan's table says about its own figure (an asterisk and its note), printed under the table
            planNotes.forEach(doc::footnote);
        }
        doc.smallPrint("说明：规划目标栏的年份为目标年（“十三五”专栏1为2020年，“十四五”专栏2为2025年）；本年无数值时列出此前最新的数值并注明年份；“十四五”指标2020年的基线值只作基线列出，不作最新数值。");
    }

    /** The note the plan's table gives its own figure of that year ("15.26*": not yet approved), if any. */
    private Optional<String> planNote(PlanIndicator i, YearFigure f) {
        return values.stream()
                .filter(v -> v.indicatorCode().equals(i.code()) && v.year() == f.year() && v.origin() == DataOrigin.PLAN)
                .map(v -> v.note().zh().strip()).filter(n -> !n.isEmpty()).findFirst();
    }

    private List<YearFigure> shown(PlanIndicator i) {
        List<YearFigure> figures = series.of(i);
        List<YearFigure> out = new ArrayList<>();
        series.newestAfterBaseline(i, year).ifPresent(out::add);
        at(figures, year - 1).ifPresent(out::add);
        return out;
    }

    private static Optional<YearFigure> at(List<YearFigure> figures, int year) {
        return figures.stream().filter(f -> f.year() == year).findFirst();
    }

    private static String origin(YearFigure f) {
        return f.origin() == DataOrigin.PLAN ? "规划文本" : Provenance.label(f.origin());
    }
}
