package org.ecokiosk.standards.air;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.OptionalDouble;

/**
 * A value set against a limit. {@code exceedanceMultiple} is the 超标倍数
 * (value − limit) / limit, present only when the value is above the limit.
 */
public record LimitComparison(Pollutant pollutant, AveragingPeriod period, double value, double limit,
                              boolean exceeds, OptionalDouble exceedanceMultiple, String limitsId) {

    public static LimitComparison of(Pollutant pollutant, AveragingPeriod period, double value, double limit,
                                     String limitsId) {
        BreakpointTable.exact(value);
        OptionalDouble multiple = exceedanceMultiple(value, limit);
        return new LimitComparison(pollutant, period, value, limit, multiple.isPresent(), multiple, limitsId);
    }

    /**
     * (value − limit) / limit when value &gt; limit, else empty. Computed in decimal so that e.g.
     * 52.5 against 35 gives exactly 0.5.
     */
    public static OptionalDouble exceedanceMultiple(double value, double limit) {
        if (!(limit > 0)) {
            throw new IllegalArgumentException("limit must be > 0: " + limit);
        }
        BigDecimal v = BreakpointTable.exact(value);
        BigDecimal l = BigDecimal.valueOf(limit);
        if (v.compareTo(l) <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(v.subtract(l).divide(l, MathContext.DECIMAL64).doubleValue());
    }
}
