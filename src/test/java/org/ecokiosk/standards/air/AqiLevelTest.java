package org.ecokiosk.standards.air;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ecokiosk.standards.TextColour;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AqiLevelTest {

    @ParameterizedTest(name = "AQI {0} -> {1}")
    @CsvSource({
            "0, LEVEL_1", "50, LEVEL_1", "51, LEVEL_2", "100, LEVEL_2", "101, LEVEL_3", "150, LEVEL_3",
            "151, LEVEL_4", "200, LEVEL_4", "201, LEVEL_5", "300, LEVEL_5", "301, LEVEL_6", "500, LEVEL_6",
            "501, LEVEL_6"})
    void levelBoundaries(int aqi, AqiLevel expected) {
        assertEquals(expected, AqiLevel.of(aqi));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "LEVEL_1, #00E400, 一级, 优, Excellent, BLACK",
            "LEVEL_2, #FFFF00, 二级, 良, Good, BLACK",
            "LEVEL_3, #FF7E00, 三级, 轻度污染, Lightly polluted, BLACK",
            "LEVEL_4, #FF0000, 四级, 中度污染, Moderately polluted, BLACK",
            "LEVEL_5, #99004C, 五级, 重度污染, Heavily polluted, WHITE",
            "LEVEL_6, #7E0023, 六级, 严重污染, Severely polluted, WHITE"})
    void officialColoursAndWording(AqiLevel level, String hex, String levelZh, String categoryZh, String categoryEn,
                                   TextColour text) {
        assertEquals(hex, level.colour().hex());
        assertEquals(levelZh, level.levelZh());
        assertEquals(categoryZh, level.categoryZh());
        assertEquals(categoryEn, level.categoryEn());
        assertEquals(text, level.textColour());
        assertFalse(level.healthEffectZh().isBlank());
        assertFalse(level.adviceEn().isBlank());
    }

    @Test
    void negativeAqiIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> AqiLevel.of(-1));
    }

    @Test
    void levelSixIsOpenEnded() {
        assertEquals(300, AqiLevel.LEVEL_5.maxAqi().getAsInt());
        assertEquals(true, AqiLevel.LEVEL_6.maxAqi().isEmpty());
    }
}
