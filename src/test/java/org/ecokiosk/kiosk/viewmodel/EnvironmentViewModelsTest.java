package org.ecokiosk.kiosk.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ecokiosk.kiosk.EnvironmentSnapshots;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.evaluation.TargetStatus;
import org.ecokiosk.evaluation.air.DistrictDays;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.standards.air.AqiLevel;
import org.ecokiosk.standards.air.Pollutant;
import org.ecokiosk.standards.noise.NoiseGrade;
import org.ecokiosk.standards.noise.NoiseZone;
import org.ecokiosk.standards.water.WaterClass;
import org.ecokiosk.standards.water.WaterParameter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The air, water, noise and green view models over fixture snapshots, without a UI. */
class EnvironmentViewModelsTest {
    @TempDir
    static Path dir;
    private static Path withData;
    private static Path before2026;
    private static Path contentOnly;

    @BeforeAll
    static void snapshots() throws Exception {
        withData = EnvironmentSnapshots.write(dir.resolve("env.sqlite"), EnvironmentSnapshots.LATEST_2026);
        before2026 = EnvironmentSnapshots.write(dir.resolve("env-2025.sqlite"), LocalDate.of(2025, 12, 31));
        contentOnly = EnvironmentSnapshots.writeContentOnly(dir.resolve("content.sqlite"));
        assertTrue(Files.size(withData) > 0);
    }

    private static <D, M extends SnapshotViewModel<D>> M loaded(M model, Path snapshot) throws Exception {
        try (SnapshotReader reader = SnapshotReader.open(snapshot)) {
            model.accept(model.query(reader));
        }
        assertEquals(LoadState.READY, model.state());
        return model;
    }

    // ---- air ----

    @Test
    void todayIsTheLatestDayWithItsLevelAdviceAndPrimaryPollutant() throws Exception {
        AirViewModel air = loaded(new AirViewModel(), withData);
        AirViewModel.DayAqi today = air.today().orElseThrow();
        assertEquals(EnvironmentSnapshots.LATEST_2026, today.date());
        assertEquals(AqiLevel.of(today.aqi()), today.level());
        if (today.aqi() > 50) {
            assertFalse(today.primaryPollutants().isEmpty(), "a primary pollutant above AQI 50");
        }
        assertTrue(today.sample());
        assertTrue(today.provisionalNote().isEmpty(), "2026-03-05 is judged by HJ 633-2026, not provisionally");
        assertEquals(2, air.stations().size());
        assertTrue(air.sampleProperty().get());
    }

    @Test
    void theMapHasEveryStationAtItsPositionWithItsOwnLatestFigure() throws Exception {
        AirViewModel air = loaded(new AirViewModel(), withData);
        List<AirViewModel.StationDot> dots = air.map();
        assertEquals(List.of("SPB-S1", "SPB-S2"), dots.stream().map(AirViewModel.StationDot::code).toList());
        assertEquals(java.util.Optional.of(EnvironmentSnapshots.S2_POSITION), dots.get(1).position());
        for (AirViewModel.StationDot dot : dots) {
            AirViewModel.DotFigure f = dot.figure().orElseThrow();
            AirViewModel.DayAqi own = air.stations().stream().filter(s -> s.code().equals(dot.code())).findFirst()
                    .orElseThrow().day().orElseThrow();
            assertEquals(own.aqi(), f.aqi(), "no hours in this snapshot: the station's own latest day");
            assertFalse(f.hourly());
            assertTrue(f.sample());
            assertTrue(f.age().stale(), "a March day seen on the system clock, months later, says how old it is");
        }
        assertFalse(air.outline().rings().isEmpty(), "the bundled district outline");
    }

