package org.ecokiosk.kiosk.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.Direction;
import org.ecokiosk.model.GreenMetric;
import org.ecokiosk.model.IndicatorValue;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.model.PlanFigure;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.plan.TargetStatus;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotReader;

/**
 * The green-space screen: forest cover, built-up green coverage, park green per person and the
 * nature-reserve share. Each figure is the newest of the plan's own values (2015, 2020) and the
 * snapshot's yearly green metrics (imported or sample), judged against the plan's 2025 target
 * where it sets one. The trend runs from the first year with a figure to the last.
 */
public final class GreenViewModel extends SnapshotViewModel<GreenViewModel.Data> {
    /** The four figures, with the snapshot's metric code, the plan's value codes and the 2025 target's code. */
    public enum Kind {
        FOREST("forest-cover", "zl2-02", "%", "txt-forest-cover"),
        BUILT_UP_GREEN("builtup-green-coverage", "zl2-04", "%"),
        PARK_GREEN("park-green-per-person", "", "平方米/人", "txt-park-green", "zl1-06"),
        NATURE_RESERVE("nature-reserve-share", "zl2-03", "%");

        private final String metric;
        private final String target;
        private final String unit;
        private final String[] planCodes;

        Kind(String metric, String target, String unit, String... planCodes) {
            this.metric = metric;
            this.target = target;
            this.unit = unit;
            this.planCodes = planCodes;
        }

        public String metricCode() {
            return metric;
        }

        public String unit() {
            return unit;
        }
    }

    public record Data(List<GreenMetric> metrics, List<PlanIndicator> indicators, List<IndicatorValue> values) {
    }

    /**
     * One figure. {@code latest} empty when neither the plan nor the snapshot has a value;
     * {@code target} empty when the plan sets no 2025 target.
     */
    public record Figure(Kind kind, Optional<YearValue> latest, List<YearValue> trend, Direction direction,
                         OptionalDouble target, TargetStatus status) {
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
        List<Figure> f = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            f.add(figure(kind, data));
        }
        figures = List.copyOf(f);
        return figures.stream().anyMatch(x -> x.trend().stream().anyMatch(YearValue::sample));
    }

    static Figure figure(Kind kind, Data data) {
        List<IndicatorValue> values = new ArrayList<>();
        for (String code : kind.planCodes) {
            data.values().stream().filter(v -> v.indicatorCode().equals(code)).forEach(values::add);
        }
        Optional<PlanIndicator> target = kind.target.isEmpty() ? Optional.empty()
                : Figures.indicator(data.indicators(), kind.target);
        // the plan's baseline of the target row (e.g. built-up green 36.5 % in 2020) is a plan value too
        target.filter(i -> i.baseline().isNumber() && i.baselineYear() > 0).ifPresent(i -> values.add(
                new IndicatorValue("plan", i.baselineYear(), i.baseline(), DataOrigin.PLAN, LocalizedText.of("", ""))));
        List<IndicatorValue> planValues = values.stream()
                .map(v -> new IndicatorValue("plan", v.year(), v.value(), v.origin(), v.note())).toList();
        List<IndicatorValue> all = new ArrayList<>(planValues);
        for (GreenMetric m : data.metrics()) {
            if (m.code().equals(kind.metric) && Double.isFinite(m.value())) {
                all.add(new IndicatorValue("metric", m.year(), PlanFigure.of(m.value()), m.origin(), m.name()));
            }
        }
        int last = all.stream().mapToInt(IndicatorValue::year).max().orElse(0);
        List<YearValue> trend = all.isEmpty() ? List.of()
                : Figures.yearly(all, all.stream().mapToInt(IndicatorValue::year).min().orElseThrow(), last, "plan",
                        "metric");
        Optional<YearValue> latest = Figures.latest(trend);
        return new Figure(kind, latest, trend, target.map(PlanIndicator::direction).orElse(Direction.NONE),
                target.isEmpty() ? OptionalDouble.empty() : Figures.target(data.indicators(), kind.target),
                Figures.judge(target, latest));
    }

    public List<Figure> figures() {
        return figures;
    }

    public Figure figure(Kind kind) {
        return figures.stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
    }
}
