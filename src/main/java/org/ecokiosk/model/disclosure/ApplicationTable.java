package org.ecokiosk.model.disclosure;

import java.util.EnumMap;
import java.util.Map;

/**
 * Table 三 as the officer filled it: every row × every column, totals included (they are
 * printed as given and checked by {@link DisclosureArithmetic}, not computed, so a typo in the
 * officer's ledger shows up instead of being papered over).
 */
public record ApplicationTable(Map<ApplicationRow, Map<ApplicantColumn, Long>> cells) {

    public ApplicationTable {
        EnumMap<ApplicationRow, Map<ApplicantColumn, Long>> copy = new EnumMap<>(ApplicationRow.class);
        for (ApplicationRow row : ApplicationRow.values()) {
            Map<ApplicantColumn, Long> given = cells.getOrDefault(row, Map.of());
            EnumMap<ApplicantColumn, Long> columns = new EnumMap<>(ApplicantColumn.class);
            for (ApplicantColumn column : ApplicantColumn.values()) {
                Long value = given.get(column);
                if (value == null || value < 0) {
                    throw new IllegalArgumentException("table 三 needs a count ≥ 0 in every cell; missing or negative: "
                            + row.key() + " / " + column.labelZh());
                }
                columns.put(column, value);
            }
            copy.put(row, java.util.Collections.unmodifiableMap(columns));
        }
        cells = java.util.Collections.unmodifiableMap(copy);
    }

    public long get(ApplicationRow row, ApplicantColumn column) {
        return cells.get(row).get(column);
    }
}
