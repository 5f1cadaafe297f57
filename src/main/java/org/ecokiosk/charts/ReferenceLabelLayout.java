package org.ecokiosk.charts;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

/** Text measuring and wrapping shared by the plot, the axis and the renderers. */
final class ReferenceLabelLayout {

    /** Measuring without a device: fractional metrics, as JFreeSVG and the PNG path both draw. */
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private ReferenceLabelLayout() {
    }

    static double width(String s, Font font) {
        return font.getStringBounds(s, FRC).getWidth();
    }

    static double lineHeight(Font font) {
        return font.getLineMetrics("国Ag", FRC).getHeight();
    }

    /**
     * Splits a label into lines no wider than {@code maxWidth}: first at " / " (the usual
     * bilingual separator), then at spaces. A single word wider than the limit stays whole.
     */
    static List<String> wrap(String label, Font font, double maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String part : label.split(" / ")) {
            String current = "";
            for (String word : part.trim().split(" +")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (!current.isEmpty() && width(candidate, font) > maxWidth) {
                    lines.add(current);
                    current = word;
                } else {
                    current = candidate;
                }
            }
            if (!current.isEmpty()) {
                lines.add(current);
            }
        }
        return lines;
    }

    static double widest(List<String> lines, Font font) {
        double w = 0;
        for (String line : lines) {
            w = Math.max(w, width(line, font));
        }
        return w;
    }
}
