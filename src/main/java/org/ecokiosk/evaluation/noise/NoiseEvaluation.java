package org.ecokiosk.evaluation.noise;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.ecokiosk.evaluation.FigurePrecedence;
import org.ecokiosk.model.NoiseKind;
import org.ecokiosk.model.NoiseReading;
import org.ecokiosk.standards.noise.DayPeriod;
import org.ecokiosk.standards.noise.NoiseGrade;
import org.ecokiosk.standards.noise.NoiseSurvey;
import org.ecokiosk.standards.noise.NoiseZone;

/**
 * Noise of a year: regional and road-traffic surveys as the mean of their sites, graded by
 * HJ 640-2012; the functional zones day and night against GB 3096-2008. Levels are rounded to
 * 0.1 dB, as they are reported, before they are graded or compared. Readings of one kind and year
 * come from one origin (sample readings never mix with monitoring).
 */
public final class NoiseEvaluation {
    private NoiseEvaluation() {
    }

    /** The newest year with readings of {@code kind}. */
    public static OptionalInt latestYear(List<NoiseReading> readings, NoiseKind kind) {
        return readings.stream().filter(r -> r.kind() == kind).mapToInt(NoiseReading::year).max();
    }

    /** First year with readings of {@code kind}. */
    public static OptionalInt firstYear(List<NoiseReading> readings, NoiseKind kind) {
        return readings.stream().filter(r -> r.kind() == kind).mapToInt(NoiseReading::year).min();
    }

    /** A regional or road-traffic survey's year; empty when it has no reading that year. */
    public static Optional<SurveyYear> survey(List<NoiseReading> readings, NoiseKind kind, int year) {
        List<NoiseReading> of = ofYear(readings, kind, year);
        if (of.isEmpty()) {
            return Optional.empty();
        }
        NoiseSurvey survey = kind == NoiseKind.TRAFFIC ? NoiseSurvey.ROAD_TRAFFIC : NoiseSurvey.REGIONAL;
        return Optional.of(new SurveyYear(kind, year, level(survey, DayPeriod.DAY, of), level(survey, DayPeriod.NIGHT, of),
                of.get(0).origin()));
    }

    /**
     * The HJ 640-2012 grade of a regional or road-traffic level from wherever it comes (the mean of
     * our sites, or a level the district published), rounded to 0.1 dB as levels are reported.
     */
    public static NoiseGrade grade(NoiseKind kind, DayPeriod period, double leq) {
        NoiseSurvey survey = kind == NoiseKind.TRAFFIC ? NoiseSurvey.ROAD_TRAFFIC : NoiseSurvey.REGIONAL;
        return NoiseGrade.of(survey, period, BigDecimal.valueOf(leq).setScale(1, RoundingMode.HALF_UP).doubleValue());
    }

    /** Each functional zone and period measured in {@code year}, in zone then period order. */
    public static List<ZonePeriod> zones(List<NoiseReading> readings, int year) {
        List<NoiseReading> of = ofYear(readings, NoiseKind.ZONE, year);
        List<ZonePeriod> out = new ArrayList<>();
        for (NoiseZone zone : NoiseZone.values()) {
            for (DayPeriod period : DayPeriod.values()) {
                List<NoiseReading> sites = of.stream().filter(r -> NoiseZone.parse(r.zone()).filter(zone::equals).isPresent()
                        && r.night() == (period == DayPeriod.NIGHT) && Double.isFinite(r.leq())).toList();
                if (sites.isEmpty()) {
                    continue;
                }
                double leq = mean(sites).orElseThrow();
                int compliant = (int) sites.stream().filter(r -> zone.complies(r.leq(), period)).count();
                out.add(new ZonePeriod(zone, period, sites.size(), compliant, leq, zone.limit(period),
                        zone.complies(leq, period), sites.get(0).origin()));
            }
        }
        return out;
    }

    private static List<NoiseReading> ofYear(List<NoiseReading> readings, NoiseKind kind, int year) {
        return FigurePrecedence.strongestOnly(
                readings.stream().filter(r -> r.kind() == kind && r.year() == year).toList(), NoiseReading::origin);
    }

    private static NoiseLevel level(NoiseSurvey survey, DayPeriod period, List<NoiseReading> readings) {
        List<NoiseReading> sites = readings.stream()
                .filter(r -> r.night() == (period == DayPeriod.NIGHT) && Double.isFinite(r.leq())).toList();
        OptionalDouble leq = mean(sites);
        return new NoiseLevel(period, sites.size(), leq,
                leq.isEmpty() ? Optional.empty() : Optional.of(NoiseGrade.of(survey, period, leq.getAsDouble())));
    }

    /** The sites' mean, rounded half up to 0.1 dB as levels are reported. */
    private static OptionalDouble mean(List<NoiseReading> sites) {
        OptionalDouble m = sites.stream().mapToDouble(NoiseReading::leq).average();
        return m.isEmpty() ? m
                : OptionalDouble.of(BigDecimal.valueOf(m.getAsDouble()).setScale(1, RoundingMode.HALF_UP).doubleValue());
    }
}
