package org.ecokiosk.standards.air.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PercentileTest {

    /**
     * Worked by hand: sorted 3, 7, 12, 15, 20 (n = 5).
     * p95: k = 1 + 4 × 0.95 = 4.8, s = 4, X = 15 + (20 − 15) × 0.8 = 19.
     * p90: k = 4.6, X = 15 + 5 × 0.6 = 18. p50: k = 3, X = X(3) = 12.
     * p0: X(1) = 3. p100: k = 5 = n, X = 20.
     */
    @Test
    void handWorkedExample() {
        List<Double> values = List.of(12.0, 3.0, 7.0, 20.0, 15.0);
        assertEquals(19.0, Percentile.of(values, 95).getAsDouble(), 0.0);
        assertEquals(18.0, Percentile.of(values, 90).getAsDouble(), 0.0);
        assertEquals(12.0, Percentile.of(values, 50).getAsDouble(), 0.0);
        assertEquals(3.0, Percentile.of(values, 0).getAsDouble(), 0.0);
        assertEquals(20.0, Percentile.of(values, 100).getAsDouble(), 0.0);
    }

    @Test
    void tenValues() {
        // 1..10: p95: k = 1 + 9 × 0.95 = 9.55, X = 9 + 1 × 0.55
        List<Double> values = List.of(10.0, 9.0, 8.0, 7.0, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0);
        assertEquals(9.55, Percentile.of(values, 95).getAsDouble(), 0.0);
        assertEquals(9.1, Percentile.of(values, 90).getAsDouble(), 0.0);
    }

    @Test
    void singleAndEmpty() {
        assertEquals(7.0, Percentile.of(List.of(7.0), 95).getAsDouble(), 0.0);
        assertEquals(OptionalDouble.empty(), Percentile.of(List.of(), 95));
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> Percentile.of(List.of(1.0), 101));
        assertThrows(IllegalArgumentException.class, () -> Percentile.of(List.of(Double.NaN), 50));
    }
}
