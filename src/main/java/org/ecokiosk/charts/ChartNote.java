package org.ecokiosk.charts;

/**
 * A break in a series that a reader must know of, drawn as a dashed line before
 * {@code category} with the reason beside it — e.g. forest cover falling in 2021 because the
 * district's boundary changed, not because forest was lost.
 */
public record ChartNote(String category, String text) {
    public ChartNote {
        if (category == null || text == null || text.isBlank()) {
            throw new IllegalArgumentException("a chart note needs its category and its text");
        }
    }
}
