package org.ecokiosk.model.disclosure;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** Table 二: each row's own columns (see {@link ProactiveRow#columns()}), all present. */
public record ProactiveTable(Map<ProactiveRow, Map<ProactiveColumn, BigDecimal>> cells) {

    public ProactiveTable {
        EnumMap<ProactiveRow, Map<ProactiveColumn, BigDecimal>> copy = new EnumMap<>(ProactiveRow.class);
        for (ProactiveRow row : ProactiveRow.values()) {
            Map<ProactiveColumn, BigDecimal> given = cells.getOrDefault(row, Map.of());
            EnumMap<ProactiveColumn, BigDecimal> columns = new EnumMap<>(ProactiveColumn.class);
            for (ProactiveColumn column : row.columns()) {
                BigDecimal value = given.get(column);
                if (value == null || value.signum() < 0) {
                    throw new IllegalArgumentException("table 二 needs a value ≥ 0 for " + row.labelZh() + " / "
                            + column.labelZh());
                }
                columns.put(column, value);
            }
            copy.put(row, java.util.Collections.unmodifiableMap(columns));
        }
        cells = java.util.Collections.unmodifiableMap(copy);
    }

    public BigDecimal get(ProactiveRow row, ProactiveColumn column) {
        BigDecimal value = cells.get(row).get(column);
        if (value == null) {
            throw new IllegalArgumentException(row.labelZh() + " has no column " + column.labelZh());
        }
        return value;
    }
}
