package org.ecokiosk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ecokiosk.evaluation.YearOnYear;
import org.ecokiosk.evaluation.air.AirYear;
import org.ecokiosk.evaluation.air.CompositeIndex;
import org.ecokiosk.report.pdf.ArchivalPdf;
import org.ecokiosk.report.pdf.DataTable;
import org.ecokiosk.standards.air.Pollutant;

/** 环境空气质量综合指数 from {@link CompositeIndex}: each pollutant's Ci / Si and the sum, beside last year's. */
final class AirCompositeSection {
    private AirCompositeSection() {
    }

    static void write(ArchivalPdf doc, Numbering numbers, String heading, AirYear a, PeriodLabels labels,
                      Optional<AirYear> previous, String noPrevious, Provenance provenance) {
        doc.h3(heading);
        Optional<CompositeIndex> index = a.compositeIndex();
        if (index.isEmpty()) {
            doc.paragraph(labels.current() + "六项污染物中有未监测的项目，无法计算环境空气质量综合指数。");
            return;
        }
        CompositeIndex i = index.get();
        Optional<CompositeIndex> last = previous.flatMap(AirYear::compositeIndex);
        YearOnYear change = YearOnYear.of(OptionalDouble.of(i.total()),
                last.map(l -> OptionalDouble.of(l.total())).orElse(OptionalDouble.empty()));
        doc.paragraph(labels.current() + "全区环境空气质量综合指数为" + Texts.number(i.total(), 2)
                + (last.isPresent() ? (labels.partial() ? "，上年同期为" : "，上年为") + Texts.number(last.get().total(), 2) + "，同比" + YearOnYearText.relative(change, 2)
                        : "（" + noPrevious + "，不作同比）")
                + "。" + last.map(l -> limitsOfBoth(i, l, labels)).orElse("")
                + "单项指数最大的是" + i.largest().nameZh() + "（" + i.largest().code() + "）。综合指数越大，空气质量越差"
                + (labels.partial() ? "；未满全年，不是年度综合指数。"
                        : i.complete() ? "。" : "；部分污染物的有效天数不足，指数仅供参考。"));
        List<List<String>> rows = new ArrayList<>();
        for (Pollutant p : CompositeIndex.POLLUTANTS) {
            var s = CompositeIndex.statistic(a.record(), p);
            int decimals = p == Pollutant.CO ? 1 : 0;
            rows.add(List.of(p.nameZh() + "（" + p.code() + "）", Texts.number(s.value(), decimals),
                    Texts.number(i.limits().get(p), decimals), Texts.number(i.single().get(p), 2),
                    last.map(l -> Texts.number(l.single().get(p), 2)).orElse(Texts.NO_VALUE)));
        }
        rows.add(List.of("综合指数", "", "", Texts.number(i.total(), 2),
                last.map(l -> Texts.number(l.total(), 2)).orElse(Texts.NO_VALUE)));
        doc.table(new DataTable(numbers.nextTable(labels.current() + "环境空气质量综合指数", provenance),
                List.of("污染物", "评价浓度 Ci", "二级标准 Si", "单项指数 Ii", labels.previous() + "单项指数"), rows, true,
                List.of(2.4f, 1.3f, 1.3f, 1.3f, 1.5f)));
        doc.smallPrint("计算方法：综合指数为六项污染物单项指数之和，单项指数 Ii = Ci ÷ Si；SO2、NO2、PM10、PM2.5 取"
                + (labels.partial() ? "该时段平均浓度，" : "年平均浓度，")
                + "CO 取日均值第95百分位数，O3 取日最大8小时平均第90百分位数；Si 为该年适用的 "
                + Provenance.limits(i.limitsId()) + " 二级浓度限值（CO、O3 取24小时、8小时限值）"
                + last.filter(l -> !l.limitsId().equals(i.limitsId()))
                        .map(l -> "，" + labels.previous() + "单项指数按 " + Provenance.limits(l.limitsId()) + " 计算")
                        .orElse("")
                + "。CO 单位 mg/m³，其余 μg/m³。");
    }

    /**
     * Each year's index is judged under that year's own limits (the evaluation layer's choice, named
     * by {@link CompositeIndex#limitsId()}); where they differ, the 同比 mixes a change of the
     * standard with a change of the air, and the text names the pollutants whose Si changed.
     */
    private static String limitsOfBoth(CompositeIndex current, CompositeIndex previous, PeriodLabels labels) {
        String currentName = Provenance.limits(current.limitsId());
        if (current.limitsId().equals(previous.limitsId())) {
            return (labels.partial() ? "两个时段" : "两年") + "均按 " + currentName + " 二级浓度限值计算。";
        }
        List<String> changed = new ArrayList<>();
        for (Pollutant p : current.limitsChangedFrom(previous)) {
            int decimals = p == Pollutant.CO ? 1 : 0;
            changed.add(p.code() + " 由 " + Texts.number(previous.limits().get(p), decimals) + " 改为 "
                    + Texts.number(current.limits().get(p), decimals));
        }
        return (labels.partial() ? "两个时段" : "两年") + "的综合指数各按当年适用的标准计算：" + labels.current() + "按 " + currentName + "，" + labels.previous() + "按 "
                + Provenance.limits(previous.limitsId()) + (changed.isEmpty() ? "" : "，二级浓度限值 " + String.join("、", changed))
                + "；同比变化中含限值变化的影响，不全是空气质量的变化。";
    }
}
