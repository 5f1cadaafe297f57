package org.ecokiosk.standards.air;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HJ 633-2026's 表3 is 2012's 表1 with exactly the two particle figures at IAQI 100 changed (STANDARDS.md). */
class BreakpointEditionsTest {
    @Test
    void the2026TableDiffersFrom2012InExactlyTwoFigures() {
        List<String> differences = new ArrayList<>();
        for (IaqiIndicator indicator : IaqiIndicator.values()) {
            List<Breakpoint> old = Hj633Rules2012.INSTANCE.table(indicator).orElseThrow().points();
            List<Breakpoint> now = Hj633Rules2026.TRANSITION.table(indicator).orElseThrow().points();
            assertEquals(old.size(), now.size(), indicator + " keeps its length");
            for (int i = 0; i < old.size(); i++) {
                assertEquals(old.get(i).iaqi(), now.get(i).iaqi());
                if (old.get(i).concentration().compareTo(now.get(i).concentration()) != 0) {
                    differences.add(indicator + "@" + now.get(i).iaqi() + ": " + old.get(i).concentration().toPlainString()
                            + "→" + now.get(i).concentration().toPlainString());
                }
            }
        }
        assertEquals(List.of("PM10_24H@100: 150→120", "PM2_5_24H@100: 75→60"), differences);
        assertEquals(Hj633Rules2026.TRANSITION.table(IaqiIndicator.PM10_24H),
                Hj633Rules2026.FINAL.table(IaqiIndicator.PM10_24H), "both phases share one index");
    }

    @Test
    void changingAFigureTheColumnDoesNotHaveIsAnError() {
        BreakpointColumns columns = BreakpointColumns.from(Hj633Rules2012.TABLES);
        assertThrows(IllegalArgumentException.class, () -> columns.change(IaqiIndicator.O3_8H, 400, "900"));
    }
}
