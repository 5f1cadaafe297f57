package org.ecokiosk.report.pdf;

import java.util.List;

/**
 * A table of text cells, tagged so that a screen reader can announce each cell with its
 * column header (and row header).
 *
 * @param caption table caption, tagged as the table's Caption; e.g. "表 1 主要指标"
 * @param columnHeaders one header per column (TH, Scope=Column)
 * @param rows body rows, each as long as {@code columnHeaders}
 * @param firstColumnIsRowHeader true when the first cell of each row names the row
 *     (TH, Scope=Row), e.g. the indicator name
 * @param relativeColumnWidths one positive weight per column, or empty for equal widths
 */
public record DataTable(String caption, List<String> columnHeaders, List<List<String>> rows,
        boolean firstColumnIsRowHeader, List<Float> relativeColumnWidths) {

    public DataTable {
        columnHeaders = List.copyOf(columnHeaders);
        rows = rows.stream().map(List::copyOf).toList();
        relativeColumnWidths = List.copyOf(relativeColumnWidths);
        int columns = columnHeaders.size();
        if (columns == 0) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        for (List<String> row : rows) {
            if (row.size() != columns) {
                throw new IllegalArgumentException("row has " + row.size() + " cells, expected " + columns + ": " + row);
            }
        }
        if (!relativeColumnWidths.isEmpty() && relativeColumnWidths.size() != columns) {
            throw new IllegalArgumentException("one width per column expected");
        }
    }

    /** A table with equal column widths and row headers in the first column. */
    public static DataTable of(String caption, List<String> columnHeaders, List<List<String>> rows) {
        return new DataTable(caption, columnHeaders, rows, true, List.of());
    }
}
