package org.ecokiosk.kiosk.viewmodel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.IndicatorValue;
import org.ecokiosk.model.PlanIndicator;

/** Small look-ups over the plan's indicators and values, shared by the environment view models. */
final class Figures {
    private Figures() {
    }

    static Optional<PlanIndicator> indicator(List<PlanIndicator> indicators, String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** The indicator's numeric target, empty when the plan gives none or a text. */
    static OptionalDouble target(List<PlanIndicator> indicators, String code) {
        return indicator(indicators, code).flatMap(i -> i.target().number())
                .map(n -> OptionalDouble.of(n.doubleValue())).orElse(OptionalDouble.empty());
    }

    /**
     * Yearly numeric values of {@code from..to} taken from the indicator codes in order of
     * preference (the first code with a figure for a year wins; within a code a plan or imported
     * figure wins over a sample one). Years without a figure stay as gaps.
     */
    static List<YearValue> yearly(List<IndicatorValue> values, int from, int to, String... codes) {
        List<YearValue> result = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            int y = year;
            Optional<IndicatorValue> found = Optional.empty();
            for (String code : codes) {
                found = values.stream()
                        .filter(v -> v.indicatorCode().equals(code) && v.year() == y && v.value().isNumber())
                        .min(Comparator.comparing((IndicatorValue v) -> v.origin() == DataOrigin.SAMPLE));
                if (found.isPresent()) {
                    break;
                }
            }
            result.add(found.map(v -> new YearValue(y, OptionalDouble.of(v.value().number().map(BigDecimal::doubleValue)
                    .orElseThrow()), v.origin().isSample())).orElse(YearValue.missing(y)));
        }
        return result;
    }

    /** The plan's verdict on one value of an indicator (TargetAssessor: direction, class order, "set by city"). */
    static org.ecokiosk.plan.TargetStatus judge(Optional<PlanIndicator> indicator, Optional<YearValue> value) {
        if (indicator.isEmpty()) {
            return org.ecokiosk.plan.TargetStatus.NO_DATA;
        }
        List<IndicatorValue> values = value.filter(YearValue::present).map(v -> List.of(new IndicatorValue(
                indicator.get().code(), v.year(), org.ecokiosk.model.PlanFigure.of(v.value().getAsDouble()),
                v.sample() ? DataOrigin.SAMPLE : DataOrigin.IMPORTED, org.ecokiosk.model.LocalizedText.of("", ""))))
                .orElse(List.of());
        if (values.isEmpty()) {
            return org.ecokiosk.plan.TargetStatus.NO_DATA;
        }
        return org.ecokiosk.plan.TargetAssessor.assess(indicator.get(), values).status();
    }

    /** The newest year that has a figure. */
    static Optional<YearValue> latest(List<YearValue> series) {
        return series.stream().filter(YearValue::present).reduce((a, b) -> b);
    }
}
