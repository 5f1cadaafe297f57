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
 * The fast path's arithmetic against BigDecimal: exhaustively over its whole domain (every
 * multiple of 0.0001 from 0 to 1,000 and every multiple of 0.001 from 0 to 10,000), and on seeded
 * random and constructed edge cases elsewhere (means with sixteen digits, neighbours of midpoints).
 */
class TenThousandthsTest {

    private static final long FOUR_DECIMALS_TOP = 10_000_000L;  // 1,000 in ten-thousandths
    private static final long THREE_DECIMALS_TOP = 10_000_000L; // 10,000 in thousandths
    private static final long LIMIT_UNITS = 100_000_000L;       // 10,000 in ten-thousandths

    private static void readsAs(double v, long units) {
        if (TenThousandths.of(v) != units) {
            fail(v + " read as " + TenThousandths.of(v) + " ten-thousandths, not " + units);
        }
        // the premise of the fast path: the decimal the double prints as (what BigDecimal.valueOf
        // reads) is units/10^4 exactly; compared as text, which is what BigDecimal.valueOf parses
        String printed = Double.toString(v);
        if (units >= 10 ? !printed.equals(plain(units)) : BigDecimal.valueOf(v).compareTo(BigDecimal.valueOf(units, 4)) != 0) {
            fail(v + " prints as " + printed + ", not " + BigDecimal.valueOf(units, 4));
        }
    }

    /** Double.toString's form of units/10^4 from 0.001 up: digits, a point, the decimals without trailing zeros (at least one). */
    private static String plain(long units) {
        long fraction = units % 10_000;
        StringBuilder text = new StringBuilder().append(units / 10_000).append('.');
        if (fraction == 0) {
            return text.append('0').toString();
        }
        String digits = Long.toString(10_000 + fraction).substring(1);
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        return text.append(digits, 0, end).toString();
    }

    @Test
    void everyValueOfTheDomainIsReadAsTheDecimalItPrintsAs() {
        for (long m = 0; m <= FOUR_DECIMALS_TOP; m++) {
            readsAs(m / 10_000.0, m);
        }
        for (long m = 0; m <= THREE_DECIMALS_TOP; m++) {
            readsAs(m / 1000.0, 10 * m);
        }
    }

    @Test
    void anyOtherDoubleIsOutsideTheDomain() {
        Random random = new Random(8170);
        for (int i = 0; i < 300_000; i++) {
            double v = i % 2 == 0 ? random.nextInt((int) FOUR_DECIMALS_TOP) / 10_000.0
                    : random.nextInt((int) THREE_DECIMALS_TOP) / 1000.0;
            for (double other : new double[] {Math.nextUp(v), Math.nextDown(v), random.nextDouble() * 10_000,
                    v + 0.0001, random.nextInt(100_000_000) / 10_000.0}) {
                long read = TenThousandths.of(other);
                BigDecimal decimal = BigDecimal.valueOf(other);
                int decimals = decimal.stripTrailingZeros().scale();
                boolean inDomain = other >= 0 && other <= 10_000
                        && (decimals <= 3 || decimals == 4 && other <= 1_000);
                if (inDomain) {
                    assertEquals(0, decimal.compareTo(BigDecimal.valueOf(read, 4)), () -> other + " read as " + read);
                } else {
                    assertEquals(TenThousandths.NONE, read, () -> other + " is outside the domain");
                }
            }
        }
        assertEquals(TenThousandths.NONE, TenThousandths.of(10_000.001));
        assertEquals(TenThousandths.NONE, TenThousandths.of(1_000.0001));
        assertEquals(TenThousandths.NONE, TenThousandths.of(1000.0001));
        assertEquals(10_000_010L, TenThousandths.of(1000.001));
        assertEquals(TenThousandths.NONE, TenThousandths.of(-1));
        assertEquals(TenThousandths.NONE, TenThousandths.of(Double.NaN));
        assertEquals(TenThousandths.NONE, TenThousandths.of(Double.POSITIVE_INFINITY));
        assertEquals(0, TenThousandths.of(-0.0));
        assertEquals(45_696, TenThousandths.of(4.5696)); // the UCI files' SO2
    }

    private static double referenceMean(long sum, int count) {
        return BigDecimal.valueOf(sum, 4).divide(BigDecimal.valueOf(count), MathContext.DECIMAL64).doubleValue();
    }

    @Test
    void everyMeanOfUpToTwentyFourHoursOfSmallSumsIsTheDecimal64Mean() {
        for (int count = 1; count <= 24; count++) {
            for (long sum = 0; sum <= 30_000; sum++) {
                double expected = referenceMean(sum, count);
                double actual = TenThousandths.mean(sum, count);
                if (Double.compare(expected, actual) != 0) {
                    fail(sum + "/10^4 over " + count + ": " + actual + " instead of " + expected);
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
                case 0 -> 10_000L * (1 + random.nextInt(10_000)); // whole µg/m³
                case 1 -> 1000L * (1 + random.nextInt(100_000));  // 0.1 steps
                case 2 -> 10 * (1 + random.nextInt(200_000));     // CO in thousandths
                default -> LIMIT_UNITS;
            };
            long sum = (long) (random.nextDouble() * perValue * count);
            double expected = referenceMean(sum, count);
            double actual = TenThousandths.mean(sum, count);
            if (Double.compare(expected, actual) != 0) {
                fail(sum + "/10^4 over " + count + ": " + actual + " instead of " + expected);
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
            long sum = (long) (random.nextDouble() * count * LIMIT_UNITS);
            BigDecimal exact = BigDecimal.valueOf(sum, 4).divide(BigDecimal.valueOf(count));
            if (exact.precision() == 17 && exact.unscaledValue().mod(java.math.BigInteger.TEN).intValue() == 5) {
                ties++;
            }
            double expected = referenceMean(sum, count);
            double actual = TenThousandths.mean(sum, count);
            if (Double.compare(expected, actual) != 0) {
                fail(sum + "/10^4 over " + count + ": " + actual + " instead of " + expected);
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
            double actual = TenThousandths.toDouble(coefficient, scale);
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
                    double actual = TenThousandths.toDouble(candidate, scale);
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
    void everyValueOfTheDomainIsRoundedAsGbt8170() {
        for (int scale = 0; scale <= 2; scale++) {
            for (long m = 0; m <= 2_000_000; m++) {
                roundsAs(m / 10_000.0, BigDecimal.valueOf(m, 4), scale);
                roundsAs(m / 1000.0, BigDecimal.valueOf(m, 3), scale);
            }
        }
    }

    private static void roundsAs(double v, BigDecimal decimal, int scale) {
        long expected = decimal.setScale(scale, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
        long actual = TenThousandths.roundHalfEven(v, scale);
        if (expected != actual) {
            fail(v + " to " + scale + " decimals: " + actual + " instead of " + expected);
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
            long actual = TenThousandths.roundHalfEven(v, scale);
            if (expected != actual) {
                fail(v + " to " + scale + " decimals: " + actual + " instead of " + expected);
            }
        }
    }
}
