package org.ecokiosk.kiosk.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.ecokiosk.ingest.content.ContentLoader;
import org.ecokiosk.kiosk.viewmodel.AttractViewModel.Highlight;
import org.ecokiosk.kiosk.viewmodel.AttractViewModel.Kind;
import org.ecokiosk.kiosk.viewmodel.TownsViewModel.TownStatus;
import org.ecokiosk.evaluation.plan.PlanData;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.PlanFigure;
import org.ecokiosk.model.IndicatorValue;
import org.ecokiosk.model.ContentPage;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.model.OpenDay;
import org.ecokiosk.model.PageKind;
import org.ecokiosk.model.Station;
import org.ecokiosk.model.WaterSample;
import org.ecokiosk.snapshot.SnapshotContent;
import org.ecokiosk.standards.air.AqiLevel;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Eco-towns, open facilities, news and attract content, without a UI, on the test content. */
class CommunityViewModelsTest {
    private static final ZoneId CHONGQING = ZoneId.of("Asia/Shanghai");
    private static SnapshotContent content;

    @BeforeAll
    static void load() throws Exception {
        content = ContentLoader.load(Fixtures.content());
    }

    private static Clock at(String dateTime) {
        return Clock.fixed(LocalDateTime.parse(dateTime).atZone(CHONGQING).toInstant(), CHONGQING);
    }

    private static List<ContentPage> allPages() {
        return content.pages();
    }

    // ---- towns ----

    @Test
    void townsAreGroupedByWhereTheyStandAndGoalsComeFromTheIndicators() {
        TownsViewModel vm = new TownsViewModel(at("2026-12-05T10:00"));
        vm.accept(new TownsViewModel.Data(content.ecoTowns(), content.indicators(), content.indicatorValues(), allPages()));
        TownsViewModel.Towns t = vm.towns();
        assertEquals(List.of(TownStatus.CANDIDATE, TownStatus.MENTIONED), t.groups().stream().map(g -> g.status()).toList());
        assertEquals(java.util.Set.of("中梁镇", "青木关镇"),
                t.groups().get(0).towns().stream().map(r -> r.name().zh()).collect(java.util.stream.Collectors.toSet()));
        assertEquals(6, t.groups().get(1).towns().size());
        assertEquals(List.of(2023, 2025), t.milestones().stream().map(TownsViewModel.Milestone::year).toList());
        assertEquals("3-4", t.milestones().get(1).target(), "the 2025 figure is the indicator's, not code's");
        assertTrue(t.milestones().get(1).latest().isEmpty());
        assertFalse(vm.sampleProperty().get(), "towns and goals come from the plan");
        // home's tile: counted from the same groups, against the last goal the plan writes as a number
        TownsViewModel.Progress p = t.progress().orElseThrow();
        assertEquals(0, p.inBatch());
        assertEquals(2, p.applying());
        assertEquals("3-4", p.goal().orElseThrow().target());
        assertFalse(t.milestones().get(0).counted(), "完成第一批示范镇街成功创建 is words, not a count");
        assertTrue(TownsViewModel.Towns.EMPTY.progress().isEmpty());
    }

    @Test
    void greenActionsComeFromThePublishedPageOnly() {
        TownsViewModel.Data data = new TownsViewModel.Data(content.ecoTowns(), content.indicators(),
                content.indicatorValues(), allPages());
        TownsViewModel.Towns before = TownsViewModel.build(data, LocalDate.of(2026, 10, 31));
        assertTrue(before.actions().isEmpty(), "green-living is published from 2026-11-01");
        TownsViewModel.Towns after = TownsViewModel.build(data, LocalDate.of(2026, 12, 1));
        assertEquals(List.of("垃圾分类", "减少塑料", "光盘行动", "低碳出行与生活", "不露天焚烧"),
                after.actions().stream().map(a -> a.title().zh()).toList());
        assertEquals("Clean plate campaign", after.actions().get(2).title().en());
        assertTrue(after.actions().get(2).text().zh().startsWith("点餐适量"));
        assertTrue(after.campaignPage().isPresent());
    }

    // ---- facilities ----

    @Test
    void nextOpenDayFollowsTheFixedClock() {
        FacilitiesViewModel vm = new FacilitiesViewModel(at("2026-12-19T10:00"));
        vm.accept(new FacilitiesViewModel.Data(content.facilities(), content.openDays(), content.indicators()));
        var jingkou = vm.rows().stream().filter(r -> r.code().equals("fac-jingkou-wwtp")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 12, 19), jingkou.next().orElseThrow().date(), "open until 11:30 today");
        assertTrue(vm.sampleProperty().get(), "facility rows are sample data");
        assertTrue(vm.programmeProperty().get().isPresent());