    @Test
    void goodDaysSoFarCountTheYearOfTheLatestDayAgainstThePlansTarget() throws Exception {
        AirViewModel air = loaded(new AirViewModel(), withData);
        org.ecokiosk.evaluation.air.GoodDaysSoFar so = air.goodDaysSoFar().orElseThrow();
        assertEquals(2026, so.year());
        assertEquals(EnvironmentSnapshots.LATEST_2026, so.through());
        assertEquals(java.util.OptionalInt.of(300), so.target(), "the plan's zl2-08 target");
        int counted = (int) air.calendar().stream().filter(c -> c.date().getYear() == 2026 && c.day().isPresent()).count();
        assertTrue(so.countedDays() >= counted, "every 2026 day of the calendar is counted");
        assertEquals(so.year() == 2026 ? 365 - 64 : 0, so.remainingDays());
        assertTrue(so.sample());
    }

    @Test
    void daysBeforeMarch2026CarryNoProvisionalNote() throws Exception {
        AirViewModel air = loaded(new AirViewModel(), before2026);
        assertEquals(LocalDate.of(2025, 12, 31), air.today().orElseThrow().date());
        assertTrue(air.today().orElseThrow().provisionalNote().isEmpty());
    }

    @Test
    void theCalendarHasThirtyDaysEndingTodayWithTheMissingDayEmpty() throws Exception {
        AirViewModel air = loaded(new AirViewModel(), withData);
        List<AirViewModel.CalendarDay> days = air.calendar();
        assertEquals(30, days.size());
        assertEquals(EnvironmentSnapshots.LATEST_2026, days.get(29).date());
        assertEquals(EnvironmentSnapshots.LATEST_2026.minusDays(29), days.get(0).date());
        AirViewModel.CalendarDay missing = days.stream().filter(d -> d.date().equals(EnvironmentSnapshots.MISSING_DAY))
                .findFirst().orElseThrow();
        assertTrue(missing.day().isEmpty(), "no data is a gap, not a number");
        assertEquals(29, days.stream().filter(d -> d.day().isPresent()).count());
    }

    @Test
    void theDistrictDayIsComputedFromTheStationsMeanConcentrations() {
        LocalDate d = LocalDate.of(2025, 6, 1);
        AirDay a = new AirDay("A", d, 40, 60, 10, 30, 0.8, 100, OptionalInt.of(57), OptionalInt.of(60),
                List.of("PM2.5"), "HJ633-2012", DataOrigin.IMPORTED);
        // PM2.5 40 µg/m³ → IAQI = 50 + 50 × (40 − 35) / 40 = 56.25, rounded up to 57; a published 60 is not
        // mixed in: every district figure (calendar, good days, eval) comes from the same concentrations
        AirViewModel.DayAqi one = AirViewModel.dayAqi(DistrictDays.of(List.of(a), List.of()).get(0));
        assertEquals(57, one.aqi());
        assertEquals(List.of(Pollutant.PM2_5), one.primaryPollutants());
        assertFalse(one.sample());
        AirDay b = new AirDay("B", d, 80, 60, 10, 30, 0.8, 100, OptionalInt.of(106), OptionalInt.empty(),
                List.of("PM2.5"), "HJ633-2012", DataOrigin.IMPORTED);
        AirViewModel.DayAqi two = AirViewModel.dayAqi(DistrictDays.of(List.of(a, b), List.of()).get(0));
        // mean PM2.5 60 µg/m³ → IAQI = 50 + 50 × (60 − 35) / 40 = 81.25, rounded up to 82
        assertEquals(82, two.aqi());
        assertEquals(AqiLevel.LEVEL_2, two.level());
    }

