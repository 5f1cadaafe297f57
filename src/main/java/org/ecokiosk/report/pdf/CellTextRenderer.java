package org.ecokiosk.report.pdf;

import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.canvas.CanvasArtifact;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.tagutils.TagTreePointer;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.layout.MinMaxWidthLayoutResult;
import com.itextpdf.layout.minmaxwidth.MinMaxWidth;
import com.itextpdf.layout.properties.Leading;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.TransparentColor;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.renderer.ParagraphRenderer;
import com.itextpdf.layout.renderer.TextRenderer;
import com.itextpdf.layout.tagging.LayoutTaggingHelper;
import java.util.Optional;

/**
 * A table cell's text that fits on one line, set and drawn directly: its glyphs measured with
 * the font's widths, placed where iText's paragraph, line and text renderers would place them
 * ({@link CellLineMetrics}), drawn with the same operators and tagged into the same structure
 * element (the cell's TD or TH). A bulletin's tables have over a thousand cells; laying out each
 * through iText's nested renderers was most of their cost.
 *
 * <p>Anything else — text that needs a second line, several runs (subscripts), whitespace at an
 * end, control or special space characters, an area too low for the line, a width measurement —
 * is laid out and drawn by iText's own {@link ParagraphRenderer}, as before.
 */
final class CellTextRenderer extends ParagraphRenderer {
    /** Kept clear of the line's end so that iText's own fit test (to 1e-4 pt) could not disagree. */
    private static final float FIT_MARGIN = 0.01f;

    private final CellLineMetrics metrics;
    /** The single line when it was set here; empty when iText laid the paragraph out. */
    private Optional<SetLine> set = Optional.empty();
    private boolean iTextOnly;

    private record SetLine(TextRenderer run, PdfFont font, float fontSize, GlyphLine glyphs, float xOffset,
                           float height, float baselineBelowTop) {
    }

    CellTextRenderer(CellText cell, CellLineMetrics metrics) {
        super(cell);
        this.metrics = metrics;
    }

    @Override
    public LayoutResult layout(LayoutContext layoutContext) {
        set = iTextOnly || !metrics.setsLines() ? Optional.empty() : setLine(layoutContext);
        if (set.isEmpty()) {
            return super.layout(layoutContext);
        }
        metrics.lineSet((CellText) modelElement, ((Text) set.get().run().getModelElement()).getText());
        Rectangle area = layoutContext.getArea().getBBox();
        float height = set.get().height();
        occupiedArea = new LayoutArea(layoutContext.getArea().getPageNumber(),
                new Rectangle(area.getX(), area.getY() + area.getHeight() - height, area.getWidth(), height));
        MinMaxWidth minMax = new MinMaxWidth();
        return new MinMaxWidthLayoutResult(LayoutResult.FULL, occupiedArea, null, null).setMinMaxWidth(minMax);
    }

    /** iText's paragraph layout, whatever the text: for the probe of {@link CellLineMetrics}. */
    LayoutResult layoutWithIText(LayoutContext layoutContext) {
        iTextOnly = true;
        return layout(layoutContext);
    }

    /** The baseline of the first line, after a layout by iText. */
    float firstBaseline() {
        return ((TextRenderer) lines.get(0).getChildRenderers().get(0)).getYLine();
    }

    @Override
    public MinMaxWidth getMinMaxWidth() {
        // iText measures by a layout in an infinitely wide area; its result is the one to give
        boolean was = iTextOnly;
        iTextOnly = true;
        try {
            return super.getMinMaxWidth();
        } finally {
            iTextOnly = was;
        }
    }

