package org.ecokiosk.charts;

import java.awt.Color;
import java.awt.Paint;
import java.util.List;

/**
 * A bar renderer whose colour is chosen per category (per bar), not per series — JFreeChart
 * colours by series, while an AQI calendar needs every day in its category's colour.
 */
final class PerItemColourBarRenderer extends ReferenceAwareBarRenderer {

    private static final long serialVersionUID = 1L;

    private final List<Color> colours;

    PerItemColourBarRenderer(List<Color> colours) {
        this.colours = List.copyOf(colours);
    }

    @Override
    public Paint getItemPaint(int row, int column) {
        return colours.get(column);
    }

    /** A bar with a limit of its own has its value inside its end: above it, the limit line would cross it. */
    @Override
    boolean inside(int row, int column) {
        if (getPlot() instanceof EcoCategoryPlot plot && plot.hasBarLimit(column)) {
            return true;
        }
        return super.inside(row, column);
    }
}
