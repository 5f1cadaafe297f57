package org.ecokiosk.standards.air;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every breakpoint of every HJ 633-2012 column: at, 0.1 below and 0.1 above. Expected values
 * were computed independently with exact rational arithmetic (Python fractions) and pasted
 * here; "ABOVE" means beyond the column's top.
 */
class BreakpointTableTest {

    private final AqiCalculator calculator = new AqiCalculator(AirQualityRules.forDate(LocalDate.of(2024, 6, 1)));

    @ParameterizedTest(name = "{0} at {1} -> {2}")
    @CsvSource({
            "SO2_24H, 0.0, 0",
            "SO2_24H, 0.1, 1",
            "SO2_24H, 49.9, 50",
            "SO2_24H, 50.0, 50",
            "SO2_24H, 50.1, 51",
            "SO2_24H, 149.9, 100",
            "SO2_24H, 150.0, 100",
            "SO2_24H, 150.1, 101",
            "SO2_24H, 474.9, 150",
            "SO2_24H, 475.0, 150",
            "SO2_24H, 475.1, 151",
            "SO2_24H, 799.9, 200",
            "SO2_24H, 800.0, 200",
            "SO2_24H, 800.1, 201",
            "SO2_24H, 1599.9, 300",
            "SO2_24H, 1600.0, 300",
            "SO2_24H, 1600.1, 301",
            "SO2_24H, 2099.9, 400",
            "SO2_24H, 2100.0, 400",
            "SO2_24H, 2100.1, 401",
            "SO2_24H, 2619.9, 500",
            "SO2_24H, 2620.0, 500",
            "SO2_24H, 2620.1, ABOVE",
            "SO2_1H, 0.0, 0",
            "SO2_1H, 0.1, 1",
            "SO2_1H, 149.9, 50",
            "SO2_1H, 150.0, 50",
            "SO2_1H, 150.1, 51",
            "SO2_1H, 499.9, 100",
            "SO2_1H, 500.0, 100",
            "SO2_1H, 500.1, 101",
            "SO2_1H, 649.9, 150",
            "SO2_1H, 650.0, 150",
            "SO2_1H, 650.1, 151",
            "SO2_1H, 799.9, 200",
            "SO2_1H, 800.0, 200",
            "SO2_1H, 800.1, ABOVE",
            "NO2_24H, 0.0, 0",
            "NO2_24H, 0.1, 1",
            "NO2_24H, 39.9, 50",
            "NO2_24H, 40.0, 50",
            "NO2_24H, 40.1, 51",
            "NO2_24H, 79.9, 100",
            "NO2_24H, 80.0, 100",
            "NO2_24H, 80.1, 101",
            "NO2_24H, 179.9, 150",
            "NO2_24H, 180.0, 150",
            "NO2_24H, 180.1, 151",
            "NO2_24H, 279.9, 200",
            "NO2_24H, 280.0, 200",
            "NO2_24H, 280.1, 201",
            "NO2_24H, 564.9, 300",
            "NO2_24H, 565.0, 300",
            "NO2_24H, 565.1, 301",
            "NO2_24H, 749.9, 400",
            "NO2_24H, 750.0, 400",
            "NO2_24H, 750.1, 401",
            "NO2_24H, 939.9, 500",
            "NO2_24H, 940.0, 500",
            "NO2_24H, 940.1, ABOVE",
            "NO2_1H, 0.0, 0",
            "NO2_1H, 0.1, 1",
            "NO2_1H, 99.9, 50",
            "NO2_1H, 100.0, 50",
            "NO2_1H, 100.1, 51",
            "NO2_1H, 199.9, 100",
            "NO2_1H, 200.0, 100",
            "NO2_1H, 200.1, 101",
            "NO2_1H, 699.9, 150",
            "NO2_1H, 700.0, 150",
            "NO2_1H, 700.1, 151",
            "NO2_1H, 1199.9, 200",
            "NO2_1H, 1200.0, 200",
            "NO2_1H, 1200.1, 201",
            "NO2_1H, 2339.9, 300",
            "NO2_1H, 2340.0, 300",
            "NO2_1H, 2340.1, 301",
            "NO2_1H, 3089.9, 400",
            "NO2_1H, 3090.0, 400",
            "NO2_1H, 3090.1, 401",
            "NO2_1H, 3839.9, 500",
            "NO2_1H, 3840.0, 500",
            "NO2_1H, 3840.1, ABOVE",
            "PM10_24H, 0.0, 0",
            "PM10_24H, 0.1, 1",
            "PM10_24H, 49.9, 50",
            "PM10_24H, 50.0, 50",
            "PM10_24H, 50.1, 51",
            "PM10_24H, 149.9, 100",
            "PM10_24H, 150.0, 100",
            "PM10_24H, 150.1, 101",
            "PM10_24H, 249.9, 150",
            "PM10_24H, 250.0, 150",
            "PM10_24H, 250.1, 151",
            "PM10_24H, 349.9, 200",
            "PM10_24H, 350.0, 200",
            "PM10_24H, 350.1, 201",
            "PM10_24H, 419.9, 300",
            "PM10_24H, 420.0, 300",
            "PM10_24H, 420.1, 301",
            "PM10_24H, 499.9, 400",
            "PM10_24H, 500.0, 400",
            "PM10_24H, 500.1, 401",
            "PM10_24H, 599.9, 500",
            "PM10_24H, 600.0, 500",
            "PM10_24H, 600.1, ABOVE",
            "CO_24H, 0.0, 0",
            "CO_24H, 0.1, 3",
            "CO_24H, 1.9, 48",
            "CO_24H, 2.0, 50",
            "CO_24H, 2.1, 53",
            "CO_24H, 3.9, 98",
            "CO_24H, 4.0, 100",
            "CO_24H, 4.1, 101",
            "CO_24H, 13.9, 150",
            "CO_24H, 14.0, 150",
            "CO_24H, 14.1, 151",
            "CO_24H, 23.9, 200",
            "CO_24H, 24.0, 200",
            "CO_24H, 24.1, 201",
            "CO_24H, 35.9, 300",
            "CO_24H, 36.0, 300",
            "CO_24H, 36.1, 301",
            "CO_24H, 47.9, 400",
            "CO_24H, 48.0, 400",
            "CO_24H, 48.1, 401",
            "CO_24H, 59.9, 500",
            "CO_24H, 60.0, 500",
            "CO_24H, 60.1, ABOVE",
            "CO_1H, 0.0, 0",
            "CO_1H, 0.1, 1",
            "CO_1H, 4.9, 49",
            "CO_1H, 5.0, 50",
            "CO_1H, 5.1, 51",
            "CO_1H, 9.9, 99",
            "CO_1H, 10.0, 100",
            "CO_1H, 10.1, 101",
            "CO_1H, 34.9, 150",
            "CO_1H, 35.0, 150",
            "CO_1H, 35.1, 151",
            "CO_1H, 59.9, 200",
            "CO_1H, 60.0, 200",
            "CO_1H, 60.1, 201",
            "CO_1H, 89.9, 300",
            "CO_1H, 90.0, 300",
            "CO_1H, 90.1, 301",
            "CO_1H, 119.9, 400",
            "CO_1H, 120.0, 400",
            "CO_1H, 120.1, 401",
            "CO_1H, 149.9, 500",
            "CO_1H, 150.0, 500",
            "CO_1H, 150.1, ABOVE",
            "O3_1H, 0.0, 0",
            "O3_1H, 0.1, 1",
            "O3_1H, 159.9, 50",
            "O3_1H, 160.0, 50",
            "O3_1H, 160.1, 51",
            "O3_1H, 199.9, 100",
            "O3_1H, 200.0, 100",
            "O3_1H, 200.1, 101",
            "O3_1H, 299.9, 150",
            "O3_1H, 300.0, 150",
            "O3_1H, 300.1, 151",
            "O3_1H, 399.9, 200",
            "O3_1H, 400.0, 200",
            "O3_1H, 400.1, 201",
            "O3_1H, 799.9, 300",
            "O3_1H, 800.0, 300",
            "O3_1H, 800.1, 301",
            "O3_1H, 999.9, 400",
            "O3_1H, 1000.0, 400",
            "O3_1H, 1000.1, 401",
            "O3_1H, 1199.9, 500",
            "O3_1H, 1200.0, 500",
            "O3_1H, 1200.1, ABOVE",
            "O3_8H, 0.0, 0",
            "O3_8H, 0.1, 1",
            "O3_8H, 99.9, 50",
            "O3_8H, 100.0, 50",
            "O3_8H, 100.1, 51",
            "O3_8H, 159.9, 100",
            "O3_8H, 160.0, 100",
            "O3_8H, 160.1, 101",
            "O3_8H, 214.9, 150",
            "O3_8H, 215.0, 150",
            "O3_8H, 215.1, 151",
            "O3_8H, 264.9, 200",
            "O3_8H, 265.0, 200",
            "O3_8H, 265.1, 201",
            "O3_8H, 799.9, 300",
            "O3_8H, 800.0, 300",
            "O3_8H, 800.1, ABOVE",
            "PM2_5_24H, 0.0, 0",
            "PM2_5_24H, 0.1, 1",
            "PM2_5_24H, 34.9, 50",
            "PM2_5_24H, 35.0, 50",
            "PM2_5_24H, 35.1, 51",
            "PM2_5_24H, 74.9, 100",
            "PM2_5_24H, 75.0, 100",
            "PM2_5_24H, 75.1, 101",
            "PM2_5_24H, 114.9, 150",
            "PM2_5_24H, 115.0, 150",
            "PM2_5_24H, 115.1, 151",
            "PM2_5_24H, 149.9, 200",
            "PM2_5_24H, 150.0, 200",
            "PM2_5_24H, 150.1, 201",
            "PM2_5_24H, 249.9, 300",
            "PM2_5_24H, 250.0, 300",
            "PM2_5_24H, 250.1, 301",
            "PM2_5_24H, 349.9, 400",
            "PM2_5_24H, 350.0, 400",
            "PM2_5_24H, 350.1, 401",
            "PM2_5_24H, 499.9, 500",
            "PM2_5_24H, 500.0, 500",
            "PM2_5_24H, 500.1, ABOVE"
    })
    void iaqiAtAroundEveryBreakpoint(IaqiIndicator indicator, double concentration, String expected) {
        Optional<SubIndex> sub = calculator.subIndex(indicator, concentration);
        if (!expected.equals("ABOVE")) {
            assertEquals(Integer.parseInt(expected), sub.orElseThrow().iaqi());
            assertEquals(SubIndexBasis.INTERPOLATED, sub.orElseThrow().basis());
        } else if (indicator == IaqiIndicator.SO2_1H || indicator == IaqiIndicator.O3_8H) {
            assertTrue(sub.isEmpty(), "truncated column needs a substitute above its top");
        } else {
            assertEquals(500, sub.orElseThrow().iaqi());
            assertEquals(SubIndexBasis.CAPPED_AT_TOP, sub.orElseThrow().basis());
        }
    }

