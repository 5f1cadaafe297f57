package org.ecokiosk.report.pdf;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.kernel.pdf.xobject.PdfXObject;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.renderer.DivRenderer;
import com.itextpdf.layout.renderer.IRenderer;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Lays out a chart figure (the chart, then its caption, kept together) at its preferred height
 * where that fits; where the rest of the page is short of it but still holds at least
 * {@link #MIN_SCALE} of the chart, the chart is drawn again that much lower, so that the figure
 * (and the heading kept with it) does not leave half a page empty. Only the height changes: the
 * chart is redrawn, not scaled, so its text keeps its size.
 */
final class FittingChartRenderer extends DivRenderer {
    /** A second layout in the same area (after a heading kept with it) is the first one again. */
    private final RepeatedLayout repeated = new RepeatedLayout();
    /** A chart is never drawn lower than this share of its preferred height. */
    static final float MIN_SCALE = 0.55f;
    /** What the caption and the figure's margins take besides the chart, with some room to spare. */
    private static final float CAPTION_RESERVE = 32f;
    private static final float RETRY_STEP = 14f;

    /**
     * The chart's picture: one model element whatever height it is drawn at, so its Figure tag
     * and alternative text stay those the document was given.
     */
    static final class ChartImage extends Image {
        private final float width;
        private final float preferredHeight;
        private final Function<Float, PdfFormXObject> draw;
        /** Drawings by height: a figure laid out twice at one height is drawn once. */
        private final Map<Float, PdfFormXObject> drawn = new HashMap<>();
        private float height;
        /** Whether {@link #xObject} holds the drawing at {@link #height}, not yet the blank form it starts with. */
        private boolean isDrawn;

        ChartImage(float width, float preferredHeight, String altText, Function<Float, PdfFormXObject> draw) {
            // a blank form of the preferred size until the layout chooses the height: the chart is
            // drawn only at the heights laid out, not first at one it may not keep
            super(new PdfFormXObject(new Rectangle(width, preferredHeight)));
            this.width = width;
            this.preferredHeight = preferredHeight;
            this.draw = draw;
            this.height = preferredHeight;
            setWidth(width).setHeight(preferredHeight).setHorizontalAlignment(HorizontalAlignment.CENTER);
            getAccessibilityProperties().setAlternateDescription(altText);
        }

        /** Draws the chart at {@code h} points high (once per height); false when already so. */
        boolean drawAt(float h) {
            if (h == height && isDrawn) {
                return false;
            }
            xObject = drawn.computeIfAbsent(h, draw);
            setHeight(h);
            height = h;
            isDrawn = true;
            return true;
        }

        /** The drawing; the chart is drawn at its current height should anything ask before the layout did. */
        @Override
        public PdfXObject getXObject() {
            if (!isDrawn) {
                drawAt(height);
            }
            return super.getXObject();
        }
    }

    private final ChartImage image;

    FittingChartRenderer(Div figure, ChartImage image) {
        super(figure);
        this.image = image;
    }

    @Override
    public LayoutResult layout(LayoutContext layoutContext) {
        return repeated.layout(layoutContext, this::fittedLayout);
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

    private LayoutResult fittedLayout(LayoutContext layoutContext) {
        float available = layoutContext.getArea().getBBox().getHeight();
        float preferred = image.preferredHeight;
        float minimum = preferred * MIN_SCALE;
        if (available < minimum + CAPTION_RESERVE) {
            useHeight(preferred);
            return super.layout(layoutContext);
        }
        float first = (float) Math.floor(available - CAPTION_RESERVE);
        if (first >= preferred) {
            useHeight(preferred);
            LayoutResult whole = super.layout(layoutContext);
            if (whole.getStatus() == LayoutResult.FULL) {
                return whole;
            }
            // the caption or the margins took more than the reserve: a little lower, as when short of room
            first = preferred - RETRY_STEP;
        }
        // short of room: the height that fills the rest of the page, then a little lower, then the lowest
        for (float height : new float[] {first, first - RETRY_STEP, minimum}) {
            if (height < minimum || height > first) {
                continue;
            }
            useHeight(height);
            LayoutResult result = super.layout(layoutContext);
            if (result.getStatus() == LayoutResult.FULL) {
                return result;
            }
        }
        // it does not fit here even lower: whole, on the next page
        useHeight(preferred);
        return super.layout(layoutContext);
    }

    /** The chart's renderer rebuilt from the same model element once it is drawn at another height. */
    private void useHeight(float height) {
        if (image.drawAt(height)) {
            IRenderer drawing = image.createRendererSubTree().setParent(this);
            // the same picture: the new renderer keeps the tagging hint the figure's first one was given, so
            // that drawing it finishes the hint (a hint left unfinished held the figure's tags until the close)
            Object hint = childRenderers.get(0).<Object>getOwnProperty(Property.TAGGING_HINT_KEY);
            if (hint != null) {
                drawing.setProperty(Property.TAGGING_HINT_KEY, hint);
            }
            childRenderers.set(0, drawing);
        }
    }

    @Override
    public IRenderer getNextRenderer() {
        return new FittingChartRenderer((Div) modelElement, image);
    }
}
