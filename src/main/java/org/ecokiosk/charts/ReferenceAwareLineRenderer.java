package org.ecokiosk.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.CategoryDataset;

/** Lines and points whose value labels move below the point when a reference line crosses them above. */
final class ReferenceAwareLineRenderer extends LineAndShapeRenderer {

    private static final long serialVersionUID = 1L;

    private transient Rectangle2D dataArea;

    ReferenceAwareLineRenderer() {
        super(true, true);
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
            CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
        this.dataArea = dataArea;
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
    }

    @Override
    public ItemLabelPosition getPositiveItemLabelPosition(int row, int column) {
        CategoryDataset dataset = getPlot() == null ? null : getPlot().getDataset(getPlot().getIndexOf(this));
        if (dataset == null) {
            return LabelPlacement.ABOVE;
        }
        // OUTSIDE12 / OUTSIDE6 put the text this far from the point's centre.
        double clearance = 2 * getItemLabelAnchorOffset();
        return LabelPlacement.choose(this, dataArea, dataset, row, column, false, clearance)
                == LabelPlacement.Place.ALTERNATIVE ? LabelPlacement.BELOW : LabelPlacement.ABOVE;
    }
}
