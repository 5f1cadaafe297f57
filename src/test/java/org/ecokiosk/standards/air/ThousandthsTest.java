package org.ecokiosk.standards.air;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast path's arithmetic against BigDecimal: exhaustively over its whole domain where the
 * domain is countable (every whole number of thousandths from 0 to 10,000), and on seeded random
 * and constructed edge cases elsewhere (means with sixteen digits, neighbours of midpoints).
 */
class ThousandthsTest {

    private static final long LIMIT_THOUSANDTHS = 10_000_000L;

    @Test
    void everyWholeNumberOfThousandthsIsReadAsTheDecimalItPrintsAs() {
        for (long m = 0; m <= LIMIT_THOUSANDTHS; m++) {
            double v = m / 1000.0;
            if (Thousandths.of(v) != m) {
                fail(v + " read as " + Thousandths.of(v) + " thousandths, not " + m);
            }
            // the premise of the fast path: the decimal the double prints as is m/1000 exactly
            if (BigDecimal.valueOf(v).compareTo(BigDecimal.valueOf(m, 3)) != 0) {
                fail(v + " prints as " + BigDecimal.valueOf(v) + ", not " + BigDecimal.valueOf(m, 3));
            }
        }
    }

    @Test
    void anyOtherDoubleIsNotThousandths() {
        Random random = new Random(8170);
        for (int i = 0; i < 300_000; i++) {
            long m = random.nextInt((int) LIMIT_THOUSANDTHS);
            double v = m / 1000.0;
            for (double neighbour : new double[] {Math.nextUp(v), Math.nextDown(v), random.nextDouble() * 10_000}) {
                long read = Thousandths.of(neighbour);
                BigDecimal decimal = BigDecimal.valueOf(Math.abs(neighbour));
                boolean isThousandths = decimal.stripTrailingZeros().scale() <= 3 && neighbour >= 0;
                if (isThousandths) {
                    assertEquals(0, decimal.compareTo(BigDecimal.valueOf(read, 3)), () -> neighbour + " read as " + read);
                } else {
                    assertEquals(Thousandths.NONE, read, () -> neighbour + " is not a whole number of thousandths");
                }
            }
        }
        assertEquals(Thousandths.NONE, Thousandths.of(10_000.001));
        assertEquals(Thousandths.NONE, Thousandths.of(-1));
        assertEquals(Thousandths.NONE, Thousandths.of(Double.NaN));
        assertEquals(Thousandths.NONE, Thousandths.of(Double.POSITIVE_INFINITY));
        assertEquals(0, Thousandths.of(-0.0));
    }

    private static double referenceMean(long sum, int count) {
        return BigDecimal.valueOf(sum, 3).divide(BigDecimal.valueOf(count), MathContext.DECIMAL64).doubleValue();
    }

    @Test
    void everyMeanOfUpToTwentyFourHoursOfSmallSumsIsTheDecimal64Mean() {
        for (int count = 1; count <= 24; count++) {
            for (long sum = 0; sum <= 30_000; sum++) {
                double expected = referenceMean(sum, count);
                double actual = Thousandths.mean(sum, count);
                if (Double.compare(expected, actual) != 0) {
                    fail(sum + "/1000 over " + count + ": " + actual + " instead of " + expected);
                }
            }
        }
    }

    @Test
    void randomMeansAreTheDecimal64Mean() {
        Random random = new Random(663);
        int[] counts = {1, 2, 3, 6, 7, 8, 14, 17, 20, 23, 24, 27, 31, 324, 365, 366, 1000, 8784};
        for (int i = 0; i < 400_000; i++) {
            int count = i % 3 == 0 ? counts[random.nextInt(counts.length)] : 1 + random.nextInt(24);
            long perValue = switch (random.nextInt(4)) {
                case 0 -> 1000L * (1 + random.nextInt(10_000)); // whole µg/m³
                case 1 -> 100L * (1 + random.nextInt(100_000)); // 0.1 steps
                case 2 -> 1 + random.nextInt(200_000);          // CO in thousandths
                default -> LIMIT_THOUSANDTHS;
            };
            long sum = (long) (random.nextDouble() * perValue * count);
            double expected = referenceMean(sum, count);
            double actual = Thousandths.mean(sum, count);
            if (Double.compare(expected, actual) != 0) {
                fail(sum + "/1000 over " + count + ": " + actual + " instead of " + expected);
            }
        }
    }