        vm = new FacilitiesViewModel(at("2026-12-19T11:31"));
        vm.accept(new FacilitiesViewModel.Data(content.facilities(), content.openDays(), content.indicators()));
        jingkou = vm.rows().stream().filter(r -> r.code().equals("fac-jingkou-wwtp")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2027, 2, 20), jingkou.next().orElseThrow().date(), "today's has ended");

        var transfer = vm.rows().stream().filter(r -> r.code().equals("fac-shangqiao-transfer")).findFirst().orElseThrow();
        assertTrue(transfer.next().isEmpty(), "no open days for a station still to be built");
        assertEquals("fac-shangqiao-transfer", vm.rows().get(vm.rows().size() - 1).code(), "without a date, last");
        assertTrue(transfer.virtualTourUrl().isEmpty());
        assertTrue(jingkou.virtualTourUrl().isPresent());

        vm = new FacilitiesViewModel(at("2027-07-01T09:00"));
        vm.accept(new FacilitiesViewModel.Data(content.facilities(), content.openDays(), content.indicators()));
        assertTrue(vm.rows().stream().allMatch(r -> r.next().isEmpty()), "every sample day is past");
    }

    @Test
    void selectionSurvivesAReloadAndClosesOnRequest() {
        FacilitiesViewModel vm = new FacilitiesViewModel(at("2026-12-01T09:00"));
        FacilitiesViewModel.Data data = new FacilitiesViewModel.Data(content.facilities(), content.openDays(), List.of());
        vm.accept(data);
        vm.select(vm.rows().get(0));
        vm.accept(data);
        assertEquals(vm.rows().get(0).code(), vm.selected().orElseThrow().code());
        vm.closeDetails();
        assertTrue(vm.selected().isEmpty());
    }

    // ---- news ----

    @Test
    void onlyItemsPublishedTodayAreListedNewsFirst() {
        List<ContentPage> pages = allPages();
        assertTrue(NewsViewModel.published(pages, LocalDate.of(2026, 10, 31)).isEmpty(), "everything starts 11-01");
        assertTrue(NewsViewModel.published(pages, LocalDate.of(2026, 11, 10)).stream()
                .allMatch(p -> p.kind() == PageKind.PAGE), "the first news item starts 11-15");
        List<ContentPage> dec = NewsViewModel.published(pages, LocalDate.of(2026, 12, 19));
        assertEquals("2026-12-open-day-sample", dec.get(0).slug(), "news first; until 12-19 inclusive");
        assertTrue(dec.stream().noneMatch(p -> p.slug().startsWith("2027")), "not yet published");
        assertEquals(PageKind.PAGE, dec.get(dec.size() - 1).kind());
        List<ContentPage> later = NewsViewModel.published(pages, LocalDate.of(2026, 12, 20));
        assertTrue(later.stream().noneMatch(p -> p.slug().equals("2026-12-open-day-sample")), "past publish_until");
        List<ContentPage> news = pages.stream().filter(p -> p.kind() == PageKind.NEWS)
                .map(p -> p.publishFrom()).distinct().sorted(java.util.Comparator.reverseOrder())
                .flatMap(d -> NewsViewModel.published(pages, d).stream().filter(p -> p.kind() == PageKind.NEWS).limit(1))
                .toList();
        for (ContentPage first : news) {
            List<ContentPage> that = NewsViewModel.published(pages, first.publishFrom());
            for (int i = 1; i < that.size() && that.get(i).kind() == PageKind.NEWS; i++) {
                assertFalse(that.get(i).publishFrom().isAfter(that.get(i - 1).publishFrom()), "newest first");
            }
        }
    }

    @Test
    void theSampleBadgeFollowsTheOpenedItem() {
        NewsViewModel vm = new NewsViewModel(at("2026-12-05T10:00"));
        vm.accept(new NewsViewModel.Data(allPages()));
        assertTrue(vm.sampleProperty().get(), "a sample news item is listed");
        ContentPage plan = vm.find("about-plan").orElseThrow();
        vm.accept(NewsViewModel.Opened.of(plan, Map.of()));
        assertFalse(vm.sampleProperty().get(), "the plan page is not sample");
        assertFalse(vm.opened().orElseThrow().bodyHtml(org.ecokiosk.model.Language.ZH).contains("<img"),
                "without its image bytes the picture is left out, never fetched");
        vm.close();
        assertTrue(vm.sampleProperty().get());
    }

    // ---- attract ----

    @Test
    void highlightsComeFromDataAndAreAbsentWithoutIt() {
        assertTrue(AttractViewModel.build(AttractViewModel.Data.empty(), LocalDateTime.of(2026, 12, 5, 10, 0)).isEmpty(),
                "no data, no invented figure");

        // the plan's figures plus one imported 2025 PM2.5: the plan-targets screen's judgement, met
        List<IndicatorValue> values = new java.util.ArrayList<>(content.indicatorValues());
        values.add(new IndicatorValue("zl2-09", 2025, PlanFigure.parse("31"), DataOrigin.IMPORTED, LocalizedText.of("", "")));
        AttractViewModel.Data planOnly = new AttractViewModel.Data(Optional.empty(), List.of(), List.of(), List.of(),
                List.of(), content.facilities(), content.openDays(), content.indicators(),
                AttractViewModel.judge(PlanData.planOnly(content.indicators(), values)));
        List<Highlight> h = AttractViewModel.build(planOnly, LocalDateTime.of(2026, 12, 5, 10, 0));
        List<Kind> kinds = h.stream().map(Highlight::kind).distinct().toList();
        assertEquals(List.of(Kind.OPEN_DAY, Kind.PLAN_COUNT, Kind.PLAN_MET, Kind.ECO_TOWNS), kinds);
        Highlight open = h.get(0);
        assertEquals(LocalDate.of(2026, 12, 19), open.bigValue());
        assertTrue(open.sample(), "the open days are sample rows");
        Highlight count = h.get(1);
        assertEquals(18, count.textArgs().get(0), "the plan's 18 indicators, not its 19 rows");
        assertTrue(((String) count.bigValue()).endsWith(" / 18"));
        assertFalse(count.sample());
        assertEquals("3-4", h.get(h.size() - 1).bigValue());
        assertTrue(h.stream().filter(x -> x.kind() == Kind.PLAN_MET).count() <= AttractViewModel.MAX_PLAN_MET);

        LocalDate day = LocalDate.of(2026, 11, 28);
        AirDay a = new AirDay("st-1", day, 40, 60, 5, 20, 0.6, 80, OptionalInt.of(62), OptionalInt.empty(),
                List.of("PM10"), "HJ633-2012", DataOrigin.IMPORTED);
        AirDay b = new AirDay("st-2", day, 30, 40, 5, 20, 0.6, 80, OptionalInt.of(45), OptionalInt.empty(),
                List.of(), "HJ633-2012", DataOrigin.IMPORTED);
        var jialing = content.waterSections().stream().filter(s -> !s.targetClass().isBlank()).findFirst().orElseThrow();
        WaterSample sample = new WaterSample(jialing.code(), LocalDate.of(2026, 11, 3), Map.of("nh3n", 0.4, "do", 7.0),
                Optional.empty(), DataOrigin.IMPORTED);
        AttractViewModel.Data full = new AttractViewModel.Data(Optional.of(day), List.of(a, b),
                List.of(new Station("st-1", LocalizedText.of("天星桥", "Tianxingqiao"), "重庆", DataOrigin.IMPORTED)),
                content.waterSections(), List.of(sample), List.of(), List.of(), List.of(), List.of());
        List<Highlight> live = AttractViewModel.build(full, LocalDateTime.of(2026, 11, 29, 9, 0));
        assertEquals(List.of(Kind.AIR, Kind.WATER), live.stream().map(Highlight::kind).toList());
        // three days later the air day is stale: the loop no longer shows it as a highlight
        assertEquals(List.of(Kind.WATER), AttractViewModel.build(full, LocalDateTime.of(2026, 12, 1, 9, 0)).stream()
                .map(Highlight::kind).toList());
        assertEquals(List.of(Kind.AIR, Kind.WATER), AttractViewModel.build(full, LocalDateTime.of(2026, 12, 1, 9, 0),
                new org.ecokiosk.evaluation.AgeLimits(java.time.Duration.ofHours(3), 5)).stream()
                .map(Highlight::kind).toList(), "the limit is configurable");
        Highlight air = live.get(0);
        // st-1's PM2.5 40 µg/m³ under HJ 633-2026 (35 → 50, 60 → 100): IAQI 60, by the one daily rule the air
        // screen uses too (its stored 62 is not what residents are shown)
        assertEquals("AQI 60", air.bigValue(), "the worse station of the day");
        assertEquals(AqiLevel.LEVEL_2.colour(), air.band().orElseThrow().background());
        assertEquals("天星桥", ((LocalizedText) air.textArgs().get(0)).zh());
        Highlight water = live.get(1);
        assertEquals("Ⅱ类", ((LocalizedText) water.bigValue()).zh().replace(" ", ""));
    }
}
