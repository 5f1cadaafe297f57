package org.ecokiosk.kiosk.viewmodel;

import org.ecokiosk.model.Direction;
import java.time.Clock;
import org.ecokiosk.evaluation.AgeLimits;
import org.ecokiosk.evaluation.DataAge;
import org.ecokiosk.standards.air.AqiCompleteness;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ecokiosk.evaluation.TargetStatus;
import org.ecokiosk.evaluation.air.DayFigures;
import org.ecokiosk.evaluation.air.DistrictDays;
import org.ecokiosk.evaluation.plan.PlanData;
import org.ecokiosk.evaluation.plan.PlanProgress;
import org.ecokiosk.evaluation.plan.TargetTally;
import org.ecokiosk.evaluation.plan.ProgressAssessment;
import org.ecokiosk.evaluation.water.SectionClass;
import org.ecokiosk.evaluation.water.WaterEvaluation;
import org.ecokiosk.kiosk.i18n.StandardTexts;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.Facility;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.model.OpenDay;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.model.PlanTable;
import org.ecokiosk.model.Station;
import org.ecokiosk.model.WaterSample;
import org.ecokiosk.model.WaterSection;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.standards.RgbColour;
import org.ecokiosk.standards.TextColour;
import org.ecokiosk.standards.air.AqiLevel;
import org.ecokiosk.standards.water.WaterClass;

/**
 * The attract loop's highlights, each built from the live snapshot and never invented: the
 * latest day's AQI in its HJ 633 colour, rivers' latest GB 3838 class, the next open day, the
 * plan targets met, the eco-town goal. A kind of highlight whose data is absent is left out.
 * Texts are message keys with arguments; {@link LocalizedText}, {@link LocalDate} and
 * {@link Quantity} arguments are put into words by the view in the visitor's language. The
 * highlights are judged where the snapshot is read, on the session's reader thread (every water
 * section's samples are evaluated: too much work for the FX thread, each time the loop starts).
 */
public final class AttractViewModel extends SnapshotViewModel<List<AttractViewModel.Highlight>> {
    public static final int MAX_WATER = 2;
    public static final int MAX_PLAN_MET = 3;

    public enum Kind { AIR, WATER, OPEN_DAY, PLAN_COUNT, PLAN_MET, ECO_TOWNS }

    /** A value with a unit code, which the view displays in words. */
    public record Quantity(String value, String unit) {
    }

    /** A colour band for the big value (the standards' official colours) with its text colour. */
    public record Band(RgbColour background, TextColour text) {
    }

    public record Highlight(Kind kind, String titleKey, List<Object> titleArgs, Object bigValue, String textKey,
                            List<Object> textArgs, Optional<Band> band, boolean sample) {
        public Highlight {
            titleArgs = List.copyOf(titleArgs);
            textArgs = List.copyOf(textArgs);
        }
    }

    /**
     * {@code indicators}: the plan's rows; {@code plan}: the 专栏2 targets as the plan-targets screen
     * judges them, computed on the reader thread ({@link #judge}).
     */
    public record Data(Optional<LocalDate> latestAirDay, List<AirDay> airDays, List<Station> stations,
                       List<WaterSection> sections, List<WaterSample> samples, List<Facility> facilities,
                       List<OpenDay> openDays, List<PlanIndicator> indicators, List<ProgressAssessment> plan) {
        public static Data empty() {
            return new Data(Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of());
        }
    }

    /** The 专栏2 targets in the plan's order, judged as the plan-targets screen judges them ({@link PlanProgress#latest}). */
    public static List<ProgressAssessment> judge(PlanData plan) {
        return new PlanProgress(plan).latest().targets();
    }

    private final Clock clock;
    private final AgeLimits ageLimits;
    private final ObservableList<Highlight> highlights = FXCollections.observableArrayList();

    public AttractViewModel(Clock clock) {
        this(clock, AgeLimits.DEFAULT);
    }

    /** {@code ageLimits}: an air day older than these is left out of the loop (it is no highlight of today). */
    public AttractViewModel(Clock clock, AgeLimits ageLimits) {
        this.clock = clock;
        this.ageLimits = ageLimits;
    }