    /**
     * A quotient with a seventeenth digit of exactly 5 needs a count of 2^k or 5^k (a terminating
     * quotient with many decimals): the DECIMAL64 tie goes to the even sixteenth digit.
     */
    @Test
    void meansWhoseSeventeenthDigitIsAnExactFiveRoundToEven() {
        Random random = new Random(5);
        int ties = 0;
        int[] counts = {1024, 2048, 4096, 8192, 16384, 65536, 3125, 15625, 78125};
        for (int i = 0; i < 200_000; i++) {
            int count = counts[random.nextInt(counts.length)];
            long sum = (long) (random.nextDouble() * count * LIMIT_THOUSANDTHS);
            BigDecimal exact = BigDecimal.valueOf(sum, 3).divide(BigDecimal.valueOf(count));
            if (exact.precision() == 17 && exact.unscaledValue().mod(java.math.BigInteger.TEN).intValue() == 5) {
                ties++;
            }
            double expected = referenceMean(sum, count);
            double actual = Thousandths.mean(sum, count);
            if (Double.compare(expected, actual) != 0) {
                fail(sum + "/1000 over " + count + ": " + actual + " instead of " + expected);
            }
        }
        assertTrue(ties > 1000, ties + " ties");
    }

    @Test
    void coefficientsToDoubleAsBigDecimalDoes() {
        Random random = new Random(3095);
        for (int i = 0; i < 1_000_000; i++) {
            long coefficient = switch (i % 4) {
                case 0 -> 1_000_000_000_000_000L + (long) (random.nextDouble() * 9_000_000_000_000_000L); // 16 digits
                case 1 -> (1L << 53) + random.nextInt(1 << 20);           // just above the exact range
                case 2 -> random.nextLong() >>> 1;                        // any
                default -> (1L << 53) - random.nextInt(1 << 20);          // just below
            };
            int scale = random.nextInt(26);
            double expected = BigDecimal.valueOf(coefficient, scale).doubleValue();
            double actual = Thousandths.toDouble(coefficient, scale);
            if (Double.compare(expected, actual) != 0) {
                fail(coefficient + "e-" + scale + ": " + actual + " instead of " + expected);
            }
        }
    }

    /**
     * Halfway cases: coefficient × 10^-scale exactly midway between two doubles, and a hair
     * either side — where a division developed to too few bits would round the wrong way.
     */
    @Test
    void coefficientsExactlyBetweenTwoDoublesRoundToEven() {
        Random random = new Random(2026);
        int checked = 0;
        for (int i = 0; i < 40_000; i++) {
            // d and its successor; their midpoint as an exact decimal, truncated to a long coefficient
            double d = 1 + random.nextDouble() * 999;
            BigDecimal mid = new BigDecimal(d).add(new BigDecimal(Math.nextUp(d))).divide(BigDecimal.valueOf(2));
            for (int scale = 1; scale <= 22; scale++) {
                BigDecimal scaled = mid.movePointRight(scale);
                if (scaled.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                    break;
                }
                long c = scaled.setScale(0, RoundingMode.FLOOR).longValueExact();
                for (long candidate = c - 1; candidate <= c + 1; candidate++) {
                    double expected = BigDecimal.valueOf(candidate, scale).doubleValue();
                    double actual = Thousandths.toDouble(candidate, scale);
                    if (Double.compare(expected, actual) != 0) {
                        fail(candidate + "e-" + scale + ": " + actual + " instead of " + expected);
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked > 200_000);
    }

    @Test
    void everyWholeNumberOfThousandthsIsRoundedAsGbt8170() {
        for (int scale = 0; scale <= 2; scale++) {
            for (long m = 0; m <= 2_000_000; m++) {
                double v = m / 1000.0;
                long expected = BigDecimal.valueOf(m, 3).setScale(scale, RoundingMode.HALF_EVEN).unscaledValue()
                        .longValueExact();
                long actual = Thousandths.roundHalfEven(v, scale);
                if (expected != actual) {
                    fail(v + " to " + scale + " decimals: " + actual + " instead of " + expected);
                }
            }
        }
    }

    @Test
    void otherDoublesAreRoundedAsTheirDecimal() {
        Random random = new Random(8171);
        for (int i = 0; i < 1_000_000; i++) {
            int scale = random.nextInt(3);
            long midpointThousandths = (long) random.nextInt(10_000_000 / 5) * 5;
            double nearMidpoint = midpointThousandths / 1000.0;
            double v = switch (i % 4) {
                case 0 -> Math.nextUp(nearMidpoint);
                case 1 -> Math.nextDown(nearMidpoint);
                case 2 -> random.nextDouble() * 10_000;
                default -> random.nextInt(1000) + random.nextInt(24) / 24.0;
            };
            if (v < 0) {
                continue;
            }
            long expected = BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_EVEN).unscaledValue()
                    .longValueExact();
            long actual = Thousandths.roundHalfEven(v, scale);
            if (expected != actual) {
                fail(v + " to " + scale + " decimals: " + actual + " instead of " + expected);
            }
        }
    }
}