    /** The line set here, when this cell's text is one plain run that fits on one line in this area. */
    private Optional<SetLine> setLine(LayoutContext layoutContext) {
        if (childRenderers.size() != 1 || !(childRenderers.get(0) instanceof TextRenderer run)
                || !(run.getModelElement() instanceof Text model) || run.getClass() != TextRenderer.class
                || !inParagraph(run) || !plainProperties(run) || layoutContext.getFloatRendererAreas() != null
                && !layoutContext.getFloatRendererAreas().isEmpty() || layoutContext.getMarginsCollapseInfo() != null) {
            return Optional.empty();
        }
        String text = model.getText();
        Object fontProperty = run.<Object>getProperty(Property.FONT);
        UnitValue size = run.<UnitValue>getProperty(Property.FONT_SIZE);
        Leading leading = this.<Leading>getProperty(Property.LEADING);
        TextAlignment alignment = this.<TextAlignment>getProperty(Property.TEXT_ALIGNMENT, TextAlignment.LEFT);
        if (!plain(text) || !(fontProperty instanceof PdfFont font) || size == null || !size.isPointValue()
                || leading == null || alignment == TextAlignment.JUSTIFIED_ALL) {
            return Optional.empty();
        }
        float fontSize = size.getValue();
        GlyphLine glyphs = font.createGlyphLine(text);
        float width = 0f;
        for (int i = glyphs.getStart(); i < glyphs.getEnd(); i++) {
            Glyph glyph = glyphs.get(i);
            if (glyph.getXAdvance() != 0 || glyph.getYAdvance() != 0 || glyph.hasPlacement()) {
                return Optional.empty();
            }
            width += glyph.getWidth() * fontSize / 1000f;
        }
        Rectangle area = layoutContext.getArea().getBBox();
        CellLineMetrics.Line line = metrics.line(font, fontSize, leading, parent);
        if (width > area.getWidth() - FIT_MARGIN || line.height() > area.getHeight()) {
            return Optional.empty();
        }
        float free = Math.max(0f, area.getWidth() - width);
        float xOffset = switch (alignment) {
            case RIGHT -> free;
            case CENTER -> free / 2;
            default -> 0f;
        };
        return Optional.of(new SetLine(run, font, fontSize, glyphs, xOffset, line.height(),
                line.baselineBelowTop()));
    }

    /** The run inherits from this paragraph, as it would from the line iText puts it in. */
    private boolean inParagraph(TextRenderer run) {
        run.setParent(this);
        return true;
    }

    /** No property on the run or the paragraph that changes how iText would set or draw the line. */
    private boolean plainProperties(TextRenderer run) {
        int[] changing = {Property.TEXT_RISE, Property.CHARACTER_SPACING, Property.WORD_SPACING,
            Property.HORIZONTAL_SCALING, Property.VERTICAL_SCALING, Property.SKEW, Property.ITALIC_SIMULATION,
            Property.BOLD_SIMULATION, Property.TEXT_RENDERING_MODE, Property.UNDERLINE, Property.FONT_KERNING,
            Property.RENDERING_MODE, Property.BASE_DIRECTION, Property.OPACITY,
            Property.STROKE_COLOR, Property.BACKGROUND, Property.DESTINATION, Property.LINK_ANNOTATION,
            Property.ACTION, Property.POSITION, Property.ROTATION_ANGLE, Property.TRANSFORM, Property.HEIGHT,
            Property.MIN_HEIGHT, Property.MAX_HEIGHT, Property.WIDTH, Property.FLOAT, Property.OVERFLOW_WRAP,
            Property.BEFORE_TEXT_RESTORE_EXECUTOR, Property.FONT_SCRIPT, Property.TYPOGRAPHY_CONFIG,
            Property.HYPHENATION, Property.TAB_ANCHOR};
        for (int property : changing) {
            if (hasSetValue(run, property) || hasSetValue(this, property)) {
                return false;
            }
        }
        return isZero(this, Property.MARGIN_TOP) && isZero(this, Property.MARGIN_BOTTOM)
                && isZero(this, Property.MARGIN_LEFT) && isZero(this, Property.MARGIN_RIGHT)
                && isZero(this, Property.PADDING_TOP) && isZero(this, Property.PADDING_BOTTOM)
                && isZero(this, Property.PADDING_LEFT) && isZero(this, Property.PADDING_RIGHT)
                && noBorder(this);
    }

