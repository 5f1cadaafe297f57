package org.ecokiosk.evaluation.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ecokiosk.evaluation.FigurePrecedence;
import org.ecokiosk.evaluation.Placeholders;
import org.ecokiosk.evaluation.YearFigure;
import org.ecokiosk.evaluation.air.AirEvaluation;
import org.ecokiosk.evaluation.air.AirYear;
import org.ecokiosk.evaluation.noise.NoiseEvaluation;
import org.ecokiosk.evaluation.noise.SurveyYear;
import org.ecokiosk.evaluation.water.DrinkingWater;
import org.ecokiosk.evaluation.water.SectionClass;
import org.ecokiosk.evaluation.water.WaterEvaluation;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.GreenMetric;
import org.ecokiosk.model.IndicatorValue;
import org.ecokiosk.model.NoiseKind;
import org.ecokiosk.model.PlanFigure;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.model.PublishedFigure;
import org.ecokiosk.model.WaterSample;
import org.ecokiosk.model.WaterSection;

/**
 * The yearly figures of an indicator or a {@link FigureSeries}, one per year, chosen by
 * {@link FigurePrecedence} among every candidate: monitoring-derived figures, indicator values
 * and the plan's printed baseline, and the figure the district published for a year. Sample figures
 * never mix with monitoring: a series that has any imported figure drops its sample figures (the
 * plan's own figures stay); a published figure takes precedence over sample ones in its year only.
 * Figures derived from monitoring are annual figures only: an air year counts when HJ 663's
 * completeness rule holds (a year still running has none), a water class when the year was sampled
 * into December ({@link YearCoverage}).
 */
public final class PlanSeries {
    private final PlanData data;
    /*
     * Memos of this series' own results (the data are immutable): a bulletin asks for the same
     * air years and series from every chapter, chart, table and provenance note of one build.
     */
    private final Map<Integer, Optional<AirYear>> airYears = new HashMap<>();
    private final Map<PlanIndicator, List<YearFigure>> indicatorSeries = new HashMap<>();
    private final Map<FigureSeries, List<YearFigure>> namedSeries = new java.util.EnumMap<>(FigureSeries.class);
    private TreeMap<Integer, List<AirDay>> airDaysByYear;

    public PlanSeries(PlanData data) {
        this.data = data;
    }

    public PlanData data() {
        return data;
    }

    /** The district's air year, evaluated once per year however many series ask. */
    public Optional<AirYear> airYear(int year) {
        return airYears.computeIfAbsent(year, y -> AirEvaluation.district(y, airDaysOf(y), data.o3Peaks()));
    }

    /** The station-days of {@code year}: the days are split by year once, not filtered for every year asked. */
    private List<AirDay> airDaysOf(int year) {
        return airDaysByYear().getOrDefault(year, List.of());
    }

    private TreeMap<Integer, List<AirDay>> airDaysByYear() {
        if (airDaysByYear == null) {
            airDaysByYear = new TreeMap<>();
            for (AirDay d : data.airDays()) {
                airDaysByYear.computeIfAbsent(d.date().getYear(), y -> new ArrayList<>()).add(d);
            }
        }
        return airDaysByYear;
    }

    /**
     * How far the district's air days of {@code year} reach ({@link YearCoverage}, by day): a year
     * whose days end before 31 December is reported for that period, never as a year.
     */
    public Optional<YearCoverage> airCoverage(int year) {
        return airYear(year).filter(a -> !a.days().isEmpty())
                .map(a -> YearCoverage.through(a.days().get(a.days().size() - 1).date()));
    }

    /**
     * The district's air over 1 January to the last day of {@code coverage} in {@code year} (同期):
     * what a period shorter than a year is compared with.
     */
    public Optional<AirYear> airSamePeriod(int year, YearCoverage coverage) {
        java.time.LocalDate last = coverage.inYear(year).lastDate();
        return AirEvaluation.district(year, airDaysOf(year).stream().filter(d -> !d.date().isAfter(last)).toList(),
                data.o3Peaks());
    }

