package org.ecokiosk.report.pdf;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.renderer.CellRenderer;
import com.itextpdf.layout.renderer.IRenderer;

/**
 * A data table that breaks across pages between rows (never inside one: cells keep together),
 * but never leaves fewer than {@link #MIN_ROWS} rows (an orphan or widow row) on either side of the break: with fewer
 * rows on this page the whole table goes to the next (a heading kept with it follows: a heading moves only
 * when its table does not start on its page) unless those rows are at least {@link #MIN_START_HEIGHT} high,
 * one tall row being no orphan; with fewer on the next, the break comes earlier. A table that keeps whole (a short one moved to the next page) would leave up to half
 * a page empty; one that breaks anywhere can strand a single row under a repeated header.
 */
final class RowBalancedTableRenderer extends TableRules.RuledTableRenderer {
    /** A second layout in the same area (after a heading kept with it) is the first one again. */
    private final RepeatedLayout repeated = new RepeatedLayout();
    static final int MIN_ROWS = 2;
    /** Rows at least this high start a table even when they are fewer than {@link #MIN_ROWS}: three lines of table text. */
    static final float MIN_START_HEIGHT = 36f;
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
        RowBalancedTableRenderer here = (RowBalancedTableRenderer) result.getSplitRenderer();
        int placed = here.rows.size();
        Rectangle box = layoutContext.getArea().getBBox();
        boolean freshPage = box.getHeight() >= pageBodyHeight * 0.9f;
        boolean starts = here.startsTheTable();
        if (freshPage || starts && total - placed >= MIN_ROWS) {
            return result;
        }
        if (!starts) {
            // too little of the table here: it starts on the next page (a heading kept with it follows)
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
            RowBalancedTableRenderer before = (RowBalancedTableRenderer) earlier.getSplitRenderer();
            if (!before.startsTheTable()) {
                break;
            }
            if (total - before.rows.size() >= MIN_ROWS) {
                return earlier;
            }
        }
        return super.layout(layoutContext);
    }

    /**
     * Whether this part of a table, just laid out, is enough to start it with: {@link #MIN_ROWS} rows, or
     * rows (one tall row) at least {@link #MIN_START_HEIGHT} high — a caption and header over one line of
     * table reads as stranded, over a row of several lines (the appendix's rows list several data sets) not.
     */
    private boolean startsTheTable() {
        if (rows.size() >= MIN_ROWS) {
            return true;
        }
        float height = 0;
        for (CellRenderer[] row : rows) {
            float tallest = 0;
            for (CellRenderer cell : row) {
                if (cell != null && cell.getOccupiedArea() != null) {
                    tallest = Math.max(tallest, cell.getOccupiedArea().getBBox().getHeight());
                }
            }
            height += tallest;
        }
        return height >= MIN_START_HEIGHT;
    }

    @Override
    public IRenderer getNextRenderer() {
        return new RowBalancedTableRenderer((Table) modelElement, pageBodyHeight);
    }
}
