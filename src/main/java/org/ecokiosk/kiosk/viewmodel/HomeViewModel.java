package org.ecokiosk.kiosk.viewmodel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.ecokiosk.evaluation.DataAge;
import org.ecokiosk.kiosk.i18n.StandardTexts;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.kiosk.viewmodel.AirViewModel.DayAqi;
import org.ecokiosk.kiosk.viewmodel.FacilitiesViewModel.FacilityRow;
import org.ecokiosk.model.ContentPage;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.model.PageKind;
import org.ecokiosk.standards.air.AqiCompleteness;
import org.ecokiosk.standards.air.AqiLevel;
import org.ecokiosk.standards.air.Pollutant;

/**
 * Home at a glance: the latest air quality and one live figure per tile, taken from the other
 * screens' own view models (shared with those screens, so each figure is read and judged once,
 * by the evaluation layer behind them). It computes no AQI, class or verdict: it only chooses
 * which of the figures those models already hold home shows.
 */
public final class HomeViewModel {
    /** Where the hero's AQI comes from: the latest hour (实时报) or the latest day (日报). */
    public enum AirSource { HOURLY, DAILY }

    /**
     * The hero's air figure, whichever report it comes from.
     *
     * @param hour   the hour it is published under, for an hourly figure
     * @param date   the day it belongs to (the hour's day for an hourly figure)
     * @param age    how old it is at the kiosk's clock ({@link DataAge}: the one rule of "stale")
     * @param advice HJ 633-2026 表1's advice for the level, as the standards word it
     */
    public record HomeAir(AirSource source, int aqi, AqiLevel level, AqiCompleteness completeness,
                          List<Pollutant> missing, List<Pollutant> primaryPollutants, LocalizedText advice,
                          Optional<LocalDateTime> hour, LocalDate date, DataAge age, boolean sample) {
        public HomeAir {
            missing = List.copyOf(missing);
            primaryPollutants = List.copyOf(primaryPollutants);
        }

        public boolean stale() {
            return age.stale();
        }
    }

    /** How many of the plan's targets are met, as the plan-targets screen counts them. */
    public record TargetCount(long met, long total, boolean sample) {
    }

    private final AirViewModel air;
    private final WaterViewModel water;
    private final NoiseViewModel noise;
    private final GreenViewModel green;
    private final PlanTargetsViewModel plan;
    private final FacilitiesViewModel facilities;
    private final NewsViewModel news;
    private final TownsViewModel towns;
    private final List<SnapshotViewModel<?>> all;
    private final ReadOnlyBooleanWrapper sample = new ReadOnlyBooleanWrapper(false);

    public HomeViewModel(AirViewModel air, WaterViewModel water, NoiseViewModel noise, GreenViewModel green,
                         PlanTargetsViewModel plan, FacilitiesViewModel facilities, NewsViewModel news,
                         TownsViewModel towns) {
        this.air = air;
        this.water = water;
        this.noise = noise;
        this.green = green;
        this.plan = plan;
        this.facilities = facilities;
        this.news = news;
        this.towns = towns;
        // the air model first: the hero is what most residents come for
        this.all = List.of(air, water, noise, green, plan, facilities, news, towns);
        all.forEach(m -> m.stateProperty().addListener((obs, was, now) -> sample.set(showsSample())));
    }

    /** Loads every model home takes a figure from (each keeps, re-applies or rereads as it always does). */
    public void load(SnapshotSession session) {
        all.forEach(m -> m.load(session));
    }

    /**
     * The snapshot changed: every model home reads is dropped, including those of screens not built
     * yet (the navigator reaches only built screens, and home had loaded their models already).
     */
    public void invalidate() {
        all.forEach(SnapshotViewModel::invalidate);
    }

    /** The models whose state home follows (to redraw when one arrives). */
    public List<SnapshotViewModel<?>> models() {
        return all;
    }

    /** True once every model has its data or has said it cannot load it. */
    public boolean settled() {
        return all.stream().allMatch(m -> m.state().settled());
    }

