package org.ecokiosk.kiosk.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.ecokiosk.evaluation.TargetStatus;
import org.ecokiosk.evaluation.noise.NoiseEvaluation;
import org.ecokiosk.evaluation.noise.NoiseLevel;
import org.ecokiosk.evaluation.noise.SurveyYear;
import org.ecokiosk.evaluation.noise.ZonePeriod;
import org.ecokiosk.evaluation.plan.TargetJudgement;
import org.ecokiosk.model.NoiseKind;
import org.ecokiosk.model.NoiseReading;
import org.ecokiosk.model.PlanFigure;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.standards.noise.NoiseSurvey;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.standards.noise.DayPeriod;
import org.ecokiosk.standards.noise.NoiseGrade;
import org.ecokiosk.standards.noise.NoiseZone;

/**
 * The noise screen: the newest year's regional and road-traffic averages against the plan's
 * 2025 ceilings (≤ 53 and ≤ 66 dB, judged on the daytime average as the plan's chapter 5 reports
 * it) with their HJ 640-2012 grades, and each GB 3096-2008 functional zone by day and night.
 * Levels, grades and verdicts are {@link NoiseEvaluation}'s and {@link TargetJudgement}'s.
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

    /**
     * The HJ 640-2012 bound of grade 1 (好) by day for regional or road-traffic noise: the two
     * surveys are graded on different scales (50.0 against 68.0 dB(A)), which the screen explains.
     */
    public static double gradeOneDayBound(NoiseKind kind) {
        NoiseSurvey survey = kind == NoiseKind.TRAFFIC ? NoiseSurvey.ROAD_TRAFFIC : NoiseSurvey.REGIONAL;
        return survey.upperBound(NoiseGrade.GRADE_1, DayPeriod.DAY);
    }

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
        regional = survey(data, NoiseKind.REGIONAL, REGIONAL_TARGET);
        traffic = survey(data, NoiseKind.TRAFFIC, TRAFFIC_TARGET);
        zoneYear = NoiseEvaluation.latestYear(data.readings(), NoiseKind.ZONE);
        List<Zone> z = new ArrayList<>();
        if (zoneYear.isPresent()) {
            List<ZonePeriod> periods = NoiseEvaluation.zones(data.readings(), zoneYear.getAsInt());
            for (NoiseZone zone : NoiseZone.values()) {
                Optional<ZonePeriod> day = period(periods, zone, DayPeriod.DAY);
                Optional<ZonePeriod> night = period(periods, zone, DayPeriod.NIGHT);
                if (day.isEmpty() && night.isEmpty()) {
                    continue;
                }
                z.add(new Zone(zone, leq(day), status(day), leq(night), status(night),
                        day.map(ZonePeriod::sample).orElse(false) || night.map(ZonePeriod::sample).orElse(false)));
            }
        }
        zones = List.copyOf(z);
        return regional.sample() || traffic.sample() || zones.stream().anyMatch(Zone::sample);
    }

    private static Optional<ZonePeriod> period(List<ZonePeriod> periods, NoiseZone zone, DayPeriod period) {
        return periods.stream().filter(p -> p.zone() == zone && p.period() == period).findFirst();
    }

    private static OptionalDouble leq(Optional<ZonePeriod> p) {
        return p.map(x -> OptionalDouble.of(x.leq())).orElse(OptionalDouble.empty());
    }

    private static TargetStatus status(Optional<ZonePeriod> p) {
        return p.map(x -> x.complies() ? TargetStatus.MET : TargetStatus.NOT_MET).orElse(TargetStatus.NO_DATA);
    }

    static Survey survey(Data data, NoiseKind kind, String targetCode) {
        OptionalInt year = NoiseEvaluation.latestYear(data.readings(), kind);
        OptionalDouble target = Figures.target(data.indicators(), targetCode);
        if (year.isEmpty()) {
            return new Survey(kind, year, Level.NONE, Level.NONE, target, TargetStatus.NO_DATA, List.of(), false);
        }
        SurveyYear s = NoiseEvaluation.survey(data.readings(), kind, year.getAsInt()).orElseThrow();
        List<YearValue> trend = new ArrayList<>();
        for (int y = NoiseEvaluation.firstYear(data.readings(), kind).getAsInt(); y <= year.getAsInt(); y++) {
            Optional<SurveyYear> of = NoiseEvaluation.survey(data.readings(), kind, y);
            int yy = y;
            trend.add(of.filter(x -> x.day().leq().isPresent())
                    .map(x -> new YearValue(yy, x.day().leq(), x.sample())).orElse(YearValue.missing(y)));
        }
        Optional<PlanIndicator> indicator = Figures.indicator(data.indicators(), targetCode);
        TargetStatus status = s.day().leq().isEmpty() || indicator.isEmpty() ? TargetStatus.NO_DATA
                : TargetJudgement.judge(indicator.get(), PlanFigure.of(s.day().leq().getAsDouble()));
        return new Survey(kind, year, level(s.day()), level(s.night()), target, status, List.copyOf(trend), s.sample());
    }

    private static Level level(NoiseLevel l) {
        return new Level(l.leq(), l.grade());
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
