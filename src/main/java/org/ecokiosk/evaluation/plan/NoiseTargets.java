package org.ecokiosk.evaluation.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.evaluation.TargetStatus;
import org.ecokiosk.evaluation.YearFigure;
import org.ecokiosk.evaluation.noise.NoiseEvaluation;
import org.ecokiosk.model.NoiseKind;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.standards.noise.DayPeriod;

/**
 * The district's daytime regional and road-traffic noise, year by year, against the plan's noise
 * targets (indicators {@code noise-regional}, {@code noise-traffic}): the figure of each year is
 * the series' ({@link FigureSeries#NOISE_REGIONAL}, imported > published > sample), graded by
 * HJ 640 ({@link NoiseEvaluation#grade}) and judged by {@link TargetJudgement}.
 */
public final class NoiseTargets {
    private NoiseTargets() {
    }

    public static FigureSeries seriesOf(NoiseKind kind) {
        return kind == NoiseKind.TRAFFIC ? FigureSeries.NOISE_TRAFFIC : FigureSeries.NOISE_REGIONAL;
    }

    /** The plan's indicator for the kind; empty when the snapshot lacks it. */
    public static Optional<PlanIndicator> indicator(PlanSeries series, NoiseKind kind) {
        return series.indicator(seriesOf(kind).indicator());
    }

    /** Each year {@code from..to} that has a figure, in order. */
    public static List<NoiseTargetYear> years(PlanSeries series, NoiseKind kind, int from, int to) {
        List<YearFigure> figures = series.of(seriesOf(kind));
        Optional<PlanIndicator> indicator = indicator(series, kind);
        List<NoiseTargetYear> out = new ArrayList<>();
        for (YearFigure f : figures) {
            if (f.year() < from || f.year() > to || f.number().isEmpty()) {
                continue;
            }
            TargetStatus status = indicator.map(i -> TargetJudgement.judge(i, f.value())).orElse(TargetStatus.NO_DATA);
            out.add(new NoiseTargetYear(kind, f.year(), Optional.of(f),
                    Optional.of(NoiseEvaluation.grade(kind, DayPeriod.DAY, f.number().getAsDouble())), status));
        }
        return out;
    }

    /** The year's figure against the target; NO_DATA when the year has none. */
    public static NoiseTargetYear of(PlanSeries series, NoiseKind kind, int year) {
        return years(series, kind, year, year).stream().findFirst()
                .orElse(new NoiseTargetYear(kind, year, Optional.empty(), Optional.empty(), TargetStatus.NO_DATA));
    }
}