    public LoadState airState() {
        return air.state();
    }

    /** True while any figure home shows is sample data (the bar's 示例数据 badge). */
    public ReadOnlyBooleanProperty sampleProperty() {
        return sample.getReadOnlyProperty();
    }

    public Optional<HomeAir> air() {
        return air(air.now(), air.today(), air.todayAge());
    }

    /**
     * The latest hour where hourly data exists, else the latest day. A stale hour gives way to a
     * daily figure that is not stale (the hourly feed stopped, the daily reports go on).
     */
    public static Optional<HomeAir> air(Optional<RealTimeAirView> now, Optional<DayAqi> day, Optional<DataAge> dayAge) {
        Optional<HomeAir> daily = day.flatMap(d -> dayAge.map(age -> new HomeAir(AirSource.DAILY, d.aqi(), d.level(),
                d.completeness(), d.missing(), d.primaryPollutants(), StandardTexts.advice(d.level()), Optional.empty(),
                d.date(), age, d.sample())));
        Optional<HomeAir> hourly = now.map(n -> new HomeAir(AirSource.HOURLY, n.aqi(), n.level(), n.completeness(),
                n.missing(), n.primaryPollutants(), StandardTexts.of(n.advice().advice()), Optional.of(n.reportedAt()),
                n.reportedAt().toLocalDate(), n.age(), n.sample()));
        if (hourly.isPresent() && hourly.get().stale() && daily.isPresent() && !daily.get().stale()) {
            return daily;
        }
        return hourly.or(() -> daily);
    }

    /** The yearly good days against the 2025 target (the air tile). */
    public AirViewModel.Series goodDays() {
        return air.goodDays();
    }

    /** The first river section the plan sets a class for that has a measured class (rows come in that order). */
    public Optional<WaterViewModel.Row> river() {
        return water.rows().stream()
                .filter(r -> !r.drinkingSource() && r.hasTarget() && r.waterClass().isPresent() && !r.body().isStillWater())
                .findFirst();
    }

    /** Regional noise, daytime, against the plan's ceiling. */
    public NoiseViewModel.Survey noise() {
        return noise.regional();
    }

    /** Green cover of the built-up area against its target. */
    public Optional<GreenViewModel.Figure> greenCover() {
        return green.figures().stream().filter(f -> f.kind() == GreenViewModel.Kind.BUILT_UP_GREEN).findFirst();
    }

    public Optional<TargetCount> targets() {
        List<PlanTargetRow> rows = plan.groups().stream().flatMap(g -> g.rows().stream()).toList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TargetCount(plan.count(org.ecokiosk.evaluation.TargetStatus.MET), rows.size(),
                rows.stream().anyMatch(PlanTargetRow::sample)));
    }

    /** The facility with the soonest open day (facility rows come soonest first). */
    public Optional<FacilityRow> nextOpenDay() {
        return facilities.rows().stream().filter(r -> r.next().isPresent()).findFirst();
    }

    /** The newest published news item (the list comes newest first). */
    public Optional<ContentPage> latestNews() {
        return news.items().stream().filter(p -> p.kind() == PageKind.NEWS).findFirst();
    }

    /** The eco-town campaign: towns in a batch and applying, against the plan's counted goal. */
    public Optional<TownsViewModel.Progress> townsProgress() {
        return towns.towns().progress();
    }

    private boolean showsSample() {
        return air().map(HomeAir::sample).orElse(false)
                || goodDays().latest().map(YearValue::sample).orElse(false)
                || river().map(WaterViewModel.Row::sample).orElse(false)
                || noise().sample()
                || greenCover().map(GreenViewModel.Figure::sample).orElse(false)
                || targets().map(TargetCount::sample).orElse(false)
                || nextOpenDay().map(FacilityRow::sample).orElse(false)
                || latestNews().map(p -> p.origin().isSample()).orElse(false)
                || townsProgress().map(TownsViewModel.Progress::sample).orElse(false);
    }
}
