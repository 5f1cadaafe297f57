package org.ecokiosk.charts;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A category axis of years whose labels are never broken ("201" / "5" on a narrow page): where a
 * year is wider than its column, every second (or third …) year is labelled, counted back from the
 * latest so that it always is; the others stay blank. The labels keep their size.
 */
final class YearAxis extends CategoryAxis {
    private static final long serialVersionUID = 1L;

    YearAxis(String label) {
        super(label);
    }

    /** How many columns one label needs: 1 when a year fits its column, else enough for it and a gap. */
    static int step(double labelWidth, double gap, double columnWidth) {
        if (labelWidth <= columnWidth) {
            return 1;
        }
        return (int) Math.ceil((labelWidth + gap) / Math.max(1e-6, columnWidth));
    }

    @Override
    protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
        String text = category.toString();
        Font font = getTickLabelFont(category);
        g2.setFont(font);
        Rectangle2D bounds = TextUtils.getTextBounds(text, g2, g2.getFontMetrics());
        int step = step(bounds.getWidth(), font.getSize2D() * 0.5, width);
        if (step > 1 && getPlot() instanceof CategoryPlot plot) {
            List<?> categories = plot.getCategoriesForAxis(this);
            int index = categories.indexOf(category);
            if (index >= 0 && (categories.size() - 1 - index) % step != 0) {
                // a blank line of the same height: the axis keeps its height, the chart its size
                return TextUtils.createTextBlock(" ", font, getTickLabelPaint(category));
            }
        }
        return TextUtils.createTextBlock(text, font, getTickLabelPaint(category));
    }
}
