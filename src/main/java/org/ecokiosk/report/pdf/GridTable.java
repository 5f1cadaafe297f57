package org.ecokiosk.report.pdf;

import java.util.List;
import java.util.Set;

/**
 * A table with merged cells, for forms whose layout is prescribed (the 政府信息公开工作年度报告
 * tables of 国办公开办函〔2021〕30号): several header rows, row headers spanning rows, header rows
 * inside the body. The constructor checks that the spans tile the grid exactly, because PDF/UA
 * requires every row to have the same number of columns once spans are counted.
 *
 * @param headerRows repeated at the top of each page when the table breaks
 * @param fontSize body font size, points (forms with many columns need a smaller one)
 * @param breaksBefore the body rows (from 0) before which the form may break across pages, for
 *     a form that reads in blocks; empty for one kept on one page when it fits on one
 */
public record GridTable(String caption, List<List<GridCell>> headerRows, List<List<GridCell>> bodyRows,
                        List<Float> relativeColumnWidths, float fontSize, Set<Integer> breaksBefore) {

    /** A form kept on one page when it fits on one. */
    public GridTable(String caption, List<List<GridCell>> headerRows, List<List<GridCell>> bodyRows,
                     List<Float> relativeColumnWidths, float fontSize) {
        this(caption, headerRows, bodyRows, relativeColumnWidths, fontSize, Set.of());
    }

    public GridTable {
        breaksBefore = Set.copyOf(breaksBefore);
        for (int row : breaksBefore) {
            if (row < 1 || row >= bodyRows.size()) {
                throw new IllegalArgumentException("a break before body row " + row + " is outside the form's "
                        + bodyRows.size() + " rows");
            }
        }
        headerRows = headerRows.stream().map(List::copyOf).toList();
        bodyRows = bodyRows.stream().map(List::copyOf).toList();
        relativeColumnWidths = List.copyOf(relativeColumnWidths);
        if (relativeColumnWidths.isEmpty()) {
            throw new IllegalArgumentException("a grid table needs its column widths");
        }
        checkTiling("header", headerRows, relativeColumnWidths.size());
        checkTiling("body", bodyRows, relativeColumnWidths.size());
    }

    public int columns() {
        return relativeColumnWidths.size();
    }

    private static void checkTiling(String part, List<List<GridCell>> rows, int columns) {
        int[] coveredUntilRow = new int[columns];
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (GridCell cell : rows.get(r)) {
                while (c < columns && coveredUntilRow[c] > r) {
                    c++;
                }
                if (c + cell.colspan() > columns) {
                    throw new IllegalArgumentException(part + " row " + (r + 1) + " overflows at '" + cell.text() + "'");
                }
                for (int k = c; k < c + cell.colspan(); k++) {
                    if (coveredUntilRow[k] > r) {
                        throw new IllegalArgumentException(part + " row " + (r + 1) + ": '" + cell.text()
                                + "' overlaps a cell spanning from above");
                    }
                    coveredUntilRow[k] = r + cell.rowspan();
                }
                c += cell.colspan();
            }
            for (int k = 0; k < columns; k++) {
                if (coveredUntilRow[k] <= r) {
                    throw new IllegalArgumentException(part + " row " + (r + 1) + " leaves column " + (k + 1) + " empty");
                }
            }
        }
        for (int k = 0; k < columns; k++) {
            if (coveredUntilRow[k] > rows.size()) {
                throw new IllegalArgumentException(part + ": a cell in column " + (k + 1) + " spans past the last row");
            }
        }
    }
}
