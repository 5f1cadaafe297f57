package org.ecokiosk.report.pdf;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IElement;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.minmaxwidth.MinMaxWidth;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.renderer.DivRenderer;
import com.itextpdf.layout.renderer.IRenderer;

/**
 * A table's caption. iText lays a caption out at the larger of the table's width and the
 * caption's minimum width, which it measures by laying the caption out once more in an
 * unbounded area. A caption whose text, set on one line, is no wider than the table has a
 * minimum no wider than the table either, so the table's width wins whatever the exact minimum:
 * that width is given instead of the measuring layout. A longer caption is measured by iText.
 */
final class TableCaption extends Div {
    private final Paragraph line;
    private final PdfFont font;
    private final float tableWidth;

    /** @param line the caption's paragraph, its runs in {@code font}; the table is {@code tableWidth} wide */
    TableCaption(Paragraph line, PdfFont font, float tableWidth) {
        this.line = line;
        this.font = font;
        this.tableWidth = tableWidth;
        add(line);
    }

    /** The caption's runs side by side, points; empty when a run is not plain text in the caption's font. */
    private float oneLineWidth() {
        if (line.<Object>getProperty(Property.FONT) != font) {
            return Float.NaN;
        }
        float width = 0f;
        for (IElement child : line.getChildren()) {
            if (!(child instanceof Text run) || run.<Object>getProperty(Property.FONT) != null
                    && run.<Object>getProperty(Property.FONT) != font) {
                return Float.NaN;
            }
            UnitValue size = run.<UnitValue>getProperty(Property.FONT_SIZE);
            if (size == null) {
                size = line.<UnitValue>getProperty(Property.FONT_SIZE);
            }
            if (size == null || !size.isPointValue() || run.hasProperty(Property.CHARACTER_SPACING)
                    || run.hasProperty(Property.WORD_SPACING)) {
                return Float.NaN;
            }
            width += font.getWidth(run.getText(), size.getValue());
        }
        return width;
    }

    @Override
    protected IRenderer makeNewRenderer() {
        return new CaptionRenderer(this);
    }

    private static final class CaptionRenderer extends DivRenderer {
        CaptionRenderer(TableCaption caption) {
            super(caption);
        }

        @Override
        public MinMaxWidth getMinMaxWidth() {
            TableCaption caption = (TableCaption) modelElement;
            float oneLine = caption.oneLineWidth();
            // a margin of a point against rounding: a caption that close to the width is measured by iText
            if (oneLine + 1f <= caption.tableWidth && noHorizontalSpacing()) {
                return new MinMaxWidth(oneLine, oneLine, 0f);
            }
            return super.getMinMaxWidth();
        }

        /** No margin, padding or border beside the caption or its line that iText would add to the minimum. */
        private boolean noHorizontalSpacing() {
            for (IRenderer r : new IRenderer[] {this, getChildRenderers().isEmpty() ? this : getChildRenderers().get(0)}) {
                for (int p : new int[] {Property.MARGIN_LEFT, Property.MARGIN_RIGHT, Property.PADDING_LEFT,
                    Property.PADDING_RIGHT}) {
                    UnitValue v = r.<UnitValue>getProperty(p);
                    if (v != null && v.getValue() != 0f) {
                        return false;
                    }
                }
                if (r.<Object>getProperty(Property.BORDER_LEFT) != null || r.<Object>getProperty(Property.BORDER_RIGHT) != null) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public IRenderer getNextRenderer() {
            return new CaptionRenderer((TableCaption) modelElement);
        }
    }
}
