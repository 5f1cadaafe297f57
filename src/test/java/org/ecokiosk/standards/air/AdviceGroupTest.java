package org.ecokiosk.standards.air;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AdviceGroupTest {

    private static String core(String sentence) {
        return sentence.replaceAll("[。.]$", "");
    }

    /** The split must say what the level's whole advice says: one wording, not two. */
    @Test
    void eachGroupsAdviceIsPartOfTheLevelsAdvice() {
        for (AqiLevel level : AqiLevel.values()) {
            String sensitive = core(AdviceGroup.SENSITIVE.adviceAt(level).zh());
            if (level.number() >= 2) {
                assertTrue(level.adviceZh().contains(sensitive), level + ": " + sensitive);
            }
            String general = core(AdviceGroup.GENERAL.adviceAt(level).zh());
            if (level.number() >= 4) {
                assertTrue(level.adviceZh().contains(general), level + ": " + general);
            }
        }
    }

    @Test
    void theGroupsDifferFromLevel2AndEveryoneElseActsFromLevel4() {
        assertEquals(AdviceGroup.SENSITIVE.adviceAt(AqiLevel.LEVEL_1).en().isBlank(), false);
        for (AqiLevel level : AqiLevel.values()) {
            if (level.number() >= 2) {
                assertNotEquals(AdviceGroup.SENSITIVE.adviceAt(level), AdviceGroup.GENERAL.adviceAt(level), level.name());
            }
        }
        assertEquals(AdviceGroup.GENERAL.adviceAt(AqiLevel.LEVEL_1), AdviceGroup.GENERAL.adviceAt(AqiLevel.LEVEL_3),
                "表1 asks nothing of everyone else below 中度污染");
        assertNotEquals(AdviceGroup.GENERAL.adviceAt(AqiLevel.LEVEL_3), AdviceGroup.GENERAL.adviceAt(AqiLevel.LEVEL_4));
    }
}
