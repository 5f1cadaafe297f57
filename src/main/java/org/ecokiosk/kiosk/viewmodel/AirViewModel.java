package org.ecokiosk.kiosk.viewmodel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.ecokiosk.evaluation.AgeLimits;
import org.ecokiosk.evaluation.DataAge;
import org.ecokiosk.evaluation.air.RealTimeEvaluation;
import org.ecokiosk.kiosk.i18n.StandardTexts;
import org.ecokiosk.model.AirHour;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.standards.air.AqiCompleteness;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.ecokiosk.evaluation.FigurePrecedence;
import org.ecokiosk.evaluation.TargetStatus;
import org.ecokiosk.evaluation.air.AirEvaluation;
import org.ecokiosk.evaluation.air.DayFigures;
import org.ecokiosk.evaluation.air.GoodDaysSoFar;
import org.ecokiosk.evaluation.air.HourFigures;
import org.ecokiosk.evaluation.air.DistrictDays;
import org.ecokiosk.evaluation.plan.FigureSeries;
import org.ecokiosk.evaluation.plan.PlanData;
import org.ecokiosk.evaluation.plan.PlanProgress;
import org.ecokiosk.evaluation.plan.ProgressAssessment;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.GeoPoint;
import org.ecokiosk.model.IndicatorValue;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.model.O3HourPeak;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.model.PublishedFigure;
import org.ecokiosk.model.Station;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.standards.air.AirQualityLimits;
import org.ecokiosk.standards.air.AirQualityRules;
import org.ecokiosk.standards.air.AqiLevel;
import org.ecokiosk.standards.air.AqiResult;
import org.ecokiosk.standards.air.AveragingPeriod;
import org.ecokiosk.standards.air.HealthAdvice;
import org.ecokiosk.standards.air.Pollutant;
import org.ecokiosk.standards.air.RuleSelection;

/**
 * The air screen: the latest day's district AQI with its HJ 633 level and advice, each station,
 * the last 30 days, and the yearly good days and PM2.5 mean 2015–2025 against the plan's 2025
 * targets and the GB 3095-2012 Grade II limit. Every figure is the evaluation layer's
 * ({@link DistrictDays}, {@link AirEvaluation}, {@link PlanProgress}): the bulletin and
 * {@code eval air-annual --district} show the same ones.
 */
public final class AirViewModel extends SnapshotViewModel<AirViewModel.Data> {
    public static final int CALENDAR_DAYS = 30;
    public static final int FIRST_YEAR = 2015;
    public static final int LAST_YEAR = 2025;
    public static final String GOOD_DAYS = "zl2-08";
    public static final String PM25 = "zl2-09";

    /**
     * What the screen needs from the snapshot. {@code days} and {@code peaks}: every station's days
     * (and daily highest hourly O3) from {@link #FIRST_YEAR} on; {@code latest}: the newest of those days.
     */
    public record Raw(Optional<LocalDate> latest, List<AirDay> days, List<O3HourPeak> peaks, List<Station> stations,
                      List<PlanIndicator> indicators, List<IndicatorValue> values, List<AirHour> hours,
                      List<PublishedFigure> published) {
        /** Without hourly data (days only) or published figures. */
        public Raw(Optional<LocalDate> latest, List<AirDay> days, List<O3HourPeak> peaks, List<Station> stations,
                   List<PlanIndicator> indicators, List<IndicatorValue> values) {
            this(latest, days, peaks, stations, indicators, values, List.of(), List.of());
        }
    }

    /**
     * What the screen shows, computed from {@link Raw} on the session's reader thread (a dozen air
     * years are evaluated: too much work for the FX thread).
     */
    public record Data(Optional<DayAqi> today, List<StationAqi> stations, List<CalendarDay> calendar, Series goodDays,
                       Series pm25, Optional<RealTimeAirView> now, Optional<DataAge> todayAge, List<StationDot> map,
                       Optional<GoodDaysSoFar> goodDaysSoFar, DistrictOutline outline) {
    }

    /**
     * A station on the map: where it stands (empty: listed beside the map, not drawn) and its
     * latest figure — its own latest hour where the snapshot has hours, else its latest day.
     */
    public record StationDot(String code, LocalizedText name, Optional<GeoPoint> position, Optional<DotFigure> figure) {
    }

    /**
     * A station's latest AQI. {@code hourly}: {@code at} is the hour it is published under
     * (实时报); else the date of a daily figure at midnight.
     */
    public record DotFigure(int aqi, AqiLevel level, AqiCompleteness completeness, boolean hourly, LocalDateTime at,
                            boolean sample, DataAge age) {
    }

