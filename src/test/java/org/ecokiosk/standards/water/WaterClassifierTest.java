package org.ecokiosk.standards.water;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecokiosk.standards.TextColour;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every GB 3838-2002 table-1 limit in this package: at the limit, 1 % below and 1 % above
 * (river limits). Expected classes were generated independently from the table (Python,
 * decimal arithmetic) and pasted here.
 */
class WaterClassifierTest {

    @ParameterizedTest(name = "{0} = {1} -> {2}")
    @CsvSource({
            "DO, 7.425, II",
            "DO, 7.5, I",
            "DO, 7.575, I",
            "DO, 5.94, III",
            "DO, 6, II",
            "DO, 6.06, II",
            "DO, 4.95, IV",
            "DO, 5, III",
            "DO, 5.05, III",
            "DO, 2.97, V",
            "DO, 3, IV",
            "DO, 3.03, IV",
            "DO, 1.98, WORSE_THAN_V",
            "DO, 2, V",
            "DO, 2.02, V",
            "CODMN, 1.98, I",
            "CODMN, 2, I",
            "CODMN, 2.02, II",
            "CODMN, 3.96, II",
            "CODMN, 4, II",
            "CODMN, 4.04, III",
            "CODMN, 5.94, III",
            "CODMN, 6, III",
            "CODMN, 6.06, IV",
            "CODMN, 9.9, IV",
            "CODMN, 10, IV",
            "CODMN, 10.1, V",
            "CODMN, 14.85, V",
            "CODMN, 15, V",
            "CODMN, 15.15, WORSE_THAN_V",
            "COD, 14.85, I",
            "COD, 15, I",
            "COD, 15.15, III",
            "COD, 19.8, III",
            "COD, 20, III",
            "COD, 20.2, IV",
            "COD, 29.7, IV",
            "COD, 30, IV",
            "COD, 30.3, V",
            "COD, 39.6, V",
            "COD, 40, V",
            "COD, 40.4, WORSE_THAN_V",
            "BOD5, 2.97, I",
            "BOD5, 3, I",
            "BOD5, 3.03, III",
            "BOD5, 3.96, III",
            "BOD5, 4, III",
            "BOD5, 4.04, IV",
            "BOD5, 5.94, IV",
            "BOD5, 6, IV",
            "BOD5, 6.06, V",
            "BOD5, 9.9, V",
            "BOD5, 10, V",
            "BOD5, 10.1, WORSE_THAN_V",
            "NH3_N, 0.1485, I",
            "NH3_N, 0.15, I",
            "NH3_N, 0.1515, II",
            "NH3_N, 0.495, II",
            "NH3_N, 0.5, II",
            "NH3_N, 0.505, III",
            "NH3_N, 0.99, III",
            "NH3_N, 1, III",
            "NH3_N, 1.01, IV",
            "NH3_N, 1.485, IV",
            "NH3_N, 1.5, IV",
            "NH3_N, 1.515, V",
            "NH3_N, 1.98, V",
            "NH3_N, 2, V",
            "NH3_N, 2.02, WORSE_THAN_V",
            "TP, 0.0198, I",
            "TP, 0.02, I",
            "TP, 0.0202, II",
            "TP, 0.099, II",
            "TP, 0.1, II",
            "TP, 0.101, III",
            "TP, 0.198, III",
            "TP, 0.2, III",
            "TP, 0.202, IV",
            "TP, 0.297, IV",
            "TP, 0.3, IV",
            "TP, 0.303, V",
            "TP, 0.396, V",
            "TP, 0.4, V",
            "TP, 0.404, WORSE_THAN_V",
            "TN, 0.198, I",
            "TN, 0.2, I",
            "TN, 0.202, II",
            "TN, 0.495, II",
            "TN, 0.5, II",
            "TN, 0.505, III",
            "TN, 0.99, III",
            "TN, 1, III",
            "TN, 1.01, IV",
            "TN, 1.485, IV",
            "TN, 1.5, IV",
            "TN, 1.515, V",
            "TN, 1.98, V",
            "TN, 2, V",
            "TN, 2.02, WORSE_THAN_V",
            "CU, 0.0099, I",
            "CU, 0.01, I",
            "CU, 0.0101, II",
            "CU, 0.99, II",
            "CU, 1, II",
            "CU, 1.01, WORSE_THAN_V",
            "ZN, 0.0495, I",
            "ZN, 0.05, I",
            "ZN, 0.0505, II",
            "ZN, 0.99, II",
            "ZN, 1, II",
            "ZN, 1.01, IV",
            "ZN, 1.98, IV",
            "ZN, 2, IV",
            "ZN, 2.02, WORSE_THAN_V",
            "FLUORIDE, 0.99, I",
            "FLUORIDE, 1, I",
            "FLUORIDE, 1.01, IV",
            "FLUORIDE, 1.485, IV",
            "FLUORIDE, 1.5, IV",
            "FLUORIDE, 1.515, WORSE_THAN_V",
            "SE, 0.0099, I",
            "SE, 0.01, I",
            "SE, 0.0101, IV",
            "SE, 0.0198, IV",
            "SE, 0.02, IV",
            "SE, 0.0202, WORSE_THAN_V",
            "AS, 0.0495, I",
            "AS, 0.05, I",
            "AS, 0.0505, IV",
            "AS, 0.099, IV",
            "AS, 0.1, IV",
            "AS, 0.101, WORSE_THAN_V",
            "HG, 0.0000495, I",
            "HG, 0.00005, I",
            "HG, 0.0000505, III",
            "HG, 0.000099, III",
            "HG, 0.0001, III",
            "HG, 0.000101, IV",
            "HG, 0.00099, IV",
            "HG, 0.001, IV",
            "HG, 0.00101, WORSE_THAN_V",
            "CD, 0.00099, I",
            "CD, 0.001, I",
            "CD, 0.00101, II",
            "CD, 0.00495, II",
            "CD, 0.005, II",
            "CD, 0.00505, V",
            "CD, 0.0099, V",
            "CD, 0.01, V",
            "CD, 0.0101, WORSE_THAN_V",
            "CR6, 0.0099, I",
            "CR6, 0.01, I",
            "CR6, 0.0101, II",
            "CR6, 0.0495, II",
            "CR6, 0.05, II",
            "CR6, 0.0505, V",
            "CR6, 0.099, V",
            "CR6, 0.1, V",
            "CR6, 0.101, WORSE_THAN_V",
            "PB, 0.0099, I",
            "PB, 0.01, I",
            "PB, 0.0101, III",
            "PB, 0.0495, III",
            "PB, 0.05, III",
            "PB, 0.0505, V",
            "PB, 0.099, V",
            "PB, 0.1, V",
            "PB, 0.101, WORSE_THAN_V",
            "CYANIDE, 0.00495, I",
            "CYANIDE, 0.005, I",
            "CYANIDE, 0.00505, II",
            "CYANIDE, 0.0495, II",
            "CYANIDE, 0.05, II",
            "CYANIDE, 0.0505, III",
            "CYANIDE, 0.198, III",
            "CYANIDE, 0.2, III",
            "CYANIDE, 0.202, WORSE_THAN_V",
            "VOLATILE_PHENOL, 0.00198, I",
            "VOLATILE_PHENOL, 0.002, I",
            "VOLATILE_PHENOL, 0.00202, III",
            "VOLATILE_PHENOL, 0.00495, III",
            "VOLATILE_PHENOL, 0.005, III",
            "VOLATILE_PHENOL, 0.00505, IV",
            "VOLATILE_PHENOL, 0.0099, IV",
            "VOLATILE_PHENOL, 0.01, IV",
            "VOLATILE_PHENOL, 0.0101, V",
            "VOLATILE_PHENOL, 0.099, V",
            "VOLATILE_PHENOL, 0.1, V",
            "VOLATILE_PHENOL, 0.101, WORSE_THAN_V",
            "PETROLEUM, 0.0495, I",
            "PETROLEUM, 0.05, I",
            "PETROLEUM, 0.0505, IV",
            "PETROLEUM, 0.495, IV",
            "PETROLEUM, 0.5, IV",
            "PETROLEUM, 0.505, V",
            "PETROLEUM, 0.99, V",
            "PETROLEUM, 1, V",
            "PETROLEUM, 1.01, WORSE_THAN_V",
            "LAS, 0.198, I",
            "LAS, 0.2, I",
            "LAS, 0.202, IV",
            "LAS, 0.297, IV",
            "LAS, 0.3, IV",
            "LAS, 0.303, WORSE_THAN_V",
            "SULFIDE, 0.0495, I",
            "SULFIDE, 0.05, I",
            "SULFIDE, 0.0505, II",
            "SULFIDE, 0.099, II",
            "SULFIDE, 0.1, II",
            "SULFIDE, 0.101, III",
            "SULFIDE, 0.198, III",
            "SULFIDE, 0.2, III",
            "SULFIDE, 0.202, IV",
            "SULFIDE, 0.495, IV",
            "SULFIDE, 0.5, IV",
            "SULFIDE, 0.505, V",
            "SULFIDE, 0.99, V",
            "SULFIDE, 1, V",
            "SULFIDE, 1.01, WORSE_THAN_V",
            "FAECAL_COLIFORM, 198, I",
            "FAECAL_COLIFORM, 200, I",
            "FAECAL_COLIFORM, 202, II",
            "FAECAL_COLIFORM, 1980, II",
            "FAECAL_COLIFORM, 2000, II",
            "FAECAL_COLIFORM, 2020, III",
            "FAECAL_COLIFORM, 9900, III",
            "FAECAL_COLIFORM, 10000, III",
            "FAECAL_COLIFORM, 10100, IV",
            "FAECAL_COLIFORM, 19800, IV",
            "FAECAL_COLIFORM, 20000, IV",
            "FAECAL_COLIFORM, 20200, V",
            "FAECAL_COLIFORM, 39600, V",
            "FAECAL_COLIFORM, 40000, V",
            "FAECAL_COLIFORM, 40400, WORSE_THAN_V"
    })
    void classAtAroundEveryLimit(WaterParameter parameter, double value, WaterClass expected) {
        assertEquals(expected, WaterClassifier.classOf(parameter, value, WaterBodyType.RIVER));
    }