    @Test
    void pm25At35IsExactly50NotFiftyOne() {
        assertEquals(50, calculator.subIndex(IaqiIndicator.PM2_5_24H, 35).orElseThrow().iaqi());
        assertEquals(51, calculator.subIndex(IaqiIndicator.PM2_5_24H, 35.01).orElseThrow().iaqi());
    }

    @Test
    void floatingPointTrapsAreAvoided() {
        // Each of these lands exactly on an integer; naive double arithmetic lands just above it
        // and the ceiling then adds one (e.g. 50.0/35 * 4.9 = 7.000000000000001 -> 8).
        assertEquals(7, calculator.subIndex(IaqiIndicator.PM2_5_24H, 4.9).orElseThrow().iaqi());
        assertEquals(55, calculator.subIndex(IaqiIndicator.CO_24H, 2.2).orElseThrow().iaqi());
        assertEquals(52, calculator.subIndex(IaqiIndicator.O3_8H, 102.4).orElseThrow().iaqi());
        assertEquals(203, calculator.subIndex(IaqiIndicator.PM10_24H, 352.1).orElseThrow().iaqi());
        assertEquals(404, calculator.subIndex(IaqiIndicator.SO2_24H, 2120.8).orElseThrow().iaqi());
    }

    @Test
    void roundsUpAnyFraction() {
        // PM10 50.1: 50 + 50/100 * 0.1 = 50.05 -> 51
        assertEquals(51, calculator.subIndex(IaqiIndicator.PM10_24H, 50.1).orElseThrow().iaqi());
        // CO 24 h 1.01: 50/2 * 1.01 = 25.25 -> 26
        assertEquals(26, calculator.subIndex(IaqiIndicator.CO_24H, 1.01).orElseThrow().iaqi());
        // SO2 24 h at 50 is 50 (some reprints wrongly show 52)
        assertEquals(50, calculator.subIndex(IaqiIndicator.SO2_24H, 50).orElseThrow().iaqi());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsNegativeAndNonFinite(double bad) {
        assertThrows(IllegalArgumentException.class, () -> calculator.subIndex(IaqiIndicator.PM2_5_24H, bad));
    }

    @Test
    void everyIndicatorHasAColumnUnder2012Rules() {
        for (IaqiIndicator i : IaqiIndicator.values()) {
            assertTrue(Hj633Rules2012.INSTANCE.table(i).isPresent(), i.name());
        }
        assertEquals(800, Hj633Rules2012.INSTANCE.table(IaqiIndicator.SO2_1H).orElseThrow().top().intValue());
        assertEquals(300, Hj633Rules2012.INSTANCE.table(IaqiIndicator.O3_8H).orElseThrow().topIaqi());
    }
}
