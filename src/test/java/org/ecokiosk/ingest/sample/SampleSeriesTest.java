package org.ecokiosk.ingest.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ecokiosk.ingest.SnapshotBuilds;
import org.ecokiosk.evaluation.air.DistrictDays;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.IndicatorValue;
import org.ecokiosk.model.SnapshotMeta;
import org.ecokiosk.model.WaterSample;
import org.ecokiosk.model.WaterSection;
import org.ecokiosk.snapshot.SnapshotContent;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.standards.air.Pollutant;
import org.ecokiosk.standards.air.evaluation.AnnualAirEvaluator;
import org.ecokiosk.standards.air.evaluation.AnnualAirRecord;
import org.ecokiosk.standards.water.WaterBodyType;
import org.ecokiosk.standards.water.WaterClass;
import org.ecokiosk.standards.water.WaterClassifier;
import org.ecokiosk.standards.water.WaterParameter;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleSeriesTest {
    static final Path CONTENT = Fixtures.content();
    static SnapshotContent content;
    static List<AirDay> days;

    @BeforeAll
    static void load() throws Exception {
        content = SnapshotBuilds.contentOf(CONTENT);
        days = content.airDays().stream().filter(d -> d.station().equals("SPB-SAMPLE")).toList();
    }

    /** The plan's own figures, as the test content's data/indicator_values.csv states them (origin plan). */
    private static BigDecimal plan(String code, int year) {
        return content.indicatorValues().stream().filter(v -> v.indicatorCode().equals(code) && v.year() == year
                        && !v.origin().isSample()).map(v -> v.value().number().orElseThrow()).findFirst().orElseThrow();
    }

    private static AnnualAirRecord evaluate(int year) {
        return AnnualAirEvaluator.evaluate("SPB-SAMPLE", year, days.stream().filter(d -> d.date().getYear() == year)
                .map(d -> DistrictDays.ofStation(d, List.of()).dailyValues()).toList());
    }

    @Test
    void yearsOfThePlanAgreeExactlyUnderHj663() {
        for (int year : List.of(2015, 2020)) {
            AnnualAirRecord r = evaluate(year);
            assertEquals(plan("txt-good-days", year).intValueExact(), r.goodDays(), "good days " + year);
            assertEquals(plan("txt-pm25", year).doubleValue(),
                    r.annualMeans().get(Pollutant.PM2_5).value().orElseThrow(), 1e-9, "PM2.5 " + year);
            assertTrue(r.annualMeans().get(Pollutant.PM2_5).valid());
            assertEquals(r.days(), r.aqiDays(), "every sample day has all six pollutants");
        }
    }

    @Test
    void path2021To2025MeetsThePlanTargetsAndWinterIsWorseThanSummer() {
        for (int year = 2021; year <= 2025; year++) {
            AnnualAirRecord r = evaluate(year);
            assertTrue(r.goodDays() >= 300, "good days " + year);
            assertTrue(r.annualMeans().get(Pollutant.PM2_5).value().orElseThrow() <= 34, "PM2.5 " + year);
        }
        double january = days.stream().filter(d -> d.date().getMonthValue() == 1).mapToDouble(AirDay::pm25).average()
                .orElseThrow();
        double july = days.stream().filter(d -> d.date().getMonthValue() == 7).mapToDouble(AirDay::pm25).average()
                .orElseThrow();
        double julyO3 = days.stream().filter(d -> d.date().getMonthValue() == 7).mapToDouble(AirDay::o3max8h).average()
                .orElseThrow();
        double januaryO3 = days.stream().filter(d -> d.date().getMonthValue() == 1).mapToDouble(AirDay::o3max8h)
                .average().orElseThrow();
        assertTrue(january > 2 * july && julyO3 > 2 * januaryO3);
    }

    /**
     * The sample years' good days and PM2.5 have one home: the evaluation layer derives them from
     * the sample days, as it does from imported ones. The generator writes no yearly values of its
     * own that could disagree with what the kiosk and the reports compute.
     */
    @Test
    void yearlySampleFiguresAreDerivedByTheEvaluationLayerNotWrittenTwice() {
        assertTrue(content.indicatorValues().stream().noneMatch(v -> v.origin().isSample()
                && List.of("zl2-08", "zl2-09", "txt-good-days", "txt-pm25").contains(v.indicatorCode())),
                "no stored sample yearly air figure");
        org.ecokiosk.evaluation.plan.PlanSeries series = new org.ecokiosk.evaluation.plan.PlanSeries(
                new org.ecokiosk.evaluation.plan.PlanData(content.indicators(), content.indicatorValues(),
                        content.greenMetrics(), content.waterSections(), content.waterSamples(),
                        content.noiseReadings(), content.airDays(), List.of()));
        Map<Integer, org.ecokiosk.evaluation.YearFigure> good = series.of(
                org.ecokiosk.evaluation.plan.FigureSeries.GOOD_DAYS).stream()
                .collect(Collectors.toMap(org.ecokiosk.evaluation.YearFigure::year, f -> f));
        for (int year = 2021; year <= 2025; year++) {
            assertTrue(good.get(year).sample(), "sample-marked " + year);
            assertEquals(evaluate(year).goodDays(), good.get(year).value().number().orElseThrow().intValueExact(),
                    "good days " + year);
        }
        assertEquals(org.ecokiosk.model.DataOrigin.PLAN, good.get(2020).origin(), "the plan's own figure where it gives one");
        Map<Integer, org.ecokiosk.evaluation.YearFigure> pm25 = series.of(
                org.ecokiosk.evaluation.plan.FigureSeries.PM25).stream()
                .collect(Collectors.toMap(org.ecokiosk.evaluation.YearFigure::year, f -> f));
        assertEquals(Math.round(evaluate(2025).annualMeans().get(Pollutant.PM2_5).value().orElseThrow()),
                pm25.get(2025).value().number().orElseThrow().longValueExact());
    }

    @Test
    void waterSamplesHaveTheClassesThePlanStates() {
        Map<String, WaterSection> sections = content.waterSections().stream()
                .collect(Collectors.toMap(WaterSection::code, s -> s));
        Map<String, WaterClass> expected = Map.of("ws-jialing", WaterClass.II, "ws-liangtan-xixiqiao", WaterClass.IV,
                "ws-puzhaosi", WaterClass.III, "ws-wuyun", WaterClass.IV);
        for (WaterSample s : content.waterSamples()) {
            if (!expected.containsKey(s.section())) {
                continue;
            }
            Map<WaterParameter, Double> values = new java.util.EnumMap<>(WaterParameter.class);
            s.parameters().forEach((k, v) -> values.put(WaterParameter.fromCode(k).orElseThrow(), v));
            WaterBodyType body = sections.get(s.section()).body().isStillWater() ? WaterBodyType.LAKE_OR_RESERVOIR
                    : WaterBodyType.RIVER;
            assertEquals(expected.get(s.section()), WaterClassifier.assess(values, body).orElseThrow().waterClass(),
                    s.section() + " " + s.date());
        }
    }

    @Test
    void sameContentGivesTheSameContentHash(@TempDir Path dir) throws Exception {
        SnapshotMeta a = SnapshotBuilds.fromContent(CONTENT, dir.resolve("a.sqlite"), Instant.EPOCH);
        SnapshotMeta b = SnapshotBuilds.fromContent(CONTENT, dir.resolve("b.sqlite"), Instant.now());
        assertEquals(a.contentSha256(), b.contentSha256());
        assertTrue(a.containsSample());
        try (SnapshotReader r = SnapshotReader.open(dir.resolve("a.sqlite"))) {
            assertEquals(days.size(), r.airDays(Optional.of("SPB-SAMPLE"), days.get(0).date(),
                    days.get(days.size() - 1).date()).size());
        }
    }

    @Test
    void theLastSevenDaysHaveHoursThatAgreeWithTheirDailyRows() {
        List<org.ecokiosk.model.AirHour> hours = content.airHours().stream()
                .filter(h -> h.station().equals("SPB-SAMPLE")).toList();
        assertEquals(7 * 24, hours.size());
        assertEquals(java.time.LocalDateTime.of(2026, 10, 31, 23, 0), hours.get(hours.size() - 1).hour());
        assertEquals(java.time.LocalDateTime.of(2026, 10, 25, 0, 0), hours.get(0).hour());
        Map<java.time.LocalDate, List<org.ecokiosk.model.AirHour>> byDay = hours.stream()
                .collect(Collectors.groupingBy(h -> h.hour().toLocalDate()));
        for (AirDay day : days.subList(days.size() - 7, days.size())) {
            List<org.ecokiosk.model.AirHour> h = byDay.get(day.date());
            assertEquals(24, h.size(), day.date().toString());
            assertEquals(day.pm25(), h.stream().mapToDouble(org.ecokiosk.model.AirHour::pm25).average().orElseThrow(),
                    1.0, "PM2.5 " + day.date());
            assertEquals(day.co(), h.stream().mapToDouble(org.ecokiosk.model.AirHour::co).average().orElseThrow(),
                    0.1, "CO " + day.date());
            double[] o3 = h.stream().mapToDouble(org.ecokiosk.model.AirHour::o3).toArray();
            assertEquals(day.o3max8h(), SampleAirHours.maxEightHourMean(o3), 1.0, "O3 8 h " + day.date());
            assertTrue(h.stream().allMatch(x -> x.publishedAqi().isEmpty()), "no official AQI is claimed");
        }
        assertTrue(content.stations().stream().filter(s -> s.code().equals("SPB-SAMPLE"))
                .allMatch(s -> s.origin().isSample()), "the hours belong to the sample station");
    }
}
