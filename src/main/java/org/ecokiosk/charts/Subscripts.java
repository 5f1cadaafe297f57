package org.ecokiosk.charts;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which symbols of a text carry a subscript, as GB 3095 and the district's bulletins print them:
 * the formulas SO₂, NO₂, O₃ and the particle sizes PM₁₀, PM₂.₅. The one home of that rule: the
 * reports' text ({@code OfficialText}) and the charts' axis titles both ask it. The text itself
 * keeps the plain characters ("PM2.5"), so what is extracted, searched or read aloud is unchanged;
 * only how the number is set differs (the bundled font has no subscript-digit glyphs).
 */
public final class Subscripts {

    /** A piece of a text: its characters and whether they are set as a subscript. */
    public record Run(String text, boolean subscript) {
    }

    /** A symbol and its subscript; not inside a longer word or number ("CO2.5", "PM25" are not symbols). */
    private static final Pattern SYMBOL = Pattern.compile(
            "(?<![A-Za-z0-9.])(?:(SO|NO|O)([23])|(PM)(10|2\\.5))(?![0-9]|\\.[0-9])");

    private Subscripts() {
    }

    /**
     * The text as runs: the text up to and including each symbol, then the symbol's subscript,
     * then the rest ("SO2、NO2" → "SO", "2", "、NO", "2"). One run (possibly empty) when there is no symbol.
     */
    public static List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        Matcher m = SYMBOL.matcher(text);
        int at = 0;
        while (m.find()) {
            int symbol = m.group(1) != null ? 1 : 3;
            runs.add(new Run(text.substring(at, m.end(symbol)), false));
            runs.add(new Run(m.group(symbol + 1), true));
            at = m.end();
        }
        if (at < text.length() || at == 0) {
            runs.add(new Run(text.substring(at), false));
        }
        return runs;
    }

    /** True when the text holds a symbol with a subscript. */
    public static boolean any(String text) {
        return SYMBOL.matcher(text).find();
    }

    /** The text in {@code font}, its subscripts in the font's own subscript form (smaller, lowered): for Java 2D. */
    public static AttributedString attributed(String text, Font font) {
        AttributedString s = new AttributedString(text);
        if (text.isEmpty()) {
            return s;
        }
        Font subscript = font.deriveFont(Map.of(TextAttribute.SUPERSCRIPT, TextAttribute.SUPERSCRIPT_SUB));
        int at = 0;
        for (Run run : runs(text)) {
            int end = at + run.text().length();
            if (end > at) {
                s.addAttribute(TextAttribute.FONT, run.subscript() ? subscript : font, at, end);
            }
            at = end;
        }
        return s;
    }
}
