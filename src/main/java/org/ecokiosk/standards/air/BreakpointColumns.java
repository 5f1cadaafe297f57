package org.ecokiosk.standards.air;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds an HJ 633 table from its printed rows: concentration figures for IAQI 0, 50, 100, 150, 200, 300, 400, 500. */
final class BreakpointColumns {

    private static final int[] LEVELS = {0, 50, 100, 150, 200, 300, 400, 500};

    private final Map<IaqiIndicator, BreakpointTable> tables = new EnumMap<>(IaqiIndicator.class);

    /** A column; a truncated one (1 h SO2, 8 h O3) simply lists fewer figures. */
    BreakpointColumns column(IaqiIndicator indicator, String... concentrations) {
        Breakpoint[] points = new Breakpoint[concentrations.length];
        for (int i = 0; i < concentrations.length; i++) {
            points[i] = Breakpoint.of(concentrations[i], LEVELS[i]);
        }
        tables.put(indicator, new BreakpointTable(indicator, List.of(points)));
        return this;
    }

    Map<IaqiIndicator, BreakpointTable> build() {
        return Collections.unmodifiableMap(new EnumMap<>(tables));
    }
}
