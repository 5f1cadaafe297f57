package org.ecokiosk.report.pdf;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.renderer.IRenderer;

/**
 * A data table that breaks across pages between rows (never inside one: cells keep together),
 * but never leaves fewer than {@link #MIN_ROWS} rows (an orphan or widow row) on either side of the break: with fewer
 * rows on this page the whole table goes to the next; with fewer on the next, the break comes
 * earlier. A table that keeps whole (a short one moved to the next page) would leave up to half
 * a page empty; one that breaks anywhere can strand a single row under a repeated header.
 */
final class RowBalancedTableRenderer extends TableRules.RuledTableRenderer {
    /** A second layout in the same area (after a heading kept with it) is the first one again. */
    private final RepeatedLayout repeated = new RepeatedLayout();
    static final int MIN_ROWS = 2;
    private static final float STEP = 12f;

    /** The height of a page's body: an area this high is a fresh page, where moving on gains nothing. */
    private final float pageBodyHeight;

    RowBalancedTableRenderer(Table table, float pageBodyHeight) {
        super(table);
        this.pageBodyHeight = pageBodyHeight;
    }

    @Override
    public LayoutResult layout(LayoutContext layoutContext) {
        return repeated.layout(layoutContext, this::balancedLayout);
    }

    @Override
    public void setProperty(int property, Object value) {
        RepeatedLayout.forget(repeated);
        super.setProperty(property, value);
    }

    @Override
    public void deleteOwnProperty(int property) {
        RepeatedLayout.forget(repeated);
        super.deleteOwnProperty(property);
    }

    private LayoutResult balancedLayout(LayoutContext layoutContext) {
        LayoutResult result = super.layout(layoutContext);
        if (result.getStatus() != LayoutResult.PARTIAL || !(result.getSplitRenderer() instanceof RowBalancedTableRenderer)) {
            return result;
        }
        int total = rows.size();
        int placed = ((RowBalancedTableRenderer) result.getSplitRenderer()).rows.size();
        Rectangle box = layoutContext.getArea().getBBox();
        boolean freshPage = box.getHeight() >= pageBodyHeight * 0.9f;
        if (placed >= MIN_ROWS && total - placed >= MIN_ROWS || freshPage) {
            return result;
        }
        if (placed < MIN_ROWS) {
            // too few rows here: the table starts on the next page (a heading kept with it follows)
            return new LayoutResult(LayoutResult.NOTHING, null, null, this, this);
        }
        // too few rows left for the next page: break earlier, the area lowered from its bottom
        for (float cut = STEP; cut < box.getHeight() / 2; cut += STEP) {
            Rectangle lower = box.clone().setY(box.getY() + cut).setHeight(box.getHeight() - cut);
            LayoutContext shorter = new LayoutContext(new LayoutArea(layoutContext.getArea().getPageNumber(), lower),
                    layoutContext.getMarginsCollapseInfo(), layoutContext.getFloatRendererAreas(),
                    layoutContext.isClippedHeight());
            LayoutResult earlier = super.layout(shorter);
            if (earlier.getStatus() != LayoutResult.PARTIAL
                    || !(earlier.getSplitRenderer() instanceof RowBalancedTableRenderer)) {
                break;
            }
            int now = ((RowBalancedTableRenderer) earlier.getSplitRenderer()).rows.size();
            if (now < MIN_ROWS) {
                break;
            }
            if (total - now >= MIN_ROWS) {
                return earlier;
            }
        }
        return super.layout(layoutContext);
    }

    @Override
    public IRenderer getNextRenderer() {
        return new RowBalancedTableRenderer((Table) modelElement, pageBodyHeight);
    }
}
