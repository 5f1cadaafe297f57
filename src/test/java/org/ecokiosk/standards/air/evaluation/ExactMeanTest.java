package org.ecokiosk.standards.air.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The whole-number shortcut of the exact decimal mean gives the very same double as decimal text for every value. */
class ExactMeanTest {
    private static double reference(List<Double> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (double v : values) {
            sum = sum.add(BigDecimal.valueOf(v));
        }
        return sum.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64).doubleValue();
    }

    @Test
    void mixedWholeAndDecimalValuesMatchTheDecimalTextMean() {
        Random random = new Random(633);
        for (int round = 0; round < 20_000; round++) {
            List<Double> values = new ArrayList<>();
            int n = 1 + random.nextInt(24);
            for (int i = 0; i < n; i++) {
                switch (random.nextInt(5)) {
                    case 0 -> values.add((double) random.nextInt(1000));
                    case 1 -> values.add(random.nextInt(100_000) / 1000.0);      // CO in mg/m³ from µg/m³
                    case 2 -> values.add(random.nextInt(10_000) / 10.0);
                    case 3 -> values.add((double) (9_999_990 + random.nextInt(20)));  // around the shortcut's limit
                    default -> values.add(random.nextDouble() * 500);
                }
            }
            assertEquals(reference(values), HourlyValues.mean(values, values.size()), () -> "values " + values);
        }
    }

    @Test
    void aMeanOfThirdsIsRoundedAsDecimalsNotAsBinarySums() {
        List<Double> values = List.of(1.0, 1.0, 2.0);
        assertEquals(1.333333333333333, HourlyValues.mean(values, 3));
        assertEquals(0.3, HourlyValues.mean(List.of(0.1, 0.2, 0.6), 3));
    }
}
