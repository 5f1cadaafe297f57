package org.ecokiosk.kiosk.viewmodel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ecokiosk.evaluation.TargetStatus;
import org.ecokiosk.evaluation.plan.TargetJudgement;
import org.ecokiosk.evaluation.water.SectionClass;
import org.ecokiosk.evaluation.water.WaterAttainment;
import org.ecokiosk.evaluation.water.WaterEvaluation;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.model.PlanFigure;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.model.WaterBody;
import org.ecokiosk.model.WaterSample;
import org.ecokiosk.model.WaterSection;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.standards.water.WaterClass;
import org.ecokiosk.standards.water.WaterParameter;

/**
 * The water screen: each river section, lake and reservoir with the GB 3838 class of its newest
 * sample, its target class, whether it is met and which parameters decide; then the
 * drinking-water sources' compliance. Classes and verdicts are {@link WaterEvaluation}'s.
 */
public final class WaterViewModel extends SnapshotViewModel<WaterViewModel.Data> {
    /** See {@link WaterEvaluation#DRINKING_SOURCE_CLASS}. */
    public static final WaterClass DRINKING_SOURCE_CLASS = WaterEvaluation.DRINKING_SOURCE_CLASS;
    public static final String DRINKING_TARGET = "zl2-11";

    public record Data(List<WaterSection> sections, List<WaterSample> samples, List<PlanIndicator> indicators) {
    }

    /**
     * One water body. {@code target} empty when the plan sets no class; {@code status} MET / NOT_MET
     * when there is a class and a target, NO_DATA otherwise. {@code deciding}: when not met, the
     * parameters worse than the target; when met, the parameters that set the class (the screen
     * names them only where the target is missed: {@link #missedBy()}).
     */
    public record Row(String code, LocalizedText name, LocalizedText river, WaterBody body, boolean drinkingSource,
                      Optional<WaterClass> waterClass, Optional<LocalDate> sampled, Optional<WaterClass> target,
                      TargetStatus status, List<WaterParameter> deciding, boolean sample) {
        public boolean hasTarget() {
            return target.isPresent();
        }

        /** The parameters that keep the water from its target; empty where it is met or has none. */
        public List<WaterParameter> missedBy() {
            return status == TargetStatus.NOT_MET ? deciding : List.of();
        }
    }

    /** Drinking-water sources: how many were judged, how many comply, and the plan's target rate. */
    public record DrinkingWater(int sources, int judged, int compliant, OptionalDouble ratePercent,
                                OptionalDouble targetPercent, TargetStatus status, boolean sample) {
    }

    private List<Row> rows = List.of();
    private WaterAttainment attainment = new WaterAttainment(0, 0, 0);
    private DrinkingWater drinking = new DrinkingWater(0, 0, 0, OptionalDouble.empty(), OptionalDouble.empty(),
            TargetStatus.NO_DATA, false);

    @Override
    protected Data query(SnapshotReader reader) throws SnapshotException {
        return new Data(reader.waterSections(), reader.waterSamples(), reader.indicators());
    }

    @Override
    protected boolean apply(Data data) {
        List<Row> r = new ArrayList<>();
        List<SectionClass> classes = new ArrayList<>();
        for (WaterSection section : data.sections()) {
            Optional<SectionClass> c = WaterEvaluation.latest(section, data.samples());
            c.ifPresent(classes::add);
            r.add(c.map(WaterViewModel::row).orElseGet(() -> unsampled(section)));
        }
        // the water bodies the plan sets a class for first, then those with a measured class, then the
        // rest; rivers before lakes and reservoirs; drinking-water sources first (the screen leads with them)
        r.sort(Comparator.comparing((Row x) -> !x.drinkingSource()).thenComparing(x -> !x.hasTarget())
                .thenComparing(x -> x.waterClass().isEmpty()).thenComparing(x -> x.body().isStillWater()));
        rows = List.copyOf(r);
        attainment = WaterEvaluation.attainment(classes);
        org.ecokiosk.evaluation.water.DrinkingWater d = WaterEvaluation.drinkingWater(data.sections(), classes);
        Optional<PlanIndicator> indicator = Figures.indicator(data.indicators(), DRINKING_TARGET);
        TargetStatus status = d.ratePercent().isEmpty() || indicator.isEmpty() ? TargetStatus.NO_DATA
                : TargetJudgement.judge(indicator.get(), PlanFigure.of(d.ratePercent().getAsDouble()));
        drinking = new DrinkingWater(d.sources(), d.judged(), d.compliant(), d.ratePercent(),
                Figures.target(data.indicators(), DRINKING_TARGET), status, d.judged() > 0 && d.sample());
        return rows.stream().anyMatch(Row::sample);
    }

    private static Row row(SectionClass c) {
        WaterSection s = c.section();
        return new Row(s.code(), s.name(), s.river(), s.body(), s.drinkingSource(), c.waterClass(), c.sampled(),
                c.target(), c.status(), c.deciding(), c.sample());
    }

    private static Row unsampled(WaterSection s) {
        return new Row(s.code(), s.name(), s.river(), s.body(), s.drinkingSource(), Optional.empty(), Optional.empty(),
                WaterEvaluation.target(s), TargetStatus.NO_DATA, List.of(), false);
    }

    public List<Row> rows() {
        return rows;
    }

    /** "Of X rivers and lakes with a target, Y reach it" — the evaluation layer's count. */
    public WaterAttainment attainment() {
        return attainment;
    }

    /** The rivers, lakes and reservoirs the plan sets a class for (drinking-water sources apart). */
    public List<Row> withTarget() {
        return rows.stream().filter(r -> !r.drinkingSource() && r.hasTarget()).toList();
    }

    /** The other rivers, lakes and reservoirs: their class only, no target to judge. */
    public List<Row> withoutTarget() {
        return rows.stream().filter(r -> !r.drinkingSource() && !r.hasTarget()).toList();
    }

    /** The drinking-water sources, shown first. */
    public List<Row> drinkingSources() {
        return rows.stream().filter(Row::drinkingSource).toList();
    }

    public DrinkingWater drinkingWater() {
        return drinking;
    }
}
