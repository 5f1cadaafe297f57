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
     * bilingual separator), then at spaces, never between a comparison sign and its number. A
     * single word wider than the limit stays whole.
     */
    static List<String> wrap(String label, Font font, double maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String part : label.split(" / ")) {
            String current = "";
            for (String word : words(part)) {
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

    /** The words of {@code part}; a comparison sign stays with the number after it ("≤ 53"). */
    private static List<String> words(String part) {
        List<String> words = new ArrayList<>();
        String pending = "";
        for (String word : part.trim().split(" +")) {
            if (word.matches("[≤≥<>=⩽⩾]+")) {
                pending = pending.isEmpty() ? word : pending + " " + word;
            } else {
                words.add(pending.isEmpty() ? word : pending + " " + word);
                pending = "";
            }
        }
        if (!pending.isEmpty()) {
            words.add(pending);
        }
        return words;
    }

    static double widest(List<String> lines, Font font) {
        double w = 0;
        for (String line : lines) {
            w = Math.max(w, width(line, font));
        }
        return w;
    }
}
