package org.ecokiosk.standards.air;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB/T 8170 rounding as HJ 633-2026 applies it before the IAQI. */
class Gbt8170Test {

    @ParameterizedTest(name = "{0} µg/m³ -> {1}")
    @CsvSource({
            "60.5, 60", // exactly 5 discarded: to the even neighbour
            "61.5, 62",
            "74.5, 74",
            "75.5, 76",
            "0.5, 0",
            "1.5, 2",
            "2.5, 2",
            "60.49, 60",
            "60.51, 61", // more than 5 discarded
            "60.500001, 61", // a 5 followed by a non-zero digit is more than half
            "59.5, 60",
            "60.4, 60",
            "60.6, 61",
            "115.5, 116",
            "114.5, 114",
            "0, 0"
    })
    void microgramsToIntegers(double value, String expected) {
        assertEquals(new BigDecimal(expected), Gbt8170.concentration(Pollutant.PM2_5, value));
    }

    @ParameterizedTest(name = "CO {0} mg/m³ -> {1}")
    @CsvSource({
            "0.05, 0.0",
            "0.15, 0.2",
            "0.25, 0.2",
            "0.35, 0.4",
            "0.45, 0.4",
            "1.95, 2.0",
            "2.05, 2.0",
            "2.15, 2.2",
            "0.149, 0.1",
            "0.151, 0.2",
            "1.0, 1.0",
            "3.96, 4.0"
    })
    void carbonMonoxideToOneDecimal(double value, String expected) {
        assertEquals(new BigDecimal(expected), Gbt8170.concentration(Pollutant.CO, value));
    }

    @Test
    void theDecimalTheFileSaidNotTheBinaryExpansion() {
        // The double nearest 0.15 is 0.149999999999999994…; rounding its exact binary value would give 0.1.
        assertEquals(new BigDecimal("0.1"), Gbt8170.round(new BigDecimal(0.15), 1), "the trap, for the record");
        assertEquals(new BigDecimal("0.2"), Gbt8170.round(0.15, 1));
        assertEquals(new BigDecimal("0.2"), Gbt8170.round("0.15", 1));
        // 2.675 is stored as 2.67499999…: still the decimal 2.675, whose exact 5 goes to the even 8
        assertEquals(new BigDecimal("2.68"), Gbt8170.round(2.675, 2));
        // a mean computed in decimal and stored as a double keeps its decimal value
        assertEquals(new BigDecimal("60"), Gbt8170.round((60.0 + 61.0) / 2, 0));
    }

    @Test
    void rejectsWhatIsNotAConcentration() {
        assertThrows(IllegalArgumentException.class, () -> Gbt8170.concentration(Pollutant.SO2, -1));
        assertThrows(IllegalArgumentException.class, () -> Gbt8170.concentration(Pollutant.SO2, Double.NaN));
    }

    @Test
    void reportingScales() {
        assertEquals(1, Gbt8170.reportingScale(Pollutant.CO));
        for (Pollutant p : Pollutant.values()) {
            if (p != Pollutant.CO) {
                assertEquals(0, Gbt8170.reportingScale(p), p.code());
            }
        }
    }
}