    @Test
    void yearlySeriesRun2015To2025WithMissingYearsAsGapsAndAreJudgedByThePlan() throws Exception {
        AirViewModel air = loaded(new AirViewModel(), withData);
        AirViewModel.Series good = air.goodDays();
        assertEquals(11, good.years().size());
        assertEquals(2015, good.years().get(0).year());
        Map<Integer, YearValue> byYear = good.years().stream().collect(Collectors.toMap(YearValue::year, Function.identity()));
        assertEquals(281, byYear.get(2015).value().getAsDouble(), 1e-9, "the plan's 2015 figure");
        assertFalse(byYear.get(2015).sample(), "plan figures are not sample data");
        assertEquals(314, byYear.get(2020).value().getAsDouble(), 1e-9, "the plan's 2020 figure");
        assertTrue(byYear.get(EnvironmentSnapshots.MISSING_YEAR).value().isEmpty(), "a gap, never 0");
        assertEquals(300, good.target().getAsDouble(), 1e-9);
        assertEquals(2025, good.latest().orElseThrow().year());
        assertEquals(312, good.latest().orElseThrow().value().getAsDouble(), 1e-9);
        assertEquals(TargetStatus.MET, good.status(), "312 ≥ 300");
        AirViewModel.Series pm = air.pm25();
        assertEquals(34, pm.target().getAsDouble(), 1e-9);
        assertEquals(53, pm.years().get(0).value().getAsDouble(), 1e-9);
        assertEquals(TargetStatus.MET, pm.status(), "31 ≤ 34");
        assertEquals(35, air.pm25AnnualLimit(), 1e-9);
        assertEquals("GB3095-2012", air.pm25LimitsId(), "the 2025 figure is judged by the limits of 2025");
    }

    @Test
    void aYearTheDistrictPublishedCarriesItsDocumentIntoTheSeries() throws Exception {
        org.ecokiosk.model.PublishedDocument bulletin = new org.ecokiosk.model.PublishedDocument(
                org.ecokiosk.model.LocalizedText.of("《2022年沙坪坝区环境状况公报》", "Shapingba District Environmental Status Bulletin 2022"),
                "重庆市沙坪坝区人民政府", LocalDate.of(2023, 7, 20), "https://www.cqspb.gov.cn/x.html");
        org.ecokiosk.model.PublishedFigure good = new org.ecokiosk.model.PublishedFigure(2022, "air", "优良天数",
                org.ecokiosk.model.PlanFigure.of(303), "天", "", bulletin);
        AirViewModel.Data data;
        try (SnapshotReader reader = SnapshotReader.open(contentOnly)) {
            data = AirViewModel.compute(new AirViewModel.Raw(Optional.empty(), List.of(), List.of(), List.of(),
                    reader.indicators(), reader.indicatorValues(), List.of(), List.of(good)));
        }
        Map<Integer, YearValue> byYear = data.goodDays().years().stream()
                .collect(Collectors.toMap(YearValue::year, Function.identity()));
        assertEquals(303, byYear.get(2022).value().getAsDouble(), 1e-9);
        assertEquals("《2022年沙坪坝区环境状况公报》", byYear.get(2022).publishedIn().orElseThrow().zh());
        assertTrue(byYear.get(2020).publishedIn().isEmpty(), "the plan's own 2020 figure names no document");
        assertEquals(2022, data.goodDays().latest().orElseThrow().year(), "the published year is the latest");
        assertTrue(data.goodDays().latest().orElseThrow().publishedIn().isPresent(), "and home's tile can name it");
        assertEquals(List.of(byYear.get(2022)), YearValue.published(data.goodDays().years()));
    }

    @Test
    void withoutMonitoringDataAirShowsNothingInventedAndIsNotSample() throws Exception {
        AirViewModel air = loaded(new AirViewModel(), contentOnly);
        assertTrue(air.today().isEmpty());
        assertTrue(air.calendar().isEmpty());
        assertTrue(air.stations().isEmpty());
        // only the plan's own 2015 and 2020 figures remain, and they say nothing about progress since 2020
        assertEquals(2, air.goodDays().years().stream().filter(YearValue::present).count());
        assertTrue(air.goodDays().latest().isEmpty());
        assertEquals(TargetStatus.NO_DATA, air.goodDays().status());
        assertFalse(air.sampleProperty().get());
    }

    // ---- water ----

