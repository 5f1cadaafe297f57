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

    /** Starts from an existing table set: a later edition that changes only a few figures. */
    static BreakpointColumns from(Map<IaqiIndicator, BreakpointTable> tables) {
        BreakpointColumns columns = new BreakpointColumns();
        columns.tables.putAll(tables);
        return columns;
    }

    /** Replaces the concentration of one column at one IAQI level; the level must be in the column. */
    BreakpointColumns change(IaqiIndicator indicator, int iaqi, String concentration) {
        BreakpointTable table = tables.get(indicator);
        if (table == null || table.points().stream().noneMatch(p -> p.iaqi() == iaqi)) {
            throw new IllegalArgumentException("no " + indicator + " figure at IAQI " + iaqi + " to change");
        }
        List<Breakpoint> points = table.points().stream()
                .map(p -> p.iaqi() == iaqi ? Breakpoint.of(concentration, iaqi) : p).toList();
        tables.put(indicator, new BreakpointTable(indicator, points));
        return this;
    }

    Map<IaqiIndicator, BreakpointTable> build() {
        return Collections.unmodifiableMap(new EnumMap<>(tables));
    }
}
