package org.ecokiosk.report.pdf;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.properties.Leading;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.renderer.IRenderer;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where iText puts a single line of text in a paragraph of a given font, size and leading: the
 * paragraph's height and the baseline's depth below its top. They do not depend on the text
 * (iText takes ascent and descent from the font's metrics, not from the glyphs), so they are
 * measured once per document and style, by laying out one probe paragraph with iText itself —
 * what {@link CellTextRenderer} then places is where iText would have placed it.
 */
final class CellLineMetrics {

    /** One style's single line: paragraph height and baseline depth below the paragraph's top, points. */
    record Line(float height, float baselineBelowTop) {
    }

    private record Style(PdfFont font, float fontSize, int leadingType, float leadingValue) {
    }

    private static final float PROBE_TOP = 1000f;

    private final Map<Style, Line> lines = new HashMap<>();
    private final boolean setsLines;
    /** The cells whose line was set directly (a cell is laid out more than once when iText tries placements). */
    private final Map<CellText, String> linesSet = new IdentityHashMap<>();

    /** Metrics for cells whose single line is set directly. */
    CellLineMetrics() {
        this(true);
    }

    /** @param setsLines false to leave every cell to iText's paragraph layout (to compare the two) */
    CellLineMetrics(boolean setsLines) {
        this.setsLines = setsLines;
    }

    /** Whether a cell's single line is set directly at all. */
    boolean setsLines() {
        return setsLines;
    }

    /** Notes that {@code cell}'s line, {@code text}, was set directly. */
    void lineSet(CellText cell, String text) {
        linesSet.put(cell, text);
    }

    /** The texts of the document's cells whose line was set directly, not by iText. */
    List<String> linesSet() {
        return List.copyOf(linesSet.values());
    }

    /**
     * @param context the renderer the cell's text is laid out in: the probe inherits what the
     *     cell's paragraph inherits (the document's defaults among them)
     */
    Line line(PdfFont font, float fontSize, Leading leading, IRenderer context) {
        return lines.computeIfAbsent(new Style(font, fontSize, leading.getType(), leading.getValue()),
                style -> probe(style, context));
    }

    private static Line probe(Style style, IRenderer context) {
        CellText probe = new CellText(new CellLineMetrics(false));
        probe.add(new Text("0"));
        probe.setFont(style.font()).setFontSize(style.fontSize()).setMargin(0f).setPadding(0f);
        probe.setProperty(Property.LEADING, new Leading(style.leadingType(), style.leadingValue()));
        CellTextRenderer renderer = (CellTextRenderer) probe.createRendererSubTree().setParent(context);
        LayoutResult result = renderer.layoutWithIText(new LayoutContext(
                new LayoutArea(1, new Rectangle(0f, 0f, PROBE_TOP, PROBE_TOP))));
        if (result.getStatus() != LayoutResult.FULL) {
            throw new IllegalStateException("the probe line of a table cell did not fit: " + result.getStatus());
        }
        Rectangle box = result.getOccupiedArea().getBBox();
        float top = box.getY() + box.getHeight();
        return new Line(box.getHeight(), top - renderer.firstBaseline());
    }
}