    private static Map<String, WaterViewModel.Row> waterRows(Path snapshot) throws Exception {
        return loaded(new WaterViewModel(), snapshot).rows().stream()
                .collect(Collectors.toMap(WaterViewModel.Row::code, Function.identity()));
    }

    @Test
    void aRiverBelowItsTargetNamesTheParameterThatMissesIt() throws Exception {
        WaterViewModel.Row jialing = waterRows(withData).get("ws-jialing");
        assertEquals(Optional.of(WaterClass.III), jialing.waterClass(), "the newest sample counts");
        assertEquals(Optional.of(WaterClass.II), jialing.target());
        assertEquals(TargetStatus.NOT_MET, jialing.status());
        assertEquals(List.of(WaterParameter.NH3_N), jialing.deciding());
        assertEquals(Optional.of(LocalDate.of(2026, 2, 10)), jialing.sampled());
        assertTrue(jialing.sample());
    }

    @Test
    void aRiverAtItsTargetIsMetAndBodiesWithoutTargetOrDataSaySo() throws Exception {
        Map<String, WaterViewModel.Row> rows = waterRows(withData);
        WaterViewModel.Row liangtan = rows.get("ws-liangtan-xixiqiao");
        assertEquals(Optional.of(WaterClass.IV), liangtan.waterClass());
        assertEquals(TargetStatus.MET, liangtan.status());
        WaterViewModel.Row creek = rows.get("ws-qingshuixi");
        assertEquals(Optional.of(WaterClass.V), creek.waterClass());
        assertFalse(creek.hasTarget());
        assertEquals(TargetStatus.NO_DATA, creek.status());
        WaterViewModel.Row lake = rows.get("ws-minzhu");
        assertTrue(lake.waterClass().isEmpty());
        WaterViewModel.Row reservoir = rows.get("ws-shangtianchi");
        assertEquals(Optional.of(WaterClass.III), reservoir.waterClass(), "TP 0.04 is Class III in still water");
    }

    @Test
    void drinkingWaterSourcesAreJudgedAgainstClassThree() throws Exception {
        WaterViewModel water = loaded(new WaterViewModel(), withData);
        WaterViewModel.DrinkingWater d = water.drinkingWater();
        assertEquals(2, d.sources());
        assertEquals(2, d.judged());
        assertEquals(2, d.compliant());
        assertEquals(100, d.ratePercent().getAsDouble(), 1e-9);
        assertEquals(100, d.targetPercent().getAsDouble(), 1e-9);
        assertEquals(TargetStatus.MET, d.status());
        assertTrue(water.sampleProperty().get());
        WaterViewModel empty = loaded(new WaterViewModel(), contentOnly);
        assertTrue(empty.drinkingWater().ratePercent().isEmpty());
        assertEquals(TargetStatus.NO_DATA, empty.drinkingWater().status());
        assertFalse(empty.sampleProperty().get());
    }

    // ---- noise ----

    @Test
    void noiseAveragesAreGradedByHj640AndJudgedAgainstThePlan() throws Exception {
        NoiseViewModel noise = loaded(new NoiseViewModel(), withData);
        NoiseViewModel.Survey regional = noise.regional();
        assertEquals(2025, regional.year().getAsInt());
        assertEquals(52.5, regional.day().leq().getAsDouble(), 1e-9);
        assertEquals(Optional.of(NoiseGrade.GRADE_2), regional.day().grade(), "50.1–55.0 by day");
        assertEquals(Optional.of(NoiseGrade.GRADE_2), regional.night().grade(), "44.8: 40.1–45.0 by night");
        assertEquals(53, regional.target().getAsDouble(), 1e-9);
        assertEquals(TargetStatus.MET, regional.status());
        assertEquals(5, regional.dayTrend().size());
        NoiseViewModel.Survey traffic = noise.traffic();
        assertEquals(Optional.of(NoiseGrade.GRADE_1), traffic.day().grade(), "65.8 ≤ 68.0");
        assertEquals(66, traffic.target().getAsDouble(), 1e-9);
        assertEquals(TargetStatus.MET, traffic.status());
        assertTrue(noise.sampleProperty().get());
    }