    @ParameterizedTest(name = "lake TP {0} -> {1}")
    @CsvSource({
            "0.0099, I", "0.01, I", "0.0101, II",
            "0.02475, II", "0.025, II", "0.02525, III",
            "0.0495, III", "0.05, III", "0.0505, IV",
            "0.099, IV", "0.1, IV", "0.101, V",
            "0.198, V", "0.2, V", "0.202, WORSE_THAN_V"})
    void lakeAndReservoirTotalPhosphorus(double value, WaterClass expected) {
        assertEquals(expected, WaterClassifier.classOf(WaterParameter.TP, value, WaterBodyType.LAKE_OR_RESERVOIR));
    }

    @Test
    void sameTpIsClassedDifferentlyInRiversAndLakes() {
        assertEquals(WaterClass.II, WaterClassifier.classOf(WaterParameter.TP, 0.1, WaterBodyType.RIVER));
        assertEquals(WaterClass.IV, WaterClassifier.classOf(WaterParameter.TP, 0.1, WaterBodyType.LAKE_OR_RESERVOIR));
    }

    @ParameterizedTest(name = "pH {0} -> {1}")
    @CsvSource({"5.9, WORSE_THAN_V", "6.0, I", "7.5, I", "9.0, I", "9.1, WORSE_THAN_V"})
    void phRange(double value, WaterClass expected) {
        assertEquals(expected, WaterClassifier.classOf(WaterParameter.PH, value, WaterBodyType.RIVER));
    }

