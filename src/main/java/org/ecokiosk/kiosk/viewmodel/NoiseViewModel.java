package org.ecokiosk.kiosk.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.ecokiosk.model.NoiseKind;
import org.ecokiosk.model.NoiseReading;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.plan.TargetStatus;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.standards.noise.DayPeriod;
import org.ecokiosk.standards.noise.NoiseGrade;
import org.ecokiosk.standards.noise.NoiseSurvey;
import org.ecokiosk.standards.noise.NoiseZone;

/**
 * The noise screen: the newest year's regional and road-traffic averages against the plan's
 * 2025 ceilings (≤ 53 and ≤ 66 dB, judged on the daytime average as the plan's chapter 5 reports
 * it) with their HJ 640-2012 grades, and each GB 3096-2008 functional zone by day and night.
 */
public final class NoiseViewModel extends SnapshotViewModel<NoiseViewModel.Data> {
    public static final String REGIONAL_TARGET = "noise-regional";
    public static final String TRAFFIC_TARGET = "noise-traffic";

    public record Data(List<NoiseReading> readings, List<PlanIndicator> indicators) {
    }

    /** A period's level and grade; both empty when not measured. */
    public record Level(OptionalDouble leq, Optional<NoiseGrade> grade) {
        static final Level NONE = new Level(OptionalDouble.empty(), Optional.empty());
    }

    /** Regional or road-traffic noise of one year. {@code status}: the daytime level against the plan's ceiling. */
    public record Survey(NoiseKind kind, OptionalInt year, Level day, Level night, OptionalDouble target,
                         TargetStatus status, List<YearValue> dayTrend, boolean sample) {
    }

    /** A functional zone's day and night level, each judged against its GB 3096 limit. */
    public record Zone(NoiseZone zone, OptionalDouble day, TargetStatus dayStatus, OptionalDouble night,
                       TargetStatus nightStatus, boolean sample) {
    }

    private Survey regional = empty(NoiseKind.REGIONAL);
    private Survey traffic = empty(NoiseKind.TRAFFIC);
    private OptionalInt zoneYear = OptionalInt.empty();
    private List<Zone> zones = List.of();

    private static Survey empty(NoiseKind kind) {
        return new Survey(kind, OptionalInt.empty(), Level.NONE, Level.NONE, OptionalDouble.empty(),
                TargetStatus.NO_DATA, List.of(), false);
    }

    @Override
    protected Data query(SnapshotReader reader) throws SnapshotException {
        return new Data(reader.noiseReadings(), reader.indicators());
    }

    @Override
    protected boolean apply(Data data) {
        regional = survey(data, NoiseKind.REGIONAL, NoiseSurvey.REGIONAL, REGIONAL_TARGET);
        traffic = survey(data, NoiseKind.TRAFFIC, NoiseSurvey.ROAD_TRAFFIC, TRAFFIC_TARGET);
        zoneYear = data.readings().stream().filter(r -> r.kind() == NoiseKind.ZONE).mapToInt(NoiseReading::year).max();
        List<Zone> z = new ArrayList<>();
        if (zoneYear.isPresent()) {
            int year = zoneYear.getAsInt();
            for (NoiseZone zone : NoiseZone.values()) {
                List<NoiseReading> of = data.readings().stream().filter(r -> r.kind() == NoiseKind.ZONE
                        && r.year() == year && NoiseZone.parse(r.zone()).filter(zone::equals).isPresent()).toList();
                if (of.isEmpty()) {
                    continue;
                }
                OptionalDouble day = mean(of, false);
                OptionalDouble night = mean(of, true);
                z.add(new Zone(zone, day, complies(zone, day, DayPeriod.DAY), night, complies(zone, night, DayPeriod.NIGHT),
                        of.stream().anyMatch(r -> r.origin().isSample())));
            }
        }
        zones = List.copyOf(z);
        return regional.sample() || traffic.sample() || zones.stream().anyMatch(Zone::sample);
    }

    private static TargetStatus complies(NoiseZone zone, OptionalDouble leq, DayPeriod period) {
        if (leq.isEmpty()) {
            return TargetStatus.NO_DATA;
        }
        return zone.complies(leq.getAsDouble(), period) ? TargetStatus.MET : TargetStatus.NOT_MET;
    }

    static Survey survey(Data data, NoiseKind kind, NoiseSurvey standard, String targetCode) {
        List<NoiseReading> of = data.readings().stream().filter(r -> r.kind() == kind).toList();
        OptionalInt year = of.stream().mapToInt(NoiseReading::year).max();
        if (year.isEmpty()) {
            return new Survey(kind, year, Level.NONE, Level.NONE, Figures.target(data.indicators(), targetCode),
                    TargetStatus.NO_DATA, List.of(), false);
        }
        List<NoiseReading> ofYear = of.stream().filter(r -> r.year() == year.getAsInt()).toList();
        Level day = level(standard, DayPeriod.DAY, mean(ofYear, false));
        Level night = level(standard, DayPeriod.NIGHT, mean(ofYear, true));
        int first = of.stream().mapToInt(NoiseReading::year).min().orElseThrow();
        List<YearValue> trend = new ArrayList<>();
        for (int y = first; y <= year.getAsInt(); y++) {
            int yy = y;
            List<NoiseReading> dayOf = of.stream().filter(r -> r.year() == yy && !r.night()).toList();
            OptionalDouble v = mean(dayOf, false);
            trend.add(v.isPresent() ? new YearValue(y, v, dayOf.stream().anyMatch(r -> r.origin().isSample()))
                    : YearValue.missing(y));
        }
        Optional<YearValue> latestDay = day.leq().isPresent()
                ? Optional.of(new YearValue(year.getAsInt(), day.leq(), false)) : Optional.empty();
        TargetStatus status = Figures.judge(Figures.indicator(data.indicators(), targetCode), latestDay);
        return new Survey(kind, year, day, night, Figures.target(data.indicators(), targetCode), status,
                List.copyOf(trend), ofYear.stream().anyMatch(r -> r.origin().isSample()));
    }

    private static Level level(NoiseSurvey survey, DayPeriod period, OptionalDouble leq) {
        return leq.isEmpty() ? Level.NONE
                : new Level(leq, Optional.of(NoiseGrade.of(survey, period, leq.getAsDouble())));
    }

    /** Mean of the readings of one period (sites averaged), rounded to 0.1 dB as levels are reported. */
    private static OptionalDouble mean(List<NoiseReading> readings, boolean night) {
        OptionalDouble m = readings.stream().filter(r -> r.night() == night && Double.isFinite(r.leq()))
                .mapToDouble(NoiseReading::leq).average();
        return m.isPresent() ? OptionalDouble.of(Math.round(m.getAsDouble() * 10) / 10.0) : m;
    }

    public Survey regional() {
        return regional;
    }

    public Survey traffic() {
        return traffic;
    }

    public OptionalInt zoneYear() {
        return zoneYear;
    }

    public List<Zone> zones() {
        return zones;
    }
}
