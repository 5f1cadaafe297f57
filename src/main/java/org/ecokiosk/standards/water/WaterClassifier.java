package org.ecokiosk.standards.water;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GB 3838-2002 classification by the single-factor method of 环办〔2011〕22号: each parameter
 * gets the best class whose limit it meets (COD 15 is Ⅰ even though Ⅱ's limit is also 15); the
 * section gets the worst of its evaluated parameters. Values equal to a limit meet it.
 */
public final class WaterClassifier {

    public static final String STANDARD_ID = "GB3838-2002";

    private WaterClassifier() {
    }

    /** The class of one parameter's value. */
    public static WaterClass classOf(WaterParameter parameter, double value, WaterBodyType body) {
        if (Double.isNaN(value) || Double.isInfinite(value) || value < 0) {
            throw new IllegalArgumentException(parameter.code() + ": value must be a finite number ≥ 0: " + value);
        }
        if (parameter.direction() == LimitDirection.WITHIN_RANGE) {
            return value >= WaterParameter.PH_MIN && value <= WaterParameter.PH_MAX ? WaterClass.I
                    : WaterClass.WORSE_THAN_V;
        }
        List<Double> limits = parameter.limits(body);
        for (int i = 0; i < limits.size(); i++) {
            boolean meets = parameter.direction() == LimitDirection.AT_LEAST ? value >= limits.get(i)
                    : value <= limits.get(i);
            if (meets) {
                return WaterClass.values()[i];
            }
        }
        return WaterClass.WORSE_THAN_V;
    }

    /**
     * Classifies a sample or period mean. Absent parameters were not measured. Empty when no
     * evaluated parameter was given (e.g. only TN).
     */
    public static Optional<WaterAssessment> assess(Map<WaterParameter, Double> values, WaterBodyType body) {
        Map<WaterParameter, WaterClass> classes = new EnumMap<>(WaterParameter.class);
        values.forEach((p, v) -> {
            if (v == null) {
                throw new IllegalArgumentException(p.code() + ": leave unmeasured parameters out instead of null");
            }
            classes.put(p, classOf(p, v, body));
        });
        Optional<WaterClass> worst = classes.entrySet().stream().filter(e -> e.getKey().evaluated())
                .map(Map.Entry::getValue).reduce(WaterClass::worse);
        if (worst.isEmpty()) {
            return Optional.empty();
        }
        List<WaterParameter> deciding = new ArrayList<>();
        List<WaterParameter> notEvaluated = new ArrayList<>();
        classes.forEach((p, c) -> {
            if (!p.evaluated()) {
                notEvaluated.add(p);
            } else if (c == worst.get()) {
                deciding.add(p);
            }
        });
        return Optional.of(new WaterAssessment(body, worst.get(), deciding, classes, notEvaluated, STANDARD_ID));
    }
}