    @Test
    void dissolvedOxygenHigherIsBetter() {
        assertEquals(WaterClass.I, WaterClassifier.classOf(WaterParameter.DO, 9.0, WaterBodyType.RIVER));
        assertEquals(WaterClass.WORSE_THAN_V, WaterClassifier.classOf(WaterParameter.DO, 1.0, WaterBodyType.RIVER));
    }

    @Test
    void worstEvaluatedParameterDecidesWithTies() {
        WaterAssessment a = WaterClassifier.assess(Map.of(
                WaterParameter.DO, 4.0,          // IV
                WaterParameter.NH3_N, 1.2,       // IV
                WaterParameter.CODMN, 5.0,       // III
                WaterParameter.TP, 0.15,         // III (river)
                WaterParameter.TN, 3.0,          // 劣V, but not evaluated
                WaterParameter.FAECAL_COLIFORM, 50000.0), WaterBodyType.RIVER).orElseThrow();
        assertEquals(WaterClass.IV, a.waterClass());
        assertEquals(List.of(WaterParameter.DO, WaterParameter.NH3_N), a.decidingParameters());
        assertEquals(List.of(WaterParameter.TN, WaterParameter.FAECAL_COLIFORM), a.notEvaluated());
        assertEquals(WaterClass.WORSE_THAN_V, a.parameterClasses().get(WaterParameter.TN));
        assertFalse(a.meets(WaterClass.III));
        assertTrue(a.meets(WaterClass.IV));
        assertTrue(a.meets(WaterClass.V));
        assertEquals(List.of(WaterParameter.DO, WaterParameter.NH3_N), a.parametersWorseThan(WaterClass.III));
        assertEquals("GB3838-2002", a.standardId());
    }

