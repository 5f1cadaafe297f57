package org.ecokiosk.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.CategoryDataset;

/**
 * A category plot that writes the reference-line labels outside the data area — to the right of
 * horizontal lines, above vertical ones — so they can never cover a data point or its value
 * label, and writes "missing" notes upright in the empty category.
 *
 * <p>JFreeChart clips markers and annotations to the data area, so both are drawn from
 * {@link #drawOutline}, the one hook called after the clip is lifted.
 */
final class EcoCategoryPlot extends CategoryPlot {

    private static final long serialVersionUID = 1L;

    /** A reference line as the plot needs it for labelling and collision checks. */
    record Reference(double value, String label, Color colour, float strokeWidth) {
    }

    private final List<Reference> references = new ArrayList<>();
    private Font referenceFont;
    private double referenceLabelMaxWidth;
    private String missingLabel;
    private Font missingFont;
    private Color missingColour;
    private final List<String> missingCategories = new ArrayList<>();
    private final java.util.Map<String, Double> barLimits = new java.util.LinkedHashMap<>();
    private Color barLimitColour = Color.RED;
    private float barLimitWidth = 2f;
    private final List<ChartNote> notes = new ArrayList<>();
    private Color noteColour = Color.DARK_GRAY;
    private transient List<Rectangle2D> lastNoteBounds = List.of();
    private transient List<Rectangle2D> lastReferenceLabelBounds = List.of();
    private transient List<Rectangle2D> lastMissingLabelBounds = List.of();

    EcoCategoryPlot(CategoryDataset dataset, CategoryAxis domainAxis, ValueAxis rangeAxis,
            CategoryItemRenderer renderer) {
        super(dataset, domainAxis, rangeAxis, renderer);
    }

    void addReference(Reference reference) {
        references.add(reference);
    }

    List<Reference> references() {
        return List.copyOf(references);
    }

    void setReferenceFont(Font font, double maxWidth) {
        this.referenceFont = font;
        this.referenceLabelMaxWidth = maxWidth;
    }

    void setMissing(String label, Font font, Color colour, List<String> categories) {
        this.missingLabel = label;
        this.missingFont = font;
        this.missingColour = colour;
        this.missingCategories.clear();
        this.missingCategories.addAll(categories);
    }

    /** Limits of single bars (category → value), drawn across their bar. */
    void setBarLimits(java.util.Map<String, Double> limits, Color colour, float width) {
        barLimits.clear();
        barLimits.putAll(limits);
        barLimitColour = colour;
        barLimitWidth = width;
    }

    boolean hasBarLimit(int column) {
        return !barLimits.isEmpty() && column < getDataset().getColumnCount()
                && barLimits.containsKey(String.valueOf(getDataset().getColumnKey(column)));
    }

    void setNotes(List<ChartNote> breaks, Color colour) {
        notes.clear();
        notes.addAll(breaks);
        noteColour = colour;
    }

    /** Where the notes were drawn last time (for tests). */
    List<Rectangle2D> lastNoteBounds() {
        return lastNoteBounds;
    }

    /** Room the reference labels need outside the data area: right (vertical plot) or top. */
    double referenceLabelRoom() {
        if (references.isEmpty() || referenceFont == null) {
            return 0;
        }
        double lineHeight = ReferenceLabelLayout.lineHeight(referenceFont);
        double room = 0;
        for (Reference r : references) {
            List<String> lines = ReferenceLabelLayout.wrap(r.label(), referenceFont, referenceLabelMaxWidth);
            room = Math.max(room, getOrientation() == PlotOrientation.VERTICAL
                    ? ReferenceLabelLayout.widest(lines, referenceFont)
                    : lines.size() * lineHeight);
        }
        return room + gap();
    }

    private double gap() {
        return referenceFont == null ? 4 : referenceFont.getSize2D() * 0.4;
    }

    /** Where the reference labels were drawn last time (for tests). */
    List<Rectangle2D> lastReferenceLabelBounds() {
        return lastReferenceLabelBounds;
    }

    /** Where the missing notes were drawn last time (for tests). */
    List<Rectangle2D> lastMissingLabelBounds() {
        return lastMissingLabelBounds;
    }

