package org.ecokiosk.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.PlanFigure;
import org.junit.jupiter.api.Test;

class FigurePrecedenceTest {
    private static YearFigure f(String v, DataOrigin origin) {
        return new YearFigure(2025, PlanFigure.parse(v), origin, "test");
    }

    @Test
    void importedBeatsPublishedBeatsThePlanBeatsSample() {
        List<YearFigure> all = List.of(f("1", DataOrigin.SAMPLE), f("2", DataOrigin.PLAN), f("3", DataOrigin.PUBLISHED),
                f("4", DataOrigin.IMPORTED));
        assertEquals("4", FigurePrecedence.best(all, YearFigure::origin).orElseThrow().value().display());
        assertEquals("3", FigurePrecedence.best(all.subList(0, 3), YearFigure::origin).orElseThrow().value().display());
        assertEquals("2", FigurePrecedence.best(all.subList(0, 2), YearFigure::origin).orElseThrow().value().display());
        assertEquals("1", FigurePrecedence.best(all.subList(0, 1), YearFigure::origin).orElseThrow().value().display());
        assertTrue(FigurePrecedence.best(List.<YearFigure>of(), YearFigure::origin).isEmpty());
    }

    @Test
    void amongEqualsTheFirstGivenWins() {
        assertEquals("a", FigurePrecedence.best(List.of(f("a", DataOrigin.SAMPLE), f("b", DataOrigin.SAMPLE)),
                YearFigure::origin).orElseThrow().value().display());
    }

    @Test
    void strongestOnlyKeepsOneOriginInItsOrder() {
        List<YearFigure> mixed = List.of(f("s1", DataOrigin.SAMPLE), f("i1", DataOrigin.IMPORTED),
                f("s2", DataOrigin.SAMPLE), f("i2", DataOrigin.IMPORTED));
        assertEquals(List.of("i1", "i2"), FigurePrecedence.strongestOnly(mixed, YearFigure::origin).stream()
                .map(x -> x.value().display()).toList());
        List<YearFigure> sampleOnly = List.of(f("s1", DataOrigin.SAMPLE), f("s2", DataOrigin.SAMPLE));
        assertEquals(sampleOnly, FigurePrecedence.strongestOnly(sampleOnly, YearFigure::origin));
        assertTrue(FigurePrecedence.strongestOnly(List.<YearFigure>of(), YearFigure::origin).isEmpty());
    }

    @Test
    void publishedIsAnOriginOfItsOwn() {
        assertEquals(DataOrigin.PUBLISHED, DataOrigin.fromCode("published"));
        assertFalse(DataOrigin.PUBLISHED.isSample());
    }
}
