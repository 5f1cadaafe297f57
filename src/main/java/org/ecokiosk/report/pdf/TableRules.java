package org.ecokiosk.report.pdf;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.renderer.TableRenderer;
import java.util.function.Consumer;

/**
 * A table's rules (its cells' borders) stroked under one graphics state. iText strokes every
 * border segment of a cell as {@code q, RG, w, m, l, S, Q}: a bulletin has some 1,600 of them,
 * a third of its page content, each one also checked for PDF/A and parsed again by the checker
 * at close. Here the colour and width are set once for a table part's run of segments and each
 * segment is still stroked on its own ({@code m, l, S}), so the pages render exactly as before.
 */
final class TableRules {

    private TableRules() {
    }

    /** A cell border that is drawn in its table's run of rules when the table draws it through {@link #draw}. */
    static final class Rule extends SolidBorder {
        Rule(Color colour, float width) {
            super(colour, width);
        }

        /** As SolidBorder sets it before each segment (nothing for an opaque rule). */
        void applyStrokeTransparency(PdfCanvas canvas) {
            transparentColor.applyStrokeTransparency(canvas);
        }

        @Override
        public void drawCellBorder(PdfCanvas canvas, float x1, float y1, float x2, float y2, Side defaultSide) {
            if (canvas instanceof RuleCanvas rules) {
                rules.stroke(this, x1, y1, x2, y2);
            } else {
                super.drawCellBorder(canvas, x1, y1, x2, y2, defaultSide);
            }
        }
    }

    /**
     * Draws a table part's borders ({@code drawBorders}, given the context to draw in) with its
     * {@link Rule}s batched: into the same content stream, the run of rules closed before
     * anything else is written (iText closes the borders' artifact tag right after them).
     */
    static void draw(DrawContext context, Consumer<DrawContext> drawBorders) {
        RuleCanvas rules = new RuleCanvas(context.getCanvas());
        drawBorders.accept(new DrawContext(context.getDocument(), rules, context.isTaggingEnabled()));
        rules.endRun();
    }

    /** A table renderer whose borders are drawn in runs ({@link #draw}). */
    static class RuledTableRenderer extends TableRenderer {
        RuledTableRenderer(Table table) {
            super(table);
        }

        @Override
        protected void drawBorders(DrawContext drawContext) {
            TableRules.draw(drawContext, super::drawBorders);
        }

        @Override
        public IRenderer getNextRenderer() {
            return new RuledTableRenderer((Table) modelElement);
        }
    }

    /** The page's content stream, written to through a canvas of its own while a table's rules are drawn. */
    private static final class RuleCanvas extends PdfCanvas {
        private Border open;

        RuleCanvas(PdfCanvas page) {
            super(page.getContentStream(), page.getResources(), page.getDocument());
            // content is checked as the page's own (tagged or an artifact) while it is written here
            drawingOnPage = true;
        }

        void stroke(Rule rule, float x1, float y1, float x2, float y2) {
            if (open == null || !sameStyle(open, rule)) {
                endRun();
                saveState().setStrokeColor(rule.getColor());
                rule.applyStrokeTransparency(this);
                setLineWidth(rule.getWidth());
                open = rule;
            }
            moveTo(x1, y1).lineTo(x2, y2).stroke();
        }

        private static boolean sameStyle(Border a, Border b) {
            return a == b || a.getWidth() == b.getWidth() && a.getColor().equals(b.getColor())
                    && a.getOpacity() == b.getOpacity();
        }

        void endRun() {
            if (open != null) {
                restoreState();
                open = null;
            }
        }

        @Override
        public PdfCanvas closeTag() {
            endRun();
            return super.closeTag();
        }

        @Override
        public PdfCanvas openTag(com.itextpdf.kernel.pdf.canvas.CanvasTag tag) {
            endRun();
            return super.openTag(tag);
        }
    }
}
