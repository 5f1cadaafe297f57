package org.ecokiosk.report.pdf;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.renderer.IRenderer;
import java.util.Set;

/**
 * A prescribed form that breaks across pages only before the body rows its {@link GridTable}
 * names (a block's header row, a group of rows under one merged label), its header rows
 * repeated: kept whole, a form that does not fit the rest of a page left a third of it empty;
 * broken anywhere, a group's rows lose their label. Where no allowed break fits, the form
 * moves to the next page, unless it already starts a page.
 */
final class FormBreaksTableRenderer extends TableRules.RuledTableRenderer {
    private static final float STEP = 10f;

    private final Set<Integer> breaksBefore;
    private final float pageBodyHeight;

    FormBreaksTableRenderer(Table table, Set<Integer> breaksBefore, float pageBodyHeight) {
        super(table);
        this.breaksBefore = breaksBefore;
        this.pageBodyHeight = pageBodyHeight;
    }

    @Override
    public LayoutResult layout(LayoutContext layoutContext) {
        LayoutResult result = super.layout(layoutContext);
        if (result.getStatus() != LayoutResult.PARTIAL || allowed(result)) {
            return result;
        }
        Rectangle box = layoutContext.getArea().getBBox();
        // the area lowered from its bottom until the rows that fit end at an allowed break
        for (float cut = STEP; cut < box.getHeight(); cut += STEP) {
            Rectangle lower = box.clone().setY(box.getY() + cut).setHeight(box.getHeight() - cut);
            LayoutResult earlier = super.layout(new LayoutContext(new LayoutArea(layoutContext.getArea().getPageNumber(),
                    lower), layoutContext.getMarginsCollapseInfo(), layoutContext.getFloatRendererAreas(),
                    layoutContext.isClippedHeight()));
            if (earlier.getStatus() != LayoutResult.PARTIAL) {
                break;
            }
            if (allowed(earlier)) {
                return earlier;
            }
        }
        if (box.getHeight() >= pageBodyHeight * 0.9f) {
            // a page of its own cannot hold the form up to any allowed break: break where it must
            return super.layout(layoutContext);
        }
        return new LayoutResult(LayoutResult.NOTHING, null, null, this, this);
    }

    /** Whether the rows this page holds end before a body row where the form may break. */
    private static boolean allowed(LayoutResult partial) {
        return partial.getSplitRenderer() instanceof FormBreaksTableRenderer split
                && split.breaksBefore.contains(split.rowRange.getStartRow() + split.rows.size());
    }

    @Override
    public IRenderer getNextRenderer() {
        return new FormBreaksTableRenderer((Table) modelElement, breaksBefore, pageBodyHeight);
    }
}
