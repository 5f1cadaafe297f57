package org.ecokiosk.kiosk.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.ecokiosk.evaluation.TargetStatus;
import org.ecokiosk.evaluation.YearFigure;
import org.ecokiosk.evaluation.plan.FigureSeries;
import org.ecokiosk.evaluation.plan.PlanData;
import org.ecokiosk.evaluation.plan.PlanProgress;
import org.ecokiosk.evaluation.plan.ProgressAssessment;
import org.ecokiosk.model.Direction;
import org.ecokiosk.model.GreenMetric;
import org.ecokiosk.model.IndicatorValue;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotReader;

/**
 * The green-space screen: forest cover, built-up green coverage, park green per person and the
 * nature-reserve share. Series, figure and verdict are the evaluation layer's
 * ({@link FigureSeries}, {@link PlanProgress}) — the plan-targets screen and the PDFs show the
 * same: the newest figure since 2020 judged against the 2025 target. The trend runs from the
 * first year with a figure to the last, the plan's own 2015 and 2020 values included.
 */
public final class GreenViewModel extends SnapshotViewModel<GreenViewModel.Data> {
    /** The four figures, with their series. */
    public enum Kind {
        FOREST(FigureSeries.FOREST_COVER, "%"),
        BUILT_UP_GREEN(FigureSeries.BUILT_UP_GREEN, "%"),
        PARK_GREEN(FigureSeries.PARK_GREEN, "平方米/人"),
        NATURE_RESERVE(FigureSeries.NATURE_RESERVE, "%");

        private final FigureSeries series;
        private final String unit;

        Kind(FigureSeries series, String unit) {
            this.series = series;
            this.unit = unit;
        }

        public String metricCode() {
            return series.key();
        }

        public String unit() {
            return unit;
        }
    }

    public record Data(List<GreenMetric> metrics, List<PlanIndicator> indicators, List<IndicatorValue> values) {
    }

    /**
     * One figure. {@code latest}: the figure judged against the target (the newest since the
     * plan's 2020 baseline); for a figure without a target, simply the newest. Empty when there
     * is none. {@code target} empty when the plan sets no 2025 target. {@code boundaryChange}: the
     * first year counted on the district's new boundary, where the trend has figures on both
     * sides of the change (the chart marks the break there); empty otherwise.
     */
    public record Figure(Kind kind, Optional<YearValue> latest, List<YearValue> trend, Direction direction,
                         OptionalDouble target, TargetStatus status, OptionalInt boundaryChange) {
        public boolean sample() {
            return latest.map(YearValue::sample).orElse(false);
        }
    }

    private List<Figure> figures = List.of();

    @Override
    protected Data query(SnapshotReader reader) throws SnapshotException {
        return new Data(reader.greenMetrics(), reader.indicators(), reader.indicatorValues());
    }

    @Override
    protected boolean apply(Data data) {
        PlanProgress progress = new PlanProgress(new PlanData(data.indicators(), data.values(), data.metrics(),
                List.of(), List.of(), List.of(), List.of(), List.of()));
        List<Figure> f = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            f.add(figure(kind, progress, data.indicators()));
        }
        figures = List.copyOf(f);
        return figures.stream().anyMatch(x -> x.trend().stream().anyMatch(YearValue::sample));
    }

    static Figure figure(Kind kind, PlanProgress progress, List<PlanIndicator> indicators) {
        List<YearFigure> series = progress.series().of(kind.series);
        List<YearValue> trend = Figures.span(series);
        Optional<PlanIndicator> indicator = Figures.indicator(indicators, kind.series.indicator());
        if (indicator.isEmpty()) {
            Optional<YearValue> newest = trend.stream().filter(YearValue::present).reduce((a, b) -> b);
            return new Figure(kind, newest, trend, Direction.NONE, OptionalDouble.empty(), TargetStatus.NO_DATA,
                    OptionalInt.empty());
        }
        ProgressAssessment judged = progress.latest(indicator.get());
        OptionalInt change = kind.series.boundaryChangedAfterBaseline()
                ? boundaryChange(trend, indicator.get().baselineYear()) : OptionalInt.empty();
        return new Figure(kind, judged.latest().flatMap(Figures::value), trend, indicator.get().direction(),
                Figures.target(indicators, indicator.get().code()), judged.status(), change);
    }

    /** The first year after {@code baselineYear} with a figure, when the trend also has one up to it. */
    static OptionalInt boundaryChange(List<YearValue> trend, int baselineYear) {
        boolean before = trend.stream().anyMatch(v -> v.present() && v.year() <= baselineYear);
        return before ? trend.stream().filter(v -> v.present() && v.year() > baselineYear)
                .mapToInt(YearValue::year).min() : OptionalInt.empty();
    }

    public List<Figure> figures() {
        return figures;
    }

    public Figure figure(Kind kind) {
        return figures.stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
    }
}