    /**
     * The district's AQI on a day. {@code provisionalNote} would be set for dates under standards not
     * yet entered (none since HJ 633-2026 was). {@code completeness} and {@code missing} say how far
     * the figure can be trusted when pollutants are missing (HJ 633: "at least", never a plain good
     * day); {@code methodNote} names the evaluation method where HJ 663-2026's text is missing.
     */
    public record DayAqi(LocalDate date, int aqi, AqiLevel level, List<Pollutant> primaryPollutants, boolean sample,
                         Optional<LocalizedText> provisionalNote, AqiCompleteness completeness,
                         List<Pollutant> missing, Optional<LocalizedText> methodNote,
                         List<HealthAdvice.PollutantGroups> sensitiveGroups) {
        public DayAqi {
            primaryPollutants = List.copyOf(primaryPollutants);
            missing = List.copyOf(missing);
            sensitiveGroups = List.copyOf(sensitiveGroups);
        }
    }

    public record StationAqi(String code, LocalizedText name, Optional<DayAqi> day) {
    }

    /** One cell of the calendar; {@code day} empty when there is no figure for the date. */
    public record CalendarDay(LocalDate date, Optional<DayAqi> day) {
    }

    /**
     * A yearly series with the 2025 target it is judged against, the figure judged (the newest
     * since 2020, up to 2025) and the verdict — those of the plan-targets screen.
     */
    public record Series(List<YearValue> years, OptionalDouble target, Optional<YearValue> latest, TargetStatus status) {
    }

    /** Hours read for the real-time part: the latest and the 23 before it. */
    public static final int REAL_TIME_HOURS = 24;

    private final Clock clock;
    private final AgeLimits ageLimits;
    private Optional<DayAqi> today = Optional.empty();
    private Optional<RealTimeAirView> now = Optional.empty();
    private Optional<DataAge> todayAge = Optional.empty();
    private List<StationAqi> stations = List.of();
    private List<CalendarDay> calendar = List.of();
    private List<StationDot> map = List.of();
    private Optional<GoodDaysSoFar> goodDaysSoFar = Optional.empty();
    private DistrictOutline outline = new DistrictOutline(List.of());
    private Series goodDays = new Series(List.of(), OptionalDouble.empty(), Optional.empty(), TargetStatus.NO_DATA);
    private Series pm25 = goodDays;

    /** On the system clock with the default age limits (3 hours, 2 days). */
    public AirViewModel() {
        this(Clock.systemDefaultZone(), AgeLimits.DEFAULT);
    }

    /** {@code clock} says how old the figures are; {@code ageLimits} when they count as stale (kiosk config). */
    public AirViewModel(Clock clock, AgeLimits ageLimits) {
        this.clock = clock;
        this.ageLimits = ageLimits;
    }

    @Override
    protected Data query(SnapshotReader reader) throws SnapshotException {
        LocalDate from = LocalDate.of(FIRST_YEAR, 1, 1);
        // everything from 2015 on: the newest day is whatever the data holds (the AQI is ours to compute)
        LocalDate to = LocalDate.of(2999, 12, 31);
        List<AirDay> days = reader.airDays(Optional.empty(), from, to);
        Optional<LocalDate> latest = days.stream().map(AirDay::date).max(LocalDate::compareTo);
        Optional<LocalDateTime> lastHour = reader.latestAirHour();
        List<AirHour> hours = lastHour.isEmpty() ? List.of()
                : reader.airHoursBetween(lastHour.get().minusHours(REAL_TIME_HOURS - 1L), lastHour.get());
        return compute(new Raw(latest, days, reader.o3HourPeaks(from, to), reader.stations(), reader.indicators(),
                reader.indicatorValues(), hours, reader.publishedFigures()), LocalDateTime.now(clock), ageLimits);
    }

    /** The screen's figures at the system clock with the default age limits. */
    public static Data compute(Raw data) {
        return compute(data, LocalDateTime.now(), AgeLimits.DEFAULT);
    }

