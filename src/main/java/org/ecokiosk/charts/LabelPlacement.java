package org.ecokiosk.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/**
 * Chooses where a value label goes so that no reference line runs through it: the usual place
 * (above the point or bar, right of a horizontal bar) unless a line crosses it, then the
 * alternative (below the point, inside the bar).
 */
final class LabelPlacement {

    enum Place { OUTSIDE, ALTERNATIVE }

    static final ItemLabelPosition ABOVE = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER);
    static final ItemLabelPosition BELOW = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER);
    static final ItemLabelPosition INSIDE_TOP = new ItemLabelPosition(ItemLabelAnchor.INSIDE12, TextAnchor.TOP_CENTER);
    static final ItemLabelPosition RIGHT = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT);
    static final ItemLabelPosition INSIDE_END = new ItemLabelPosition(ItemLabelAnchor.INSIDE3, TextAnchor.CENTER_RIGHT);

    private LabelPlacement() {
    }

    /**
     * @param bar true for bars (the alternative is inside the bar), false for points (below)
     * @param clearance distance from the value's pixel to the near edge of the label
     */
    static Place choose(AbstractCategoryItemRenderer renderer, Rectangle2D dataArea, CategoryDataset dataset,
            int row, int column, boolean bar, double clearance) {
        if (dataArea == null || !(renderer.getPlot() instanceof EcoCategoryPlot plot)
                || plot.references().isEmpty()) {
            return Place.OUTSIDE;
        }
        Number value = dataset.getValue(row, column);
        CategoryItemLabelGenerator generator = renderer.getItemLabelGenerator(row, column);
        if (value == null || generator == null) {
            return Place.OUTSIDE;
        }
        String text = generator.generateLabel(dataset, row, column);
        Font font = renderer.getItemLabelFont(row, column);
        boolean vertical = plot.getOrientation() == PlotOrientation.VERTICAL;
        // Label extent along the value axis.
        double size = vertical ? ReferenceLabelLayout.lineHeight(font) : ReferenceLabelLayout.width(text, font);
        ValueAxis axis = plot.getRangeAxis();
        double at = axis.valueToJava2D(value.doubleValue(), dataArea, plot.getRangeAxisEdge());
        // Pixel direction of "outside": up (negative y) when vertical, right (positive x) when horizontal.
        double dir = vertical ? -1 : 1;
        // The usual place counts from the value itself: a line between a point and its label
        // is as confusing as one through the label. The alternative counts only the text, so
        // a line exactly at a bar's end still lets the label go inside.
        double outsideNear = at;
        double outsideFar = at + dir * (clearance + size);
        double altNear = at - dir * clearance;
        double altFar = at - dir * (clearance + size);
        boolean outsideHit = false;
        boolean altHit = false;
        for (EcoCategoryPlot.Reference r : plot.references()) {
            double line = axis.valueToJava2D(r.value(), dataArea, plot.getRangeAxisEdge());
            double half = r.strokeWidth() / 2 + 1;
            outsideHit |= overlaps(line, half, outsideNear, outsideFar);
            altHit |= overlaps(line, half, altNear, altFar);
        }
        if (!outsideHit || altHit) {
            return Place.OUTSIDE;
        }
        if (bar) {
            double base = axis.valueToJava2D(0, dataArea, plot.getRangeAxisEdge());
            if (Math.abs(at - base) < size + 2 * clearance) {
                return Place.OUTSIDE; // too short to hold its label
            }
        }
        return Place.ALTERNATIVE;
    }

    private static boolean overlaps(double line, double half, double a, double b) {
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        return line + half >= lo && line - half <= hi;
    }

    /** Black or white, whichever reads better on the bar's colour. */
    static Paint contrastOn(Paint fill, Paint fallback) {
        if (!(fill instanceof Color c)) {
            return fallback;
        }
        double luminance = (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255;
        return luminance > 0.5 ? new Color(0x1A1A1A) : Color.WHITE;
    }

    static boolean isVertical(CategoryPlot plot) {
        return plot == null || plot.getOrientation() == PlotOrientation.VERTICAL;
    }
}
