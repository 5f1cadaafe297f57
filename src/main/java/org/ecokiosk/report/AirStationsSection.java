package org.ecokiosk.report;

import java.util.ArrayList;
import java.util.List;
import org.ecokiosk.evaluation.air.AirEvaluation;
import org.ecokiosk.evaluation.air.AirYear;
import org.ecokiosk.evaluation.air.CompositeIndex;
import org.ecokiosk.model.Station;
import org.ecokiosk.report.pdf.ArchivalPdf;
import org.ecokiosk.report.pdf.DataTable;

/** Each monitoring station's year, by the same rules as the district's ({@link AirEvaluation#stations}). */
final class AirStationsSection {
    private AirStationsSection() {
    }

    static void write(ArchivalPdf doc, Numbering numbers, String heading, ReportSource source, AirYear district,
                      PeriodLabels labels, Provenance provenance) {
        doc.h3(heading);
        List<AirYear> stations = AirEvaluation.stations(district.year(), source.airDays(), source.o3Peaks());
        if (stations.size() <= 1) {
            doc.paragraph(labels.current() + "参与评价的监测点位共" + stations.size() + "个"
                    + stations.stream().map(s -> "，即" + name(source, s)).findFirst().orElse("")
                    + "；全区结果即该点位的结果，见上文各表。");
            return;
        }
        doc.paragraph("全区数值为各监测点位有效日均值的算术平均。" + labels.current() + "参与评价的监测点位共"
                + stations.size() + "个，各点位结果如下。");
        List<List<String>> rows = new ArrayList<>();
        for (AirYear s : stations) {
            rows.add(List.of(name(source, s), String.valueOf(s.record().aqiDays()),
                    String.valueOf(s.goodDays()),
                    s.record().goodRatio().isPresent() ? Texts.percent(s.record().goodRatio().getAsDouble(), 1) : Texts.NO_VALUE,
                    String.valueOf(s.heavyPollutionDays()), Texts.number(s.pm25Reported(), 0),
                    Texts.number(s.record().o3Max8hP90().value(), 0),
                    s.compositeIndex().map(CompositeIndex::total).map(t -> Texts.number(t, 2)).orElse(Texts.NO_VALUE)));
        }
        doc.table(new DataTable(numbers.nextTable(labels.current() + "各监测点位空气质量", provenance),
                List.of("监测点位", "有效天数", "优良天数", "优良天数比例", "重污染天数",
                        "PM2.5 " + (labels.partial() ? "平均" : "年均") + "（μg/m³）",
                        "O3 8小时第90百分位（μg/m³）", "综合指数"), rows, true,
                List.of(2.2f, 1f, 1f, 1.2f, 1.1f, 1.3f, 1.6f, 1f)));
    }

    private static String name(ReportSource source, AirYear s) {
        return source.stations().stream().filter(st -> st.code().equals(s.station())).findFirst()
                .map(Station::name).map(n -> n.zh()).map(n -> s.sample() && !n.contains("示例") ? n + "（示例）" : n)
                .orElse(s.station() + (s.sample() ? "（示例）" : ""));
    }
}