    /** The screen's figures from what was read, as seen {@code at}: pure, off the FX thread. */
    public static Data compute(Raw data, LocalDateTime at, AgeLimits ageLimits) {
        List<AirDay> window = data.latest().map(last -> data.days().stream()
                .filter(d -> !d.date().isBefore(last.minusDays(CALENDAR_DAYS - 1L)) && !d.date().isAfter(last))
                .toList()).orElse(List.of());
        List<DayFigures> district = DistrictDays.of(window, data.peaks());
        Optional<DayAqi> today = AirEvaluation.latest(district).map(AirViewModel::dayAqi);
        List<StationAqi> stations = stations(data, window, today.map(DayAqi::date));
        List<CalendarDay> calendar = today.map(t -> AirEvaluation.calendar(district, t.date(), CALENDAR_DAYS).stream()
                .map(c -> new CalendarDay(c.date(), c.day().map(AirViewModel::dayAqi))).toList()).orElse(List.of());
        PlanProgress progress = new PlanProgress(new PlanData(data.indicators(), data.values(), List.of(), List.of(),
                List.of(), List.of(), data.days(), data.peaks(), data.published()));
        Map<String, DataOrigin> origins = new HashMap<>();
        data.stations().forEach(st -> origins.put(st.code(), st.origin()));
        Optional<RealTimeAirView> now = RealTimeEvaluation.latest(data.hours(), origins)
                .map(r -> RealTimeAirView.of(r, at, ageLimits));
        Series goodDays = series(progress, FigureSeries.GOOD_DAYS, data.indicators());
        OptionalInt target = goodDays.target().isPresent()
                ? OptionalInt.of((int) Math.round(goodDays.target().getAsDouble())) : OptionalInt.empty();
        Optional<GoodDaysSoFar> soFar = today.flatMap(t -> GoodDaysSoFar.of(t.date(), data.days(), data.peaks(), target));
        return new Data(today, stations, calendar, goodDays, series(progress, FigureSeries.PM25, data.indicators()), now,
                today.map(t -> DataAge.ofDay(t.date(), at.toLocalDate(), ageLimits)),
                dots(data, stations, RealTimeEvaluation.stationLatest(data.hours(), origins), at, ageLimits), soFar,
                DistrictOutline.shapingba());
    }

    /**
     * The map's stations: those listed with a daily figure, and any station that only has hours;
     * each with its own latest hour when it has one, else its latest day.
     */
    private static List<StationDot> dots(Raw data, List<StationAqi> daily, Map<String, HourFigures> latestHours,
                                         LocalDateTime at, AgeLimits limits) {
        Map<String, Station> byCode = new HashMap<>();
        data.stations().forEach(st -> byCode.put(st.code(), st));
        java.util.LinkedHashMap<String, StationDot> out = new java.util.LinkedHashMap<>();
        for (StationAqi s : daily) {
            Optional<DotFigure> figure = Optional.ofNullable(latestHours.get(s.code())).flatMap(h -> dotOfHour(h, at, limits))
                    .or(() -> s.day().map(d -> new DotFigure(d.aqi(), d.level(), d.completeness(), false,
                            d.date().atStartOfDay(), d.sample(), DataAge.ofDay(d.date(), at.toLocalDate(), limits))));
            out.put(s.code(), new StationDot(s.code(), s.name(),
                    Optional.ofNullable(byCode.get(s.code())).flatMap(Station::position), figure));
        }
        latestHours.forEach((code, hour) -> {
            if (!out.containsKey(code)) {
                Optional<Station> st = Optional.ofNullable(byCode.get(code));
                out.put(code, new StationDot(code, st.map(Station::name).orElse(LocalizedText.of(code, code)),
                        st.flatMap(Station::position), dotOfHour(hour, at, limits)));
            }
        });
        return List.copyOf(out.values());
    }

    private static Optional<DotFigure> dotOfHour(HourFigures h, LocalDateTime at, AgeLimits limits) {
        return h.aqi().map(r -> new DotFigure(r.aqi(), r.level(), r.completeness(), true, h.reportedAt(), h.sample(),
                DataAge.ofHour(h.reportedAt(), at, limits)));
    }

    @Override
    protected boolean apply(Data data) {
        today = data.today();
        stations = data.stations();
        calendar = data.calendar();
        map = data.map();
        goodDaysSoFar = data.goodDaysSoFar();
        outline = data.outline();
        goodDays = data.goodDays();
        pm25 = data.pm25();
        now = data.now();
        todayAge = data.todayAge();
        return today.map(DayAqi::sample).orElse(false)
                || now.map(RealTimeAirView::sample).orElse(false)
                || goodDaysSoFar.map(GoodDaysSoFar::sample).orElse(false)
                || stations.stream().anyMatch(x -> x.day().map(DayAqi::sample).orElse(false))
                || calendar.stream().anyMatch(x -> x.day().map(DayAqi::sample).orElse(false))
                || goodDays.years().stream().anyMatch(YearValue::sample)
                || pm25.years().stream().anyMatch(YearValue::sample);
    }