    public ObservableList<Highlight> highlights() {
        return highlights;
    }

    @Override
    protected List<Highlight> query(SnapshotReader reader) throws SnapshotException {
        Optional<LocalDate> latest = reader.latestAirDay();
        List<AirDay> days = latest.isPresent() ? reader.airDays(Optional.empty(), latest.get(), latest.get())
                : List.of();
        return build(new Data(latest, days, reader.stations(), reader.waterSections(), reader.waterSamples(),
                reader.facilities(), reader.openDays(), reader.indicators(), judge(PlanTargetsViewModel.read(reader))),
                LocalDateTime.now(clock), ageLimits);
    }

    /** Reads afresh each time the loop starts, so the highlights follow the published snapshot. */
    @Override
    protected Reuse reuse() {
        return Reuse.REREAD;
    }

    @Override
    protected boolean apply(List<Highlight> built) {
        highlights.setAll(built);
        return highlights.stream().anyMatch(Highlight::sample);
    }

    public static List<Highlight> build(Data data, LocalDateTime now) {
        return build(data, now, AgeLimits.DEFAULT);
    }

    public static List<Highlight> build(Data data, LocalDateTime now, AgeLimits ageLimits) {
        List<Highlight> out = new ArrayList<>();
        air(data, now, ageLimits).ifPresent(out::add);
        out.addAll(water(data));
        openDay(data, now).ifPresent(out::add);
        out.addAll(plan(data));
        ecoTowns(data).ifPresent(out::add);
        return out;
    }

    /**
     * The station with the highest AQI on the latest day (the worst air a resident may meet), by the one daily
     * rule. No hourly O3 peaks are read: the latest days fall under HJ 633-2026, whose daily AQI has no 1 h O3.
     * A stale day (older than the age limit) is no highlight: the loop would show last month's air as
     * today's. A station-day whose level cannot be stated (pollutants missing, the rest ≤ 100) is left out too.
     */
    static Optional<Highlight> air(Data data, LocalDateTime now, AgeLimits ageLimits) {
        if (data.latestAirDay().isEmpty()
                || DataAge.ofDay(data.latestAirDay().get(), now.toLocalDate(), ageLimits).stale()) {
            return Optional.empty();
        }
        LocalDate day = data.latestAirDay().get();
        return data.airDays().stream().filter(d -> d.date().equals(day))
                .map(d -> Map.entry(d, DistrictDays.ofStation(d, List.of())))
                .filter(e -> e.getValue().aqi().filter(a -> a.completeness() != AqiCompleteness.UNDETERMINED)
                        .isPresent())
                .max(Comparator.comparingInt((Map.Entry<AirDay, DayFigures> e) -> e.getValue().aqi().get().aqi()))
                .map(e -> {
                    AirDay d = e.getKey();
                    int aqi = e.getValue().aqi().get().aqi();
                    AqiLevel level = e.getValue().aqi().get().level();
                    LocalizedText station = data.stations().stream().filter(s -> s.code().equals(d.station()))
                            .map(Station::name).findFirst().orElse(LocalizedText.of(d.station(), d.station()));
                    return new Highlight(Kind.AIR, "attract.air.title", List.of(day), "AQI " + aqi,
                            "attract.air.text", List.of(station, StandardTexts.category(level),
                                    StandardTexts.advice(level)),
                            Optional.of(new Band(level.colour(), level.textColour())), d.origin().isSample());
                });
    }

