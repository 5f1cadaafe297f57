package org.ecokiosk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.evaluation.air.AirEvaluation;
import org.ecokiosk.evaluation.air.AirYear;
import org.ecokiosk.evaluation.air.CompositeIndex;
import org.ecokiosk.evaluation.air.GoodDaysSoFar;
import org.ecokiosk.evaluation.plan.PlanProgress;
import org.ecokiosk.kiosk.viewmodel.AirViewModel;
import org.ecokiosk.kiosk.viewmodel.YearValue;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.O3HourPeak;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.snapshot.TestSnapshots;
import org.ecokiosk.standards.air.AqiLevel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulletin's air sentences and tables — level days 优 … 严重污染, 优良 and 重污染天数, the
 * 环境空气质量综合指数 and 同比 — print what the evaluation layer computes from the same snapshot,
 * and what the kiosk's air screen shows (its yearly good days and PM2.5, and its good days so far
 * for a year still running). On the test content's sample series, 2015 to 31 October 2026: a whole
 * year (2025, against 2024) and a year whose data end before 31 December (2026, 1–10月, against
 * 1–10月 2025 and never called annual).
 */
class BulletinAirFiguresTest {
    @TempDir
    static Path dir;
    private static Path snapshot;
    private static List<AirDay> days;
    private static List<O3HourPeak> peaks;
    private static AirViewModel.Data kiosk;

    @BeforeAll
    static void snapshotAndKiosk() throws Exception {
        snapshot = TestSnapshots.fromContent(dir);
        try (SnapshotReader reader = SnapshotReader.open(snapshot)) {
            LocalDate from = LocalDate.of(AirViewModel.FIRST_YEAR, 1, 1);
            LocalDate to = LocalDate.of(2999, 12, 31);
            days = reader.airDays(Optional.empty(), from, to);
            peaks = reader.o3HourPeaks(from, to);
            // as the air screen reads the snapshot (AirViewModel.query)
            kiosk = AirViewModel.compute(new AirViewModel.Raw(days.stream().map(AirDay::date).max(LocalDate::compareTo),
                    days, peaks, reader.stations(), reader.indicators(), reader.indicatorValues(), List.of(),
                    reader.publishedFigures()));
        }
    }

    private static AirChapter chapter(int year) throws Exception {
        try (SnapshotReader reader = SnapshotReader.open(snapshot)) {
            ReportSource source = ReportSource.load(reader, year);
            return new AirChapter(source, new PlanProgress(source.planData()).series());
        }
    }

    private static String bulletin(int year) throws Exception {
        return ReportPdfText.bulletin(snapshot, year);
    }

    private static double kioskYear(AirViewModel.Series series, int year) {
        return series.years().stream().filter(v -> v.year() == year).findFirst().flatMap(v -> v.value().isPresent()
                ? Optional.of(v.value().getAsDouble()) : Optional.<Double>empty()).orElseThrow();
    }

    /** "增加3天" / "减少3天" / "持平", computed here from the two counts. */
    private static String daysChange(int now, int before) {
        return now > before ? "增加" + (now - before) + "天" : now < before ? "减少" + (before - now) + "天" : "持平";
    }

    private static String percent(int part, int whole) {
        return new java.math.BigDecimal(part * 100.0 / whole).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }

    @Test
    void aWholeYearPrintsTheEvaluationsFiguresAndTheKiosksYears() throws Exception {
        int year = 2025;
        AirYear evaluated = AirEvaluation.district(year, days, peaks).orElseThrow();
        AirYear last = AirEvaluation.district(year - 1, days, peaks).orElseThrow();
        AirChapter air = chapter(year);
        assertFalse(air.labels().partial());
        AirYear printed = air.air().orElseThrow();
        assertEquals(evaluated.record().aqiDays(), printed.record().aqiDays());
        for (AqiLevel level : AqiLevel.values()) {
            assertEquals(evaluated.daysAt(level), printed.daysAt(level), level.name());
        }
        assertEquals(evaluated.goodDays(), evaluated.daysAt(AqiLevel.LEVEL_1) + evaluated.daysAt(AqiLevel.LEVEL_2));
        assertEquals(last.goodDays(), air.previous().orElseThrow().goodDays(), "同比 compares with last year's count");

        // the kiosk's air screen shows the same yearly figures, this year's and last year's
        assertEquals(evaluated.goodDays(), kioskYear(kiosk.goodDays(), year), 1e-9, "good days on the kiosk");
        assertEquals(last.goodDays(), kioskYear(kiosk.goodDays(), year - 1), 1e-9, "last year's good days on the kiosk");
        assertEquals(evaluated.pm25Reported().getAsDouble(), kioskYear(kiosk.pm25(), year), 1e-9, "PM2.5 on the kiosk");

        String text = bulletin(year);
        String composite = String.format("%.2f", evaluated.compositeIndex().map(CompositeIndex::total).orElseThrow());
        assertTrue(text.contains(year + "年，全区环境空气质量优良天数" + evaluated.goodDays() + "天（同比"
                + daysChange(evaluated.goodDays(), last.goodDays()) + "），重污染天数" + evaluated.heavyPollutionDays() + "天"), text);
        assertTrue(text.contains("环境空气质量综合指数" + composite), "composite index " + composite);
        assertTrue(text.contains("全年重污染天数（空气质量指数大于200）" + evaluated.heavyPollutionDays() + "天，上年"
                + last.heavyPollutionDays() + "天"));
        int counted = evaluated.record().aqiDays();
        for (AqiLevel level : AqiLevel.values()) {
            String row = level.levelZh() + "（" + level.categoryZh() + "）" + evaluated.daysAt(level)
                    + percent(evaluated.daysAt(level), counted) + last.daysAt(level)
                    + daysChange(evaluated.daysAt(level), last.daysAt(level));
            assertTrue(text.contains(row), "level row " + row);
        }
        assertTrue(text.contains("优良天数合计" + evaluated.goodDays() + percent(evaluated.goodDays(), counted)
                + last.goodDays() + daysChange(evaluated.goodDays(), last.goodDays())));
    }