    /** The stations of the window's one origin (sample stations are not listed beside imported ones). */
    private static List<StationAqi> stations(Raw data, List<AirDay> window, Optional<LocalDate> day) {
        List<AirDay> used = FigurePrecedence.strongestOnly(window, AirDay::origin);
        List<StationAqi> out = new ArrayList<>();
        for (Station station : data.stations()) {
            if (used.stream().noneMatch(a -> a.station().equals(station.code()))) {
                continue;
            }
            Optional<DayAqi> aqi = day.flatMap(d -> used.stream()
                    .filter(a -> a.station().equals(station.code()) && a.date().equals(d)).findFirst())
                    .map(a -> DistrictDays.ofStation(a, data.peaks())).filter(f -> f.aqi().isPresent())
                    .map(AirViewModel::dayAqi);
            out.add(new StationAqi(station.code(), station.name(), aqi));
        }
        return List.copyOf(out);
    }

    private static Series series(PlanProgress progress, FigureSeries which, List<PlanIndicator> indicators) {
        List<YearValue> years = Figures.years(progress.series().of(which), FIRST_YEAR, LAST_YEAR);
        Optional<PlanIndicator> indicator = Figures.indicator(indicators, which.indicator());
        Optional<ProgressAssessment> judged = indicator.map(progress::latest);
        return new Series(years, Figures.target(indicators, which.indicator()),
                judged.flatMap(ProgressAssessment::latest).flatMap(Figures::value),
                judged.map(ProgressAssessment::status).orElse(TargetStatus.NO_DATA));
    }

    /** A day's figures as the screen shows them. */
    static DayAqi dayAqi(DayFigures day) {
        AqiResult r = day.aqi().orElseThrow();
        return new DayAqi(day.date(), r.aqi(), r.level(), r.primaryPollutants(), day.sample(), note(day.date()),
                r.completeness(), r.missingPollutants(),
                AirQualityRules.ruleSetFor(day.date()).methodNote().map(StandardTexts::of),
                r.healthAdvice().sensitiveGroups());
    }

    private static Optional<LocalizedText> note(LocalDate date) {
        RuleSelection rules = AirQualityRules.forDate(date);
        return rules.provisional()
                ? Optional.of(LocalizedText.of(rules.noteZh().orElseThrow(), rules.noteEn().orElseThrow()))
                : Optional.empty();
    }

    /** The latest hour (实时报) with its 24 hours; empty when the snapshot has no hourly data. */
    public Optional<RealTimeAirView> now() {
        return now;
    }

    /** How old the latest day is at the kiosk's clock; a stale day is never called "today". */
    public Optional<DataAge> todayAge() {
        return todayAge;
    }

    /** The latest day's district AQI; empty when the snapshot has no air data. */
    public Optional<DayAqi> today() {
        return today;
    }

    public List<StationAqi> stations() {
        return stations;
    }

    /** The 30 days ending on the latest day, oldest first; empty when there is no air data. */
    public List<CalendarDay> calendar() {
        return calendar;
    }

    public Series goodDays() {
        return goodDays;
    }

    /** The stations for the map, each with its latest figure. */
    public List<StationDot> map() {
        return map;
    }

    /** The district's good days this year so far against the plan's target; empty without air data. */
    public Optional<GoodDaysSoFar> goodDaysSoFar() {
        return goodDaysSoFar;
    }

    /** The district's outline the map is drawn on. */
    public DistrictOutline outline() {
        return outline;
    }

    public Series pm25() {
        return pm25;
    }

    /** The Grade II annual PM2.5 limit of the PM2.5 figure's year ({@link #pm25LimitsId}): 35 µg/m³ up to 2025. */
    public double pm25AnnualLimit() {
        return pm25Limits().limit(Pollutant.PM2_5, AveragingPeriod.ANNUAL).orElseThrow();
    }

    /** The limits standard that judges the PM2.5 figure shown, as the screen names it ("GB3095-2012"). */
    public String pm25LimitsId() {
        return pm25Limits().id();
    }

    /** Those of the latest PM2.5 figure's year (the plan's 2025 without one), as evaluation chooses a year's limits. */
    private AirQualityLimits pm25Limits() {
        return AirEvaluation.limitsOfYear(pm25.latest().map(YearValue::year).orElse(LAST_YEAR));
    }
}