    /** The latest class of each monitored section ({@link WaterEvaluation}), those with a plan target first. */
    static List<Highlight> water(Data data) {
        List<Highlight> out = new ArrayList<>();
        data.sections().stream()
                .sorted(Comparator.comparing((WaterSection s) -> s.targetClass().isBlank()).thenComparing(WaterSection::code))
                .forEach(section -> {
                    if (out.size() >= MAX_WATER) {
                        return;
                    }
                    Optional<SectionClass> latest = WaterEvaluation.latest(section, data.samples());
                    latest.filter(x -> x.waterClass().isPresent()).ifPresent(x -> {
                        WaterClass c = x.waterClass().get();
                        Optional<WaterClass> target = WaterClass.parse(section.targetClass());
                        String key = target.isEmpty() ? "attract.water.text"
                                : x.status() == TargetStatus.MET ? "attract.water.text.met" : "attract.water.text.notMet";
                        LocalizedText label = StandardTexts.waterClass(c);
                        out.add(new Highlight(Kind.WATER, "attract.water.title", List.of(section.name()), label, key,
                                List.of(x.sampled().orElseThrow(), label, StandardTexts.waterStatus(c),
                                        target.map(StandardTexts::waterClass)
                                                .orElse(LocalizedText.of("", ""))),
                                Optional.of(new Band(c.colour(), c.textColour())), x.sample()));
                    });
                });
        return out;
    }

    static Optional<Highlight> openDay(Data data, LocalDateTime now) {
        return data.facilities().stream()
                .flatMap(f -> FacilitiesViewModel.nextOpenDay(f.code(), data.openDays(), now).stream()
                        .map(d -> Map.entry(f, d)))
                .min(Comparator.comparing((Map.Entry<Facility, OpenDay> e) -> e.getValue().date())
                        .thenComparing(e -> e.getValue().start()).thenComparing(e -> e.getKey().code()))
                .map(e -> {
                    OpenDay d = e.getValue();
                    return new Highlight(Kind.OPEN_DAY, "attract.openDay.title", List.of(), d.date(),
                            "attract.openDay.text", List.of(e.getKey().name(), d.start(), d.end()), Optional.empty(),
                            d.origin().isSample() || e.getKey().origin().isSample());
                });
    }

    /** How many targets are met and which, as the plan-targets screen judges them ({@link PlanProgress#latest}). */
    static List<Highlight> plan(Data data) {
        List<ProgressAssessment> assessed = data.plan();
        if (assessed.isEmpty()) {
            return List.of();
        }
        List<ProgressAssessment> met = assessed.stream().filter(a -> a.status() == TargetStatus.MET).toList();
        List<Highlight> out = new ArrayList<>();
        // counted per indicator as the plan numbers them: one with two rows (two rivers) is met when both are
        int indicators = TargetTally.indicators(assessed);
        int metIndicators = TargetTally.indicatorsMet(assessed);
        out.add(new Highlight(Kind.PLAN_COUNT, "attract.plan.title", List.of(), metIndicators + " / " + indicators,
                "attract.plan.text", List.of(indicators, metIndicators), Optional.empty(),
                assessed.stream().anyMatch(ProgressAssessment::latestIsSample)));
        met.stream().filter(a -> a.latest().map(f -> f.value().isNumber()).orElse(false)).limit(MAX_PLAN_MET)
                .forEach(a -> {
                    PlanIndicator i = a.indicator();
                    out.add(new Highlight(Kind.PLAN_MET, "attract.planMet.title", List.of(i.name()),
                            new Quantity(a.latest().get().value().display(), i.unit()), "attract.planMet.text",
                            List.of(a.latestYear().get(), signBefore(i.direction()),
                                    new Quantity(i.target().display(), i.unit())),
                            Optional.empty(), a.latestIsSample()));
                });
        return out;
    }

    static Optional<Highlight> ecoTowns(Data data) {
        return data.indicators().stream()
                .filter(i -> i.table() == PlanTable.ECOTOWN && i.code().startsWith("eco-") && !i.unit().isBlank()
                        && !i.target().isEmpty())
                .max(Comparator.comparingInt(PlanIndicator::targetYear))
                .map(i -> new Highlight(Kind.ECO_TOWNS, "attract.towns.title", List.of(), i.target().display(),
                        "attract.towns.text", List.of(i.targetYear(), i.target().display()), Optional.empty(), false));
    }

    /** "≥ " before a target's figure, nothing for a target to hold (see {@link Direction#targetSign}). */
    private static String signBefore(Direction d) {
        return d.targetSign().isEmpty() ? "" : d.targetSign() + " ";
    }
}
