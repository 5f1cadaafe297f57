package org.ecokiosk.kiosk.viewmodel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.model.WaterBody;
import org.ecokiosk.model.WaterSample;
import org.ecokiosk.model.WaterSection;
import org.ecokiosk.plan.TargetStatus;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.standards.water.WaterAssessment;
import org.ecokiosk.standards.water.WaterBodyType;
import org.ecokiosk.standards.water.WaterClass;
import org.ecokiosk.standards.water.WaterClassifier;
import org.ecokiosk.standards.water.WaterParameter;

/**
 * The water screen: each river section, lake and reservoir with the GB 3838 class of its newest
 * sample (single-factor method, via {@link WaterClassifier}), its target class, whether it is met
 * and which parameters decide; then the drinking-water sources' compliance.
 */
public final class WaterViewModel extends SnapshotViewModel<WaterViewModel.Data> {
    /**
     * The class a centralised drinking-water source must reach when the snapshot gives none:
     * GB 3838-2002 assigns centralised drinking-water sources to Classes Ⅱ–Ⅲ, so Ⅲ or better
     * complies. (The plan's own class numeral is missing from its text; see water_sections.csv.)
     */
    public static final WaterClass DRINKING_SOURCE_CLASS = WaterClass.III;
    public static final String DRINKING_TARGET = "zl2-11";

    public record Data(List<WaterSection> sections, List<WaterSample> samples, List<PlanIndicator> indicators) {
    }

    /**
     * One water body. {@code target} empty when the plan sets no class; {@code status} MET / NOT_MET
     * when there is a class and a target, NO_DATA otherwise. {@code deciding}: when not met, the
     * parameters worse than the target; when met, the parameters that set the class.
     */
    public record Row(String code, LocalizedText name, LocalizedText river, WaterBody body, boolean drinkingSource,
                      Optional<WaterClass> waterClass, Optional<LocalDate> sampled, Optional<WaterClass> target,
                      TargetStatus status, List<WaterParameter> deciding, boolean sample) {
        public boolean hasTarget() {
            return target.isPresent();
        }
    }

    /** Drinking-water sources: how many were judged, how many comply, and the plan's target rate. */
    public record DrinkingWater(int sources, int judged, int compliant, OptionalDouble ratePercent,
                                OptionalDouble targetPercent, TargetStatus status, boolean sample) {
    }

    private List<Row> rows = List.of();
    private DrinkingWater drinking = new DrinkingWater(0, 0, 0, OptionalDouble.empty(), OptionalDouble.empty(),
            TargetStatus.NO_DATA, false);

    @Override
    protected Data query(SnapshotReader reader) throws SnapshotException {
        return new Data(reader.waterSections(), reader.waterSamples(), reader.indicators());
    }

    @Override
    protected boolean apply(Data data) {
        List<Row> r = new ArrayList<>();
        for (WaterSection section : data.sections()) {
            r.add(row(section, data.samples()));
        }
        // the water bodies the plan sets a class for first, then those with a measured class, then the
        // rest; rivers before lakes and reservoirs; drinking-water sources last (shown apart)
        r.sort(Comparator.comparing((Row x) -> x.drinkingSource()).thenComparing(x -> !x.hasTarget())
                .thenComparing(x -> x.waterClass().isEmpty()).thenComparing(x -> x.body().isStillWater()));
        rows = List.copyOf(r);
        List<Row> sources = rows.stream().filter(Row::drinkingSource).toList();
        List<Row> judged = sources.stream().filter(x -> x.status() != TargetStatus.NO_DATA).toList();
        int compliant = (int) judged.stream().filter(x -> x.status() == TargetStatus.MET).count();
        OptionalDouble rate = judged.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(100.0 * compliant / judged.size());
        OptionalDouble target = Figures.target(data.indicators(), DRINKING_TARGET);
        TargetStatus status = rate.isEmpty() ? TargetStatus.NO_DATA
                : Figures.judge(Figures.indicator(data.indicators(), DRINKING_TARGET),
                        Optional.of(new YearValue(0, rate, false)));
        drinking = new DrinkingWater(sources.size(), judged.size(), compliant, rate, target, status,
                judged.stream().anyMatch(Row::sample));
        return rows.stream().anyMatch(Row::sample);
    }

    static Row row(WaterSection section, List<WaterSample> samples) {
        Optional<WaterClass> target = WaterClass.parse(section.targetClass());
        if (target.isEmpty() && section.drinkingSource()) {
            target = Optional.of(DRINKING_SOURCE_CLASS);
        }
        Optional<WaterSample> latest = samples.stream().filter(s -> s.section().equals(section.code()))
                .max(Comparator.comparing(WaterSample::date));
        WaterBodyType type = section.body().isStillWater() ? WaterBodyType.LAKE_OR_RESERVOIR : WaterBodyType.RIVER;
        Optional<WaterAssessment> assessment = latest.flatMap(s -> WaterClassifier.assess(parameters(s), type));
        Optional<WaterClass> measured = assessment.map(WaterAssessment::waterClass);
        if (measured.isEmpty()) {
            // no measurements: the class the monitoring station published, if any
            measured = latest.flatMap(WaterSample::reportedClass).flatMap(WaterClass::parse);
        }
        TargetStatus status = TargetStatus.NO_DATA;
        List<WaterParameter> deciding = assessment.map(WaterAssessment::decidingParameters).orElse(List.of());
        if (measured.isPresent() && target.isPresent()) {
            boolean met = measured.get().meets(target.get());
            status = met ? TargetStatus.MET : TargetStatus.NOT_MET;
            if (!met && assessment.isPresent()) {
                deciding = assessment.get().parametersWorseThan(target.get());
            }
        }
        return new Row(section.code(), section.name(), section.river(), section.body(), section.drinkingSource(),
                measured, latest.map(WaterSample::date), target, status, deciding,
                latest.map(s -> s.origin().isSample()).orElse(false));
    }

    /** The sample's values keyed by GB 3838 parameter; keys the standard does not know are left out. */
    static Map<WaterParameter, Double> parameters(WaterSample sample) {
        Map<WaterParameter, Double> values = new EnumMap<>(WaterParameter.class);
        sample.parameters().forEach((key, value) -> WaterParameter.fromCode(key)
                .filter(p -> value != null && Double.isFinite(value) && value >= 0)
                .ifPresent(p -> values.put(p, value)));
        return values;
    }

    public List<Row> rows() {
        return rows;
    }

    public DrinkingWater drinkingWater() {
        return drinking;
    }
}