    public Optional<PlanIndicator> indicator(String code) {
        return data.indicators().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** An indicator's series: its {@link FigureSeries} when it has one, else its own values, with its baseline. */
    public List<YearFigure> of(PlanIndicator indicator) {
        List<YearFigure> known = indicatorSeries.get(indicator);
        if (known == null) {
            known = figuresOf(indicator);
            indicatorSeries.put(indicator, known);
        }
        return known;
    }

    private List<YearFigure> figuresOf(PlanIndicator indicator) {
        Optional<FigureSeries> series = FigureSeries.ofIndicator(indicator.code());
        List<YearFigure> candidates = new ArrayList<>();
        series.ifPresent(s -> candidates.addAll(derived(s)));
        series.ifPresent(s -> candidates.addAll(published(s)));
        candidates.addAll(values(series.map(FigureSeries::valueCodes).orElse(List.of(indicator.code()))));
        baseline(indicator).ifPresent(candidates::add);
        return choose(candidates);
    }

    /** A series by name, with its indicator's baseline when it has an indicator. */
    public List<YearFigure> of(FigureSeries series) {
        Optional<PlanIndicator> indicator = indicator(series.indicator());
        if (indicator.isPresent()) {
            return of(indicator.get());
        }
        List<YearFigure> known = namedSeries.get(series);
        if (known == null) {
            List<YearFigure> candidates = new ArrayList<>(derived(series));
            candidates.addAll(published(series));
            candidates.addAll(values(series.valueCodes()));
            known = choose(candidates);
            namedSeries.put(series, known);
        }
        return known;
    }

    /**
     * The newest figure of an indicator after its baseline year and up to {@code upTo}: the value
     * progress is judged on. The baseline is never it — it is the second figure, shown beside.
     * Every screen and report that says "latest value" asks here.
     */
    public Optional<YearFigure> newestAfterBaseline(PlanIndicator indicator, int upTo) {
        return newestAfterBaseline(indicator, of(indicator), upTo);
    }

    /** {@link #newestAfterBaseline(PlanIndicator, int)} over a given series. */
    public static Optional<YearFigure> newestAfterBaseline(PlanIndicator indicator, List<YearFigure> figures, int upTo) {
        // an indicator without a baseline year (专栏1's 2020 targets) has no baseline to leave out
        int baselineYear = indicator.baselineYear() > 0 ? indicator.baselineYear() : Integer.MIN_VALUE;
        return figures.stream().filter(f -> f.year() > baselineYear && f.year() <= upTo)
                .max(java.util.Comparator.comparingInt(YearFigure::year));
    }

    /** The plan's printed baseline as a figure of its year; empty for a blank or placeholder cell. */
    public static Optional<YearFigure> baseline(PlanIndicator indicator) {
        if (indicator.baselineYear() <= 0) {
            return Optional.empty();
        }
        return Placeholders.figure(indicator.baseline())
                .map(f -> new YearFigure(indicator.baselineYear(), f, DataOrigin.PLAN, "plan baseline " + indicator.code()));
    }

    /**
     * One figure per year (best origin; the first candidate among equals). Sample figures are
     * dropped from the whole series once it has imported monitoring figures (real monitoring
     * replaces the demonstration series, no trend mixes the two); a published figure, a single
     * year's figure from a document, wins only its own year.
     */
    static List<YearFigure> choose(List<YearFigure> candidates) {
        Map<Integer, List<YearFigure>> byYear = new TreeMap<>();
        candidates.forEach(c -> byYear.computeIfAbsent(c.year(), k -> new ArrayList<>()).add(c));
        List<YearFigure> chosen = new ArrayList<>();
        byYear.values().forEach(list -> FigurePrecedence.best(list, YearFigure::origin).ifPresent(chosen::add));
        boolean monitored = chosen.stream().anyMatch(f -> f.origin() == DataOrigin.IMPORTED);
        return monitored ? chosen.stream().filter(f -> !f.sample()).toList() : List.copyOf(chosen);
    }

    /** The year's published figure of the series, from the first of its items the document printed. */
    private List<YearFigure> published(FigureSeries series) {
        List<YearFigure> out = new ArrayList<>();
        for (String item : series.publishedItems()) {
            for (PublishedFigure p : data.published()) {
                if (p.key().equals(item) && !Placeholders.isPlaceholder(p.value())) {
                    out.add(new YearFigure(p.year(), p.value(), DataOrigin.PUBLISHED,
                            "published_figure " + p.document().title().zh() + " " + p.item(), Optional.of(p.document())));
                }
            }
        }
        return out;
    }

    /** The series' figure of {@code year}, as every chapter and screen must show it; empty without one. */
    public Optional<YearFigure> figureOf(FigureSeries series, int year) {
        return of(series).stream().filter(f -> f.year() == year).findFirst();
    }

    /** The figures the district published for {@code year} under {@code topic}, in the document's order. */
    public List<PublishedFigure> published(String topic, int year) {
        return data.published().stream().filter(p -> p.topic().equals(topic) && p.year() == year).toList();
    }

    private List<YearFigure> values(List<String> codes) {
        List<YearFigure> out = new ArrayList<>();
        for (String code : codes) {
            for (IndicatorValue v : data.values()) {
                if (v.indicatorCode().equals(code)) {
                    Placeholders.figure(v.value()).ifPresent(f -> out.add(
                            new YearFigure(v.year(), f, v.origin(), "indicator_value " + code)));
                }
            }
        }
        return out;
    }

    private List<YearFigure> derived(FigureSeries series) {
        return switch (series.derived()) {
            case GREEN -> green(series.key());
            case AIR_GOOD_DAYS -> air(true);
            case AIR_PM25 -> air(false);
            case WATER_SECTION -> section(series);
            case DRINKING_WATER -> drinkingWater();
            case NOISE_REGIONAL -> noise(NoiseKind.REGIONAL);
            case NOISE_TRAFFIC -> noise(NoiseKind.TRAFFIC);
        };
    }

    private List<YearFigure> green(String metric) {
        List<YearFigure> out = new ArrayList<>();
        for (GreenMetric m : data.green()) {
            if (m.code().equals(metric) && Double.isFinite(m.value())) {
                out.add(new YearFigure(m.year(), PlanFigure.of(m.value()), m.origin(), "green_metric " + metric));
            }
        }
        return out;
    }

    private List<YearFigure> air(boolean goodDays) {
        List<YearFigure> out = new ArrayList<>();
        for (int year : airDaysByYear().keySet()) {
            Optional<AirYear> air = airYear(year);
            if (air.isEmpty()) {
                continue;
            }
            AirYear a = air.get();
            String source = "air_day (HJ 663 district, " + a.stations() + " stations)";
            if (goodDays && a.goodDaysIsAnnual()) {
                out.add(new YearFigure(year, PlanFigure.of(a.goodDays()), a.origin(), source));
            } else if (!goodDays && a.pm25IsAnnual() && a.pm25Reported().isPresent()) {
                out.add(new YearFigure(year, PlanFigure.of(a.pm25Reported().getAsDouble()), a.origin(), source));
            }
        }
        return out;
    }

    private List<YearFigure> section(FigureSeries series) {
        List<YearFigure> out = new ArrayList<>();
        for (WaterSection s : sectionsOf(series)) {
            String code = s.code();
            for (int year : WaterEvaluation.years(s, data.samples())) {
                if (!wholeYear(List.of(s), year)) {
                    continue;
                }
                WaterEvaluation.ofYear(s, data.samples(), year).flatMap(c -> c.waterClass().map(w -> new YearFigure(year,
                        new PlanFigure(Optional.empty(), w.ascii()), c.origin(), "water_sample " + code)))
                        .ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * The section a river's class row is judged on: the one with the series' code, else the single
     * river section (not a drinking-water source) with a target class whose river the indicator
     * names after its colon ("地表水水质(类别):梁滩河").
     */
    public List<WaterSection> sectionsOf(FigureSeries series) {
        List<WaterSection> byCode = data.sections().stream().filter(s -> s.code().equals(series.key())).toList();
        if (!byCode.isEmpty()) {
            return byCode;
        }
        Optional<String> river = indicator(series.indicator()).map(i -> i.name().zh())
                .map(n -> n.substring(Math.max(n.lastIndexOf(':'), n.lastIndexOf('：')) + 1).strip())
                .filter(r -> !r.isEmpty());
        List<WaterSection> byRiver = data.sections().stream().filter(s -> !s.drinkingSource()
                && !s.targetClass().isBlank() && river.filter(r -> r.equals(s.river().zh())).isPresent()).toList();
        return byRiver.size() == 1 ? byRiver : List.of();
    }

    private List<YearFigure> drinkingWater() {
        List<WaterSection> sources = data.sections().stream().filter(WaterSection::drinkingSource).toList();
        TreeSet<Integer> years = new TreeSet<>();
        sources.forEach(s -> years.addAll(WaterEvaluation.years(s, data.samples())));
        List<YearFigure> out = new ArrayList<>();
        for (int year : years) {
            if (!wholeYear(sources, year)) {
                continue;
            }
            DrinkingWater d = drinkingWater(year);
            if (d.ratePercent().isPresent()) {
                BigDecimal rate = BigDecimal.valueOf(d.ratePercent().getAsDouble()).setScale(1, RoundingMode.HALF_UP);
                out.add(new YearFigure(year, PlanFigure.of(rate.doubleValue()), d.origin(),
                        "water_sample (drinking-water sources)"));
            }
        }
        return out;
    }

    /**
     * How much of {@code year} the sections' samples cover ({@link YearCoverage}): a year not
     * sampled into December is not an annual class.
     */
    public Optional<YearCoverage> waterCoverage(List<WaterSection> sections, int year) {
        java.util.Set<String> codes = new java.util.HashSet<>();
        sections.forEach(s -> codes.add(s.code()));
        return YearCoverage.of(year, data.samples().stream().filter(w -> codes.contains(w.section()))
                .map(WaterSample::date).toList());
    }

    private boolean wholeYear(List<WaterSection> sections, int year) {
        return waterCoverage(sections, year).map(YearCoverage::wholeYear).orElse(false);
    }

    /** The drinking-water sources' compliance in {@code year}, each source by its class of the year. */
    public DrinkingWater drinkingWater(int year) {
        List<WaterSample> samples = data.samples();
        List<SectionClass> classes = data.sections().stream().filter(WaterSection::drinkingSource)
                .map(s -> WaterEvaluation.ofYear(s, samples, year)).flatMap(Optional::stream).toList();
        return WaterEvaluation.drinkingWater(data.sections(), classes);
    }

    private List<YearFigure> noise(NoiseKind kind) {
        List<YearFigure> out = new ArrayList<>();
        TreeSet<Integer> years = new TreeSet<>();
        data.noise().stream().filter(r -> r.kind() == kind).forEach(r -> years.add(r.year()));
        for (int year : years) {
            Optional<SurveyYear> s = NoiseEvaluation.survey(data.noise(), kind, year);
            s.filter(x -> x.day().leq().isPresent()).ifPresent(x -> out.add(new YearFigure(year,
                    PlanFigure.of(x.day().leq().getAsDouble()), x.origin(), "noise_reading " + kind.name().toLowerCase(
                            java.util.Locale.ROOT) + " day")));
        }
        return out;
    }
}
