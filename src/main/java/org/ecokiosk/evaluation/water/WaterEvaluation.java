package org.ecokiosk.evaluation.water;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.ecokiosk.evaluation.FigurePrecedence;
import org.ecokiosk.evaluation.TargetStatus;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.WaterSample;
import org.ecokiosk.model.WaterSection;
import org.ecokiosk.standards.water.WaterAssessment;
import org.ecokiosk.standards.water.WaterBodyType;
import org.ecokiosk.standards.water.WaterClass;
import org.ecokiosk.standards.water.WaterClassifier;
import org.ecokiosk.standards.water.WaterParameter;

/**
 * Water classes under GB 3838-2002 (single-factor method): a section's year from the mean of each
 * parameter over the year's samples (how bulletins and the plan judge a year), or its newest
 * sample (what the kiosk calls "now"); and the drinking-water sources' compliance rate.
 */
public final class WaterEvaluation {
    /**
     * The class a centralised drinking-water source must reach when the snapshot gives none:
     * GB 3838-2002 assigns centralised drinking-water sources to Classes Ⅱ–Ⅲ, so Ⅲ or better
     * complies (the plan's own class numeral is missing from its text; see water_sections.csv).
     */
    public static final WaterClass DRINKING_SOURCE_CLASS = WaterClass.III;

    private WaterEvaluation() {
    }

    /** The section's own target class; a drinking-water source without one must reach III. */
    public static Optional<WaterClass> target(WaterSection section) {
        Optional<WaterClass> own = WaterClass.parse(section.targetClass());
        return own.isEmpty() && section.drinkingSource() ? Optional.of(DRINKING_SOURCE_CLASS) : own;
    }

    /** The section's class in {@code year}; empty when it has no sample in the year. */
    public static Optional<SectionClass> ofYear(WaterSection section, List<WaterSample> samples, int year) {
        List<WaterSample> used = samplesOf(section, samples).stream().filter(s -> s.date().getYear() == year).toList();
        return used.isEmpty() ? Optional.empty() : Optional.of(classify(section, used));
    }

    /** The section's class from its newest sample; empty when it has none. */
    public static Optional<SectionClass> latest(WaterSection section, List<WaterSample> samples) {
        return samplesOf(section, samples).stream().max(Comparator.comparing(WaterSample::date))
                .map(s -> classify(section, List.of(s)));
    }

    /** Every year in which the samples have a value for the section. */
    public static TreeSet<Integer> years(WaterSection section, List<WaterSample> samples) {
        TreeSet<Integer> years = new TreeSet<>();
        samplesOf(section, samples).forEach(s -> years.add(s.date().getYear()));
        return years;
    }

    /** Compliance of the drinking-water sources among {@code classes} (others are ignored). */
    public static DrinkingWater drinkingWater(List<WaterSection> sections, List<SectionClass> classes) {
        int sources = (int) sections.stream().filter(WaterSection::drinkingSource).count();
        List<SectionClass> judged = classes.stream()
                .filter(c -> c.section().drinkingSource() && c.status() != TargetStatus.NO_DATA).toList();
        int compliant = (int) judged.stream().filter(c -> c.status() == TargetStatus.MET).count();
        OptionalDouble rate = judged.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(100.0 * compliant / judged.size());
        DataOrigin origin = judged.stream().map(SectionClass::origin).max(FigurePrecedence.BEST_FIRST)
                .orElse(DataOrigin.IMPORTED);
        return new DrinkingWater(sources, judged.size(), compliant, rate, origin);
    }

    /**
     * The water bodies other than drinking-water sources among {@code classes}: how many have a
     * target and a class, how many of those meet it, how many have a class but no target.
     */
    public static WaterAttainment attainment(List<SectionClass> classes) {
        List<SectionClass> bodies = classes.stream()
                .filter(c -> !c.section().drinkingSource() && c.waterClass().isPresent()).toList();
        int judged = (int) bodies.stream().filter(c -> c.status() != TargetStatus.NO_DATA).count();
        int met = (int) bodies.stream().filter(c -> c.status() == TargetStatus.MET).count();
        int withoutTarget = (int) bodies.stream().filter(c -> !c.hasTarget()).count();
        return new WaterAttainment(judged, met, withoutTarget);
    }

    /** The section's samples, of one origin (sample data never mixes with monitoring). */
    private static List<WaterSample> samplesOf(WaterSection section, List<WaterSample> samples) {
        return FigurePrecedence.strongestOnly(
                samples.stream().filter(s -> s.section().equals(section.code())).toList(), WaterSample::origin);
    }

    private static SectionClass classify(WaterSection section, List<WaterSample> used) {
        WaterBodyType body = section.body().isStillWater() ? WaterBodyType.LAKE_OR_RESERVOIR : WaterBodyType.RIVER;
        Optional<WaterAssessment> assessment = WaterClassifier.assess(means(used), body);
        Optional<WaterClass> measured = assessment.map(WaterAssessment::waterClass);
        if (measured.isEmpty()) {
            // nothing classifiable measured: the worst class the monitoring station published
            measured = used.stream().map(WaterSample::reportedClass).flatMap(Optional::stream)
                    .map(WaterClass::parse).flatMap(Optional::stream).reduce(WaterClass::worse);
        }
        Optional<WaterClass> target = target(section);
        TargetStatus status = measured.isPresent() && target.isPresent()
                ? measured.get().meets(target.get()) ? TargetStatus.MET : TargetStatus.NOT_MET
                : TargetStatus.NO_DATA;
        return new SectionClass(section, used.size(), used.stream().map(WaterSample::date).max(Comparator.naturalOrder()),
                assessment, measured, target, status, used.get(0).origin());
    }

    /** The mean of each GB 3838 parameter measured; keys the standard does not know are left out. */
    private static Map<WaterParameter, Double> means(List<WaterSample> samples) {
        Map<WaterParameter, double[]> sums = new EnumMap<>(WaterParameter.class);
        for (WaterSample sample : samples) {
            sample.parameters().forEach((code, value) -> WaterParameter.fromCode(code)
                    .filter(p -> value != null && Double.isFinite(value) && value >= 0)
                    .ifPresent(p -> {
                        double[] s = sums.computeIfAbsent(p, k -> new double[2]);
                        s[0] += value;
                        s[1]++;
                    }));
        }
        Map<WaterParameter, Double> means = new EnumMap<>(WaterParameter.class);
        sums.forEach((p, s) -> means.put(p, s[0] / s[1]));
        return means;
    }
}