    @Override
    public void drawOutline(Graphics2D g2, Rectangle2D dataArea) {
        super.drawOutline(g2, dataArea);
        drawBarLimits(g2, dataArea);
        drawNotes(g2, dataArea);
        drawMissingLabels(g2, dataArea);
        drawReferenceLabels(g2, dataArea);
    }

    private void drawReferenceLabels(Graphics2D g2, Rectangle2D dataArea) {
        List<Rectangle2D> drawn = new ArrayList<>();
        if (references.isEmpty() || referenceFont == null) {
            lastReferenceLabelBounds = drawn;
            return;
        }
        boolean vertical = getOrientation() == PlotOrientation.VERTICAL;
        double lineHeight = ReferenceLabelLayout.lineHeight(referenceFont);
        var metrics = referenceFont.getLineMetrics("国Ag", ReferenceLabelLayout.FRC);
        double gap = gap();
        RectangleEdge edge = getRangeAxisEdge();

        record Block(Reference ref, List<String> lines, double width, double height, double at, double[] pos) {
        }
        List<Block> blocks = new ArrayList<>();
        for (Reference r : references) {
            double at = getRangeAxis().valueToJava2D(r.value(), dataArea, edge);
            List<String> lines = ReferenceLabelLayout.wrap(r.label(), referenceFont, referenceLabelMaxWidth);
            double w = ReferenceLabelLayout.widest(lines, referenceFont);
            double h = lines.size() * lineHeight;
            // pos[0]: the block's start along the line's cross axis (top for vertical plots,
            // left for horizontal ones), centred on the line, then pushed apart.
            blocks.add(new Block(r, lines, w, h, at, new double[] {vertical ? at - h / 2 : at - w / 2}));
        }
        // In the lines' order, so the upper line keeps the upper label.
        blocks.sort(Comparator.comparingDouble(Block::at));
        double min = vertical ? dataArea.getMinY() - lineHeight / 2 : dataArea.getMinX();
        double max = vertical ? dataArea.getMaxY() + lineHeight / 2 : dataArea.getMaxX() + gap * 4;
        // Push overlapping blocks apart, then back inside the allowed band.
        for (int i = 1; i < blocks.size(); i++) {
            Block prev = blocks.get(i - 1);
            double prevEnd = prev.pos()[0] + (vertical ? prev.height() : prev.width() + gap);
            if (blocks.get(i).pos()[0] < prevEnd) {
                blocks.get(i).pos()[0] = prevEnd;
            }
        }
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Block b = blocks.get(i);
            double size = vertical ? b.height() : b.width();
            double limit = i == blocks.size() - 1 ? max : blocks.get(i + 1).pos()[0] - (vertical ? 0 : gap);
            if (b.pos()[0] + size > limit) {
                b.pos()[0] = limit - size;
            }
            if (b.pos()[0] < min) {
                b.pos()[0] = min;
            }
        }
        Font savedFont = g2.getFont();
        java.awt.Paint savedPaint = g2.getPaint();
        useFont(g2, referenceFont);
        for (Block b : blocks) {
            double x = vertical ? dataArea.getMaxX() + gap : b.pos()[0];
            double y = vertical ? b.pos()[0] : dataArea.getMinY() - gap - b.height();
            g2.setPaint(b.ref().colour());
            for (int i = 0; i < b.lines().size(); i++) {
                String line = b.lines().get(i);
                double lx = vertical ? x : x + (b.width() - ReferenceLabelLayout.width(line, referenceFont)) / 2;
                g2.drawString(line, (float) lx, (float) (y + i * lineHeight + metrics.getAscent()));
            }
            drawn.add(new Rectangle2D.Double(x, y, b.width(), b.height()));
        }
        g2.setFont(savedFont);
        g2.setPaint(savedPaint);
        lastReferenceLabelBounds = List.copyOf(drawn);
    }

    private void drawBarLimits(Graphics2D g2, Rectangle2D dataArea) {
        if (barLimits.isEmpty()) {
            return;
        }
        CategoryAxis axis = getDomainAxis();
        RectangleEdge edge = getDomainAxisEdge();
        int count = getDataset().getColumnCount();
        java.awt.Paint savedPaint = g2.getPaint();
        java.awt.Stroke savedStroke = g2.getStroke();
        g2.setPaint(barLimitColour);
        g2.setStroke(new java.awt.BasicStroke(barLimitWidth, java.awt.BasicStroke.CAP_BUTT,
                java.awt.BasicStroke.JOIN_MITER));
        for (java.util.Map.Entry<String, Double> limit : barLimits.entrySet()) {
            int index = getDataset().getColumnIndex(limit.getKey());
            if (index < 0) {
                continue;
            }
            // the whole category's width: the line shows above a bar that stays below it, too
            double start = axis.getCategoryStart(index, count, dataArea, edge);
            double end = axis.getCategoryEnd(index, count, dataArea, edge);
            double at = getRangeAxis().valueToJava2D(limit.getValue(), dataArea, getRangeAxisEdge());
            if (getOrientation() == PlotOrientation.VERTICAL) {
                g2.draw(new java.awt.geom.Line2D.Double(start, at, end, at));
            } else {
                g2.draw(new java.awt.geom.Line2D.Double(at, start, at, end));
            }
        }
        g2.setPaint(savedPaint);
        g2.setStroke(savedStroke);
    }

    private void drawNotes(Graphics2D g2, Rectangle2D dataArea) {
        List<Rectangle2D> drawn = new ArrayList<>();
        if (notes.isEmpty() || getOrientation() != PlotOrientation.VERTICAL) {
            lastNoteBounds = drawn;
            return;
        }
        CategoryAxis axis = getDomainAxis();
        RectangleEdge edge = getDomainAxisEdge();
        int count = getDataset().getColumnCount();
        Font font = referenceFont != null ? referenceFont : g2.getFont();
        java.awt.Paint savedPaint = g2.getPaint();
        java.awt.Stroke savedStroke = g2.getStroke();
        Font savedFont = g2.getFont();
        g2.setPaint(noteColour);
        useFont(g2, font);
        float size = font.getSize2D();
        for (ChartNote note : notes) {
            int index = getDataset().getColumnIndex(note.category());
            if (index < 1) {
                continue;
            }
            double x = (axis.getCategoryEnd(index - 1, count, dataArea, edge)
                    + axis.getCategoryStart(index, count, dataArea, edge)) / 2;
            g2.setStroke(new java.awt.BasicStroke(size / 9f, java.awt.BasicStroke.CAP_BUTT,
                    java.awt.BasicStroke.JOIN_MITER, 10f, new float[] {size * 0.3f, size * 0.3f}, 0f));
            g2.draw(new java.awt.geom.Line2D.Double(x, dataArea.getMinY(), x, dataArea.getMaxY()));
            // the reason beside the line, in the first corner (right or left of it, top or bottom)
            // where it covers no point and no value label
            var m = font.getLineMetrics("国Ag", ReferenceLabelLayout.FRC);
            Rectangle2D place = null;
            List<String> lines = List.of();
            corners:
            for (boolean toRight : new boolean[] {true, false}) {
                double room = toRight ? dataArea.getMaxX() - x - size * 0.4 : x - dataArea.getMinX() - size * 0.4;
                List<String> wrapped = ReferenceLabelLayout.wrap(note.text(), font, Math.max(size * 4, room));
                double widest = ReferenceLabelLayout.widest(wrapped, font);
                double height = wrapped.size() * m.getHeight();
                double textX = toRight ? x + size * 0.4 : x - size * 0.4 - widest;
                for (double top : new double[] {dataArea.getMinY() + size * 0.3,
                        dataArea.getMaxY() - size * 0.3 - height}) {
                    Rectangle2D candidate = new Rectangle2D.Double(textX, top, widest, height);
                    if (place == null) {
                        place = candidate;
                        lines = wrapped;
                    }
                    if (widest <= room && !coversData(candidate, dataArea, m.getHeight())) {
                        place = candidate;
                        lines = wrapped;
                        break corners;
                    }
                }
            }
            double y = place.getMinY() + m.getAscent();
            for (String line : lines) {
                g2.drawString(line, (float) place.getMinX(), (float) y);
                y += m.getHeight();
            }
            drawn.add(place);
        }
        g2.setFont(savedFont);
        g2.setPaint(savedPaint);
        g2.setStroke(savedStroke);
        lastNoteBounds = List.copyOf(drawn);
    }

    /**
     * True when {@code box} covers a data point or the value label above it ({@code labelHeight}
     * tall) — where a break's note must not go.
     */
    private boolean coversData(Rectangle2D box, Rectangle2D dataArea, double labelHeight) {
        CategoryAxis axis = getDomainAxis();
        RectangleEdge domainEdge = getDomainAxisEdge();
        RectangleEdge rangeEdge = getRangeAxisEdge();
        int count = getDataset().getColumnCount();
        for (int row = 0; row < getDataset().getRowCount(); row++) {
            for (int column = 0; column < count; column++) {
                Number value = getDataset().getValue(row, column);
                if (value == null) {
                    continue;
                }
                double px = axis.getCategoryMiddle(column, count, dataArea, domainEdge);
                double py = getRangeAxis().valueToJava2D(value.doubleValue(), dataArea, rangeEdge);
                Rectangle2D mark = new Rectangle2D.Double(px - labelHeight, py - labelHeight * 1.6,
                        2 * labelHeight, labelHeight * 2.2);
                if (box.intersects(mark)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void drawMissingLabels(Graphics2D g2, Rectangle2D dataArea) {
        List<Rectangle2D> drawn = new ArrayList<>();
        if (missingLabel == null || missingCategories.isEmpty()) {
            lastMissingLabelBounds = drawn;
            return;
        }
        CategoryAxis axis = getDomainAxis();
        RectangleEdge edge = getDomainAxisEdge();
        int count = getDataset().getColumnCount();
        Font savedFont = g2.getFont();
        java.awt.Paint savedPaint = g2.getPaint();
        g2.setPaint(missingColour);
        for (String category : missingCategories) {
            int index = getDataset().getColumnIndex(category);
            if (index < 0) {
                continue;
            }
            double start = axis.getCategoryStart(index, count, dataArea, edge);
            double end = axis.getCategoryEnd(index, count, dataArea, edge);
            if (getOrientation() == PlotOrientation.HORIZONTAL) {
                useFont(g2, missingFont);
                var m = missingFont.getLineMetrics(missingLabel, ReferenceLabelLayout.FRC);
                double x = dataArea.getMinX() + 4;
                double y = (start + end) / 2 + (m.getAscent() - m.getDescent()) / 2;
                g2.drawString(missingLabel, (float) x, (float) y);
                drawn.add(new Rectangle2D.Double(x, y - m.getAscent(),
                        ReferenceLabelLayout.width(missingLabel, missingFont), m.getHeight()));
            } else {
                drawn.add(drawUpright(g2, dataArea, start, end));
            }
        }
        g2.setFont(savedFont);
        g2.setPaint(savedPaint);
        lastMissingLabelBounds = List.copyOf(drawn);
    }

    /**
     * Upright text at the foot of an empty column: one line per " / " part when that fits the
     * column; else a note of at most {@link #MAX_STACKED} CJK characters stacked one above the other
     * (缺测 in a day's column, the usual way to set two characters in a narrow column); else the whole
     * note on one line turned to read upwards, as a rotated axis title reads — a longer note stacked
     * a character a line ("无年度值", "n / o / d / a / t / a") is not read as words. Text too tall
     * for the column even so is set smaller, down to 60 %.
     */
    private Rectangle2D drawUpright(Graphics2D g2, Rectangle2D dataArea, double start, double end) {
        double columnWidth = end - start;
        Font font = missingFont;
        List<String> lines = List.of(missingLabel.split(" / "));
        if (ReferenceLabelLayout.widest(lines, font) > columnWidth) {
            List<String> chars = new ArrayList<>();
            boolean cjk = true;
            for (int i = 0; i < missingLabel.length(); ) {
                int cp = missingLabel.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                i += ch.length();
                if (!ch.isBlank()) {
                    chars.add(ch);
                    cjk &= Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
                }
            }
            if (!cjk || chars.size() > MAX_STACKED) {
                return drawTurned(g2, dataArea, start, end, String.join("", lines));
            }
            lines = chars;
            double widest = ReferenceLabelLayout.widest(lines, font);
            if (widest > columnWidth) {
                font = font.deriveFont((float) Math.max(font.getSize2D() * 0.6,
                        font.getSize2D() * columnWidth / widest));
            }
            return drawLines(g2, dataArea, start, end, lines, font, true);
        }
        return drawLines(g2, dataArea, start, end, lines, font, false);
    }

    /** At most this many CJK characters are stacked in a narrow column; a longer note is turned. */
    static final int MAX_STACKED = 2;

    private Rectangle2D drawLines(Graphics2D g2, Rectangle2D dataArea, double start, double end, List<String> lines,
            Font font, boolean stacked) {
        useFont(g2, font);
        var m = font.getLineMetrics("国Ag", ReferenceLabelLayout.FRC);
        // Stacked characters sit closer than text lines: an em apart reads as one word.
        double step = stacked ? font.getSize2D() * 1.05 : m.getHeight();
        double height = lines.size() * step;
        double top = dataArea.getMaxY() - 3 - height;
        double centre = (start + end) / 2;
        double widest = 0;
        for (int i = 0; i < lines.size(); i++) {
            double w = ReferenceLabelLayout.width(lines.get(i), font);
            widest = Math.max(widest, w);
            double baseline = stacked
                    ? top + i * step + step / 2 + (m.getAscent() - m.getDescent()) / 2
                    : top + i * step + m.getAscent();
            g2.drawString(lines.get(i), (float) (centre - w / 2), (float) baseline);
        }
        return new Rectangle2D.Double(centre - widest / 2, top, widest, height);
    }

    /** {@code text} on one line reading upwards, its foot at the column's foot, centred across it. */
    private Rectangle2D drawTurned(Graphics2D g2, Rectangle2D dataArea, double start, double end, String text) {
        double columnWidth = end - start;
        Font font = missingFont;
        var m = font.getLineMetrics(text, ReferenceLabelLayout.FRC);
        if (m.getHeight() > columnWidth) {
            font = font.deriveFont((float) Math.max(font.getSize2D() * 0.6, font.getSize2D() * columnWidth / m.getHeight()));
            m = font.getLineMetrics(text, ReferenceLabelLayout.FRC);
        }
        useFont(g2, font);
        double length = ReferenceLabelLayout.width(text, font);
        double foot = dataArea.getMaxY() - 3;
        double centre = (start + end) / 2;
        // after turning a quarter to the left, the baseline runs upwards at x = centre + (ascent - descent) / 2
        double baselineX = centre + (m.getAscent() - m.getDescent()) / 2;
        java.awt.geom.AffineTransform saved = g2.getTransform();
        g2.rotate(-Math.PI / 2, baselineX, foot);
        g2.drawString(text, (float) baselineX, (float) foot);
        g2.setTransform(saved);
        return new Rectangle2D.Double(baselineX - m.getAscent(), foot - length, m.getHeight(), length);
    }

    /**
     * Sets {@code font} so that it is really used. JavaFX's FXGraphics2D skips a font equal to the
     * one it last set, yet a clip change restores the canvas to an older font meanwhile: labels
     * in the item-label font (the reference and missing labels) then came out in a smaller one on
     * screen. Setting another font first makes the canvas take this one; PDFs are unaffected.
     */
    static void useFont(Graphics2D g2, Font font) {
        g2.setFont(font.deriveFont(font.getSize2D() + 1f));
        g2.setFont(font);
    }

    /** The plot's insets plus the room the reference labels take outside the data area. */
    void reserveReferenceLabelRoom() {
        RectangleInsets base = getInsets();
        double room = referenceLabelRoom();
        if (getOrientation() == PlotOrientation.VERTICAL) {
            setInsets(new RectangleInsets(base.getTop(), base.getLeft(), base.getBottom(), base.getRight() + room), false);
        } else {
            setInsets(new RectangleInsets(base.getTop() + room, base.getLeft(), base.getBottom(), base.getRight()), false);
        }
    }
}
