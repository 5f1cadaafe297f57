package org.ecokiosk.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.ecokiosk.model.PlanFigure;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {
    @Test
    void thePlansNoFigureMarksAreNoFigure() {
        for (String cell : new String[] {"-", "/", "--", "—", "——", " - ", "", "  "}) {
            assertTrue(Placeholders.isPlaceholder(cell), "'" + cell + "'");
            assertTrue(Placeholders.isPlaceholder(PlanFigure.parse(cell)), "'" + cell + "' as a figure");
            assertEquals(Optional.empty(), Placeholders.figure(PlanFigure.parse(cell)));
        }
        assertTrue(Placeholders.isPlaceholder(PlanFigure.NONE));
    }

    @Test
    void numbersClassesAndWordsAreFigures() {
        for (String cell : new String[] {"0", "-1", "36.5", "II", "劣V", "完成市级下达目标"}) {
            assertFalse(Placeholders.isPlaceholder(cell), cell);
            assertEquals(cell, Placeholders.figure(PlanFigure.parse(cell)).orElseThrow().display());
        }
    }
}