    private static boolean hasSetValue(IRenderer renderer, int property) {
        Object value = renderer.<Object>getProperty(property);
        boolean scaling = property == Property.HORIZONTAL_SCALING || property == Property.VERTICAL_SCALING;
        return value != null && !(value instanceof Number n && n.floatValue() == (scaling ? 1f : 0f));
    }

    private static boolean isZero(IRenderer renderer, int property) {
        UnitValue value = renderer.<UnitValue>getProperty(property);
        return value == null || value.getValue() == 0f;
    }

    private static boolean noBorder(IRenderer renderer) {
        for (int property : new int[] {Property.BORDER_TOP, Property.BORDER_RIGHT,
            Property.BORDER_BOTTOM, Property.BORDER_LEFT}) {
            if (renderer.<Object>getProperty(property) != null) {
                return false;
            }
        }
        return true;
    }

    /** Text iText would set as it is: no whitespace at either end, no line break, tab or special character. */
    private static boolean plain(String text) {
        if (text.isEmpty() || text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            boolean special = c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c))
                    || type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                    || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
            if (special) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void drawChildren(DrawContext drawContext) {
        if (set.isEmpty()) {
            super.drawChildren(drawContext);
            return;
        }
        SetLine line = set.get();
        TextRenderer run = line.run();
        // the run's tagging exactly as TextRenderer.draw does it: its content goes into the cell's tag
        boolean tagged = drawContext.isTaggingEnabled();
        LayoutTaggingHelper tagging = tagged ? this.<LayoutTaggingHelper>getProperty(Property.TAGGING_HELPER) : null;
        boolean artifact = tagged && (tagging == null || tagging.isArtifact(run));
        TagTreePointer pointer = null;
        if (tagged && !artifact) {
            pointer = tagging.useAutoTaggingPointerAndRememberItsPosition(run);
            if (tagging.createTag(run, pointer)) {
                throw new IllegalStateException("a table cell's text run is tagged into its cell, not as a tag of its own");
            }
        }
        PdfCanvas canvas = drawContext.getCanvas();
        if (artifact) {
            canvas.openTag(new CanvasArtifact());
        } else if (tagged) {
            canvas.openTag(pointer.getTagReference());
        }
        canvas.saveState();
        Rectangle box = occupiedArea.getBBox();
        canvas.beginText().setFontAndSize(line.font(), line.fontSize());
        canvas.moveText(box.getX() + line.xOffset(), box.getY() + box.getHeight() - line.baselineBelowTop());
        Object colour = run.<Object>getProperty(Property.FONT_COLOR);
        if (colour instanceof TransparentColor transparent) {
            canvas.setFillColor(transparent.getColor());
            transparent.applyFillTransparency(canvas);
        } else if (colour instanceof Color plain) {
            canvas.setFillColor(plain);
        }
        canvas.showText(line.glyphs());
        canvas.endText();
        canvas.restoreState();
        if (tagged) {
            canvas.closeTag();
        }
        if (tagged && !artifact) {
            tagging.finishTaggingHint(run);
            tagging.restoreAutoTaggingPointerPosition(run);
        }
    }

    @Override
    public void move(float dxRight, float dyUp) {
        if (set.isEmpty()) {
            super.move(dxRight, dyUp);
            return;
        }
        occupiedArea.getBBox().moveRight(dxRight);
        occupiedArea.getBBox().moveUp(dyUp);
    }

    @Override
    protected Float getFirstYLineRecursively() {
        return set.isEmpty() ? super.getFirstYLineRecursively() : baseline();
    }

    @Override
    protected Float getLastYLineRecursively() {
        return set.isEmpty() ? super.getLastYLineRecursively() : baseline();
    }

    private Float baseline() {
        Rectangle box = occupiedArea.getBBox();
        return box.getY() + box.getHeight() - set.get().baselineBelowTop();
    }

    @Override
    public IRenderer getNextRenderer() {
        return new CellTextRenderer((CellText) modelElement, metrics);
    }
}