    @Test
    void lakeTpCanDecideTheClass() {
        Map<WaterParameter, Double> sample = Map.of(WaterParameter.DO, 7.0, WaterParameter.TP, 0.06);
        // river: TP 0.06 ≤ 0.1 is II and DO 7.0 is II; in a lake the same TP is IV
        assertEquals(WaterClass.II, WaterClassifier.assess(sample, WaterBodyType.RIVER).orElseThrow().waterClass());
        WaterAssessment lake = WaterClassifier.assess(sample, WaterBodyType.LAKE_OR_RESERVOIR).orElseThrow();
        assertEquals(WaterClass.IV, lake.waterClass());
        assertEquals(List.of(WaterParameter.TP), lake.decidingParameters());
    }

    @Test
    void onlyUnevaluatedParametersGiveNoClass() {
        assertEquals(Optional.empty(), WaterClassifier.assess(Map.of(WaterParameter.TN, 0.1), WaterBodyType.RIVER));
        assertEquals(Optional.empty(), WaterClassifier.assess(Map.of(), WaterBodyType.RIVER));
    }

    @Test
    void rejectsNegativeAndNaN() {
        assertThrows(IllegalArgumentException.class,
                () -> WaterClassifier.classOf(WaterParameter.COD, -1, WaterBodyType.RIVER));
        assertThrows(IllegalArgumentException.class,
                () -> WaterClassifier.classOf(WaterParameter.COD, Double.NaN, WaterBodyType.RIVER));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({"I, I", "II, II", "III, III", "IV, IV", "V, V", "劣V, WORSE_THAN_V", "Ⅰ, I", "Ⅱ, II",
            "Ⅲ, III", "Ⅳ, IV", "Ⅴ, V", "劣Ⅴ, WORSE_THAN_V", "Ⅲ类, III", "劣Ⅴ类, WORSE_THAN_V", "' iv ', IV"})
    void parsesClassNames(String text, WaterClass expected) {
        assertEquals(Optional.of(expected), WaterClass.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"VI", "劣IV", "0", "'', ", "III+"})
    void rejectsUnknownClassNames(String text) {
        assertEquals(Optional.empty(), WaterClass.parse(text == null ? "" : text));
    }

    @Test
    void meetsTarget() {
        assertTrue(WaterClass.II.meets(WaterClass.III));
        assertTrue(WaterClass.III.meets(WaterClass.III));
        assertFalse(WaterClass.IV.meets(WaterClass.III));
        assertFalse(WaterClass.WORSE_THAN_V.meets(WaterClass.V));
    }

    @Test
    void wordingAndColours() {
        assertEquals("优", WaterClass.I.statusZh());
        assertEquals("优", WaterClass.II.statusZh());
        assertEquals("良好", WaterClass.III.statusZh());
        assertEquals("轻度污染", WaterClass.IV.statusZh());
        assertEquals("中度污染", WaterClass.V.statusZh());
        assertEquals("重度污染", WaterClass.WORSE_THAN_V.statusZh());
        assertEquals("劣Ⅴ类", WaterClass.WORSE_THAN_V.labelZh());
        assertEquals("Class III", WaterClass.III.labelEn());
        assertEquals("蓝色", WaterClass.I.colourNameZh());
        assertEquals("绿色", WaterClass.III.colourNameZh());
        assertEquals("#00E400", WaterClass.III.colour().hex());
        assertEquals("#FF0000", WaterClass.WORSE_THAN_V.colour().hex());
        assertEquals(TextColour.BLACK, WaterClass.I.textColour());
    }

    @Test
    void parameterCodes() {
        assertEquals(Optional.of(WaterParameter.NH3_N), WaterParameter.fromCode("NH3-N"));
        assertEquals(Optional.of(WaterParameter.NH3_N), WaterParameter.fromCode("nh3_n"));
        assertEquals(Optional.of(WaterParameter.CODMN), WaterParameter.fromCode("CODMn"));
        assertEquals(Optional.of(WaterParameter.DO), WaterParameter.fromCode("溶解氧"));
        assertEquals(Optional.empty(), WaterParameter.fromCode("temperature"));
        assertEquals(Optional.of(0.05), WaterParameter.TP.limit(WaterClass.III, WaterBodyType.LAKE_OR_RESERVOIR));
        assertEquals(Optional.empty(), WaterParameter.TP.limit(WaterClass.WORSE_THAN_V, WaterBodyType.RIVER));
    }
}
