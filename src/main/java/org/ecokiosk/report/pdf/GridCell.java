package org.ecokiosk.report.pdf;

/**
 * One cell of a {@link GridTable}: text, spans and what it is to a screen reader.
 *
 * @param role column header (TH, Scope=Column), row header (TH, Scope=Row) or data (TD)
 */
public record GridCell(String text, int colspan, int rowspan, Role role) {

    /** What the cell is in the table's structure. */
    public enum Role { COLUMN_HEADER, ROW_HEADER, DATA }

    public GridCell {
        if (text == null || colspan < 1 || rowspan < 1 || role == null) {
            throw new IllegalArgumentException("a grid cell needs text, spans ≥ 1 and a role");
        }
    }

    public static GridCell columnHeader(String text) {
        return new GridCell(text, 1, 1, Role.COLUMN_HEADER);
    }

    public static GridCell rowHeader(String text) {
        return new GridCell(text, 1, 1, Role.ROW_HEADER);
    }

    public static GridCell data(String text) {
        return new GridCell(text, 1, 1, Role.DATA);
    }

    public GridCell span(int columns, int rows) {
        return new GridCell(text, columns, rows, role);
    }
}
