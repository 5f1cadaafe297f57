package org.ecokiosk.standards.water;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A section's class by the single-factor method: the worst class among its evaluated parameters.
 *
 * @param decidingParameters the evaluated parameters in that worst class (ties all listed)
 * @param parameterClasses   class of every parameter given, evaluated or not
 * @param notEvaluated       parameters given but left out of the class (TN, faecal coliforms)
 * @param standardId         "GB3838-2002"
 */
public record WaterAssessment(WaterBodyType body, WaterClass waterClass, List<WaterParameter> decidingParameters,
                              Map<WaterParameter, WaterClass> parameterClasses, List<WaterParameter> notEvaluated,
                              String standardId) {

    public WaterAssessment {
        decidingParameters = List.copyOf(decidingParameters);
        EnumMap<WaterParameter, WaterClass> copy = new EnumMap<>(WaterParameter.class);
        copy.putAll(parameterClasses);
        parameterClasses = Collections.unmodifiableMap(copy);
        notEvaluated = List.copyOf(notEvaluated);
    }

    /** True when the section reaches the target class or better. */
    public boolean meets(WaterClass target) {
        return waterClass.meets(target);
    }

    /** Evaluated parameters worse than the target: what to name when the target is missed. */
    public List<WaterParameter> parametersWorseThan(WaterClass target) {
        List<WaterParameter> worse = new ArrayList<>();
        parameterClasses.forEach((p, c) -> {
            if (p.evaluated() && !c.meets(target)) {
                worse.add(p);
            }
        });
        return worse;
    }
}