    @Test
    void aYearEndingBefore31DecemberIsLabelledByItsMonthsAndComparedWithTheSamePeriod() throws Exception {
        int year = 2026;
        AirChapter air = chapter(year);
        LocalDate through = air.coverage().orElseThrow().lastDate();
        assertTrue(through.isBefore(LocalDate.of(year, 12, 31)), "the test content's air ends before 31 December: " + through);
        assertTrue(air.labels().partial());
        String period = air.labels().current();
        assertEquals(year + "年1–" + through.getMonthValue() + "月", period);

        AirYear evaluated = AirEvaluation.district(year, days, peaks).orElseThrow();
        LocalDate samePeriod = through.withYear(year - 1);
        AirYear last = AirEvaluation.district(year - 1, days.stream().filter(d -> !d.date().isAfter(samePeriod)).toList(),
                peaks).orElseThrow();
        assertEquals(last.goodDays(), air.previous().orElseThrow().goodDays(), "同比 against the same months last year");
        assertTrue(last.goodDays() < AirEvaluation.district(year - 1, days, peaks).orElseThrow().goodDays());

        // the kiosk's "good days so far" is the bulletin's count for the same period
        GoodDaysSoFar soFar = kiosk.goodDaysSoFar().orElseThrow();
        assertEquals(through, soFar.through());
        assertEquals(evaluated.goodDays(), soFar.goodDays());
        assertEquals(evaluated.record().aqiDays(), soFar.countedDays());
        // and neither shows a yearly figure for it
        assertTrue(kiosk.goodDays().years().stream().filter(v -> v.year() == year).map(YearValue::value)
                .allMatch(java.util.OptionalDouble::isEmpty));

        String text = bulletin(year);
        assertTrue(text.contains(period + "，全区环境空气质量优良天数" + evaluated.goodDays() + "天（较上年同期"
                + daysChange(evaluated.goodDays(), last.goodDays()) + "）"), text);
        assertTrue(text.contains(period + "空气质量级别天数及同比"));
        assertTrue(text.contains("优良天数合计" + evaluated.goodDays() + percent(evaluated.goodDays(), evaluated.record().aqiDays())
                + last.goodDays() + daysChange(evaluated.goodDays(), last.goodDays())));
        assertTrue(text.contains("仅有1–" + through.getMonthValue() + "月数据，不作年度值"), "trend row of " + year);
        assertFalse(text.contains(year + "年，全区环境空气质量优良天数"), "never as a year");
        assertFalse(text.contains(year + "年主要污染物浓度"), "never as a year");
        assertFalse(text.contains("细颗粒物（PM2.5）年均浓度为"), "a part of a year has no annual mean");
    }

    /**
     * Each period's composite index is judged under its own year's limits, as the evaluation layer
     * chose them: where the 同比 is printed the text names both and says the change mixes the
     * standard with the air (2026 against 2025: GB 3095-2026 against GB 3095-2012), or that both
     * used the same (2025 against 2024).
     */
    @Test
    void theCompositeIndexNamesTheLimitsEachPeriodWasJudgedBy() throws Exception {
        AirChapter partial = chapter(2026);
        CompositeIndex now = partial.air().orElseThrow().compositeIndex().orElseThrow();
        CompositeIndex before = partial.previous().orElseThrow().compositeIndex().orElseThrow();
        assertFalse(now.limitsId().equals(before.limitsId()), "the test content spans the change of limits");
        String text = bulletin(2026);
        String compared = text.substring(text.indexOf("环境空气质量综合指数为"));
        compared = compared.substring(0, compared.indexOf("单项指数最大的是"));
        assertTrue(compared.contains("同比") && compared.contains(ReportTexts.squeeze(partial.labels().current() + "按 "
                + Provenance.limits(now.limitsId()) + "，" + partial.labels().previous() + "按 " + Provenance.limits(before.limitsId()))),
                compared);
        assertTrue(compared.contains("同比变化中含限值变化的影响"), compared);

        AirChapter whole = chapter(2025);
        CompositeIndex year = whole.air().orElseThrow().compositeIndex().orElseThrow();
        assertEquals(year.limitsId(), whole.previous().orElseThrow().compositeIndex().orElseThrow().limitsId());
        assertTrue(bulletin(2025).contains(ReportTexts.squeeze("两年均按 " + Provenance.limits(year.limitsId()) + " 二级浓度限值计算")));
    }

    @Test
    void ecologyTargetsPrintInThePlansNotation() throws Exception {
        // 专栏2 rows 1 and 16: "生态保护红线面积不少于4628公顷", "受污染耕地安全利用率 ≥ 95%"
        String text = bulletin(2025).replace("\u00a0", "");
        assertTrue(text.contains("生态保护红线面积公顷≥4628（2025年）"), "red-line target");
        assertTrue(text.contains("受污染耕地安全利用率%≥95（2025年）"), "soil target");
        // the plan prints its 2020 share of the red line as "15.26*": its note goes with the figure
        assertTrue(text.contains("生态保护红线占幅员面积的比例（2020年15.26）：原表实际值为“15.26*”；表注1：*生态保护红线优化调整"),
                "the plan's note on its own figure");
    }
}
