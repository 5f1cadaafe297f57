package org.ecokiosk.evaluation.water;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.ecokiosk.standards.water.WaterClass;
import org.junit.jupiter.api.Test;

class ClassChangeTest {
    @Test
    void aLowerClassNumeralIsBetter() {
        assertEquals(ClassChange.Change.BETTER,
                new ClassChange(Optional.of(WaterClass.IV), Optional.of(WaterClass.III)).change().orElseThrow());
        assertEquals(ClassChange.Change.WORSE,
                new ClassChange(Optional.of(WaterClass.V), Optional.of(WaterClass.WORSE_THAN_V)).change().orElseThrow());
        assertEquals(ClassChange.Change.SAME,
                new ClassChange(Optional.of(WaterClass.II), Optional.of(WaterClass.II)).change().orElseThrow());
    }

    @Test
    void withoutLastYearsClassThereIsNoComparison() {
        assertTrue(new ClassChange(Optional.empty(), Optional.of(WaterClass.II)).change().isEmpty());
        assertTrue(new ClassChange(Optional.of(WaterClass.II), Optional.empty()).change().isEmpty());
    }
}
