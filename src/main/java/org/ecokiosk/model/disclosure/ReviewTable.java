package org.ecokiosk.model.disclosure;

import java.util.EnumMap;
import java.util.Map;

/** Table 四: 3 groups × 5 columns = the format's 15 columns, all present. */
public record ReviewTable(Map<ReviewGroup, Map<ReviewColumn, Long>> cells) {

    public ReviewTable {
        EnumMap<ReviewGroup, Map<ReviewColumn, Long>> copy = new EnumMap<>(ReviewGroup.class);
        for (ReviewGroup group : ReviewGroup.values()) {
            Map<ReviewColumn, Long> given = cells.getOrDefault(group, Map.of());
            EnumMap<ReviewColumn, Long> columns = new EnumMap<>(ReviewColumn.class);
            for (ReviewColumn column : ReviewColumn.values()) {
                Long value = given.get(column);
                if (value == null || value < 0) {
                    throw new IllegalArgumentException("table 四 needs a count ≥ 0 for " + group.labelZh() + " / "
                            + column.labelZh());
                }
                columns.put(column, value);
            }
            copy.put(group, java.util.Collections.unmodifiableMap(columns));
        }
        cells = java.util.Collections.unmodifiableMap(copy);
    }

    public long get(ReviewGroup group, ReviewColumn column) {
        return cells.get(group).get(column);
    }
}
