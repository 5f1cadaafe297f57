package org.ecokiosk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ecokiosk.evaluation.YearOnYear;
import org.ecokiosk.evaluation.air.AirYear;
import org.ecokiosk.report.pdf.ArchivalPdf;
import org.ecokiosk.report.pdf.DataTable;
import org.ecokiosk.standards.air.AqiLevel;

/** 优 / 良 / 轻度 / 中度 / 重度 / 严重污染 days of the year beside last year's, with 优良 and 重污染 totals. */
final class AirLevelsSection {
    private AirLevelsSection() {
    }

    static void write(ArchivalPdf doc, Numbering numbers, String heading, AirYear a, PeriodLabels labels,
                      Optional<AirYear> previous, String noPrevious, Provenance provenance) {
        doc.h3(heading);
        int counted = a.record().aqiDays();
        List<List<String>> rows = new ArrayList<>();
        for (AqiLevel level : AqiLevel.values()) {
            rows.add(row(level.levelZh() + "（" + level.categoryZh() + "）", a.daysAt(level), counted,
                    previous.map(p -> p.daysAt(level)), noPrevious));
        }
        rows.add(row("优良天数合计", a.goodDays(), counted, previous.map(AirYear::goodDays), noPrevious));
        rows.add(row("重污染天数（重度及以上）", a.heavyPollutionDays(), counted, previous.map(AirYear::heavyPollutionDays),
                noPrevious));
        doc.paragraph(labels.current() + "有效监测" + counted + "天，按 " + IndexRulesText.of(a) + " 的空气质量指数级别统计如下；重污染天数为空气质量指数大于200"
                + "（重度污染和严重污染）的天数" + (a.year() >= org.ecokiosk.evaluation.plan.PlanPeriod.FIRST_YEAR
                        ? "，减少重污染天数是“十四五”规划的目标之一。"
                        // a year before the plan period was not under this plan's objectives
                        : "。"));
        doc.table(new DataTable(numbers.nextTable(labels.current() + "空气质量级别天数及同比", provenance),
                List.of("级别", labels.current() + "天数", "占有效天数比例", labels.previous() + "天数", "同比"), rows, true,
                List.of(2.6f, 1.1f, 1.4f, 1.1f, 1.4f)));
    }

    private static List<String> row(String name, int days, int counted, Optional<Integer> last, String noPrevious) {
        return List.of(name, String.valueOf(days), counted == 0 ? Texts.NO_VALUE : Texts.percent((double) days / counted, 1),
                last.map(String::valueOf).orElse(Texts.NO_VALUE),
                last.map(l -> YearOnYearText.days(YearOnYear.of(days, OptionalDouble.of(l)))).orElse(noPrevious));
    }
}