    @Test
    void functionalZonesAreJudgedByDayAndNightLimits() throws Exception {
        NoiseViewModel noise = loaded(new NoiseViewModel(), withData);
        assertEquals(4, noise.zones().size());
        NoiseViewModel.Zone road = noise.zones().stream().filter(z -> z.zone() == NoiseZone.ZONE_4A).findFirst()
                .orElseThrow();
        assertEquals(TargetStatus.MET, road.dayStatus(), "66.4 ≤ 70");
        assertEquals(TargetStatus.NOT_MET, road.nightStatus(), "56.1 > 55");
    }

    @Test
    void withoutNoiseReadingsNothingIsGradedButTheTargetsRemain() throws Exception {
        NoiseViewModel noise = loaded(new NoiseViewModel(), contentOnly);
        assertTrue(noise.regional().day().leq().isEmpty());
        assertEquals(TargetStatus.NO_DATA, noise.regional().status());
        assertEquals(53, noise.regional().target().getAsDouble(), 1e-9);
        assertTrue(noise.zones().isEmpty());
        assertFalse(noise.sampleProperty().get());
    }

    // ---- green ----

    @Test
    void greenFiguresTakeTheNewestValueAndThePlansTargets() throws Exception {
        GreenViewModel green = loaded(new GreenViewModel(), withData);
        GreenViewModel.Figure builtUp = green.figure(GreenViewModel.Kind.BUILT_UP_GREEN);
        assertEquals(2025, builtUp.latest().orElseThrow().year());
        assertEquals(40.2, builtUp.latest().orElseThrow().value().getAsDouble(), 1e-9);
        assertEquals(40, builtUp.target().getAsDouble(), 1e-9);
        assertEquals(TargetStatus.MET, builtUp.status());
        assertEquals(2020, builtUp.trend().get(0).year(), "the plan's 36.5 % of 2020 starts the trend");
        assertEquals(36.5, builtUp.trend().get(0).value().getAsDouble(), 1e-9);
        GreenViewModel.Figure reserve = green.figure(GreenViewModel.Kind.NATURE_RESERVE);
        assertTrue(reserve.latest().isEmpty(), "the plan has no current value");
        assertEquals(9, reserve.target().getAsDouble(), 1e-9);
        assertEquals(TargetStatus.NO_DATA, reserve.status());
        assertTrue(green.figure(GreenViewModel.Kind.PARK_GREEN).target().isEmpty(), "no 2025 target in the plan");
        assertTrue(green.sampleProperty().get());
    }

    @Test
    void withoutGreenMetricsThePlansOwnFiguresShowAndAreNotSample() throws Exception {
        GreenViewModel green = loaded(new GreenViewModel(), contentOnly);
        GreenViewModel.Figure builtUp = green.figure(GreenViewModel.Kind.BUILT_UP_GREEN);
        assertTrue(builtUp.latest().isEmpty(), "nothing since the 2020 baseline, as the plan-targets screen says");
        assertEquals(TargetStatus.NO_DATA, builtUp.status());
        assertEquals(36.5, builtUp.trend().get(0).value().getAsDouble(), 1e-9, "the baseline stays in the trend");
        GreenViewModel.Figure park = green.figure(GreenViewModel.Kind.PARK_GREEN);
        assertEquals(9.4, park.latest().orElseThrow().value().getAsDouble(), 1e-9);
        GreenViewModel.Figure forest = green.figure(GreenViewModel.Kind.FOREST);
        assertEquals(2015, forest.trend().get(0).year());
        assertEquals(32.6, forest.trend().get(forest.trend().size() - 1).value().getAsDouble(), 1e-9);
        assertFalse(green.sampleProperty().get());
    }
}
