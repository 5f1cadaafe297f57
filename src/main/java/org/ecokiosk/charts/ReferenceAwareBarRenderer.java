package org.ecokiosk.charts;

import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.data.category.CategoryDataset;

/**
 * Bars whose value labels go inside the bar's end (in black or white to suit the bar) when a
 * reference line would cross them outside.
 */
class ReferenceAwareBarRenderer extends BarRenderer {

    private static final long serialVersionUID = 1L;

    private transient Rectangle2D dataArea;

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
            CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
        this.dataArea = dataArea;
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
    }

    boolean inside(int row, int column) {
        CategoryPlot plot = getPlot();
        if (plot == null) {
            return false;
        }
        CategoryDataset dataset = plot.getDataset(plot.getIndexOf(this));
        return dataset != null && LabelPlacement.choose(this, dataArea, dataset, row, column, true,
                2 * getItemLabelAnchorOffset()) == LabelPlacement.Place.ALTERNATIVE;
    }

    @Override
    public ItemLabelPosition getPositiveItemLabelPosition(int row, int column) {
        boolean vertical = LabelPlacement.isVertical(getPlot());
        if (inside(row, column)) {
            return vertical ? LabelPlacement.INSIDE_TOP : LabelPlacement.INSIDE_END;
        }
        return vertical ? LabelPlacement.ABOVE : LabelPlacement.RIGHT;
    }

    @Override
    public Paint getItemLabelPaint(int row, int column) {
        Paint normal = super.getItemLabelPaint(row, column);
        return inside(row, column) ? LabelPlacement.contrastOn(getItemPaint(row, column), normal) : normal;
    }
}
