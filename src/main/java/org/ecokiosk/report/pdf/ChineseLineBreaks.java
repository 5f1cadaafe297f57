package org.ecokiosk.report.pdf;

import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import com.itextpdf.layout.splitting.ISplitCharacters;

/**
 * Basic Chinese line-breaking rules (禁则): iText may break after any ideograph, which lets a
 * line start with "，" or "）" and splits "微克/立方米" at the slash. Here a break is refused
 * before closing punctuation and after opening punctuation, and inside a standard's code
 * ("GB 3095-2012", "HJ 633-2012": not at its space, not at its hyphen), and before the last
 * ideograph of a text, so a paragraph or a narrow table cell never ends with one character
 * alone on its last line ("达到市总量控制要 / 求" becomes "… / 要求"); everything else is iText's rule.
 */
final class ChineseLineBreaks implements ISplitCharacters {

    /** Characters that must not begin a line. */
    private static final String NO_LINE_START = "，。、；：？！）》」』】〕〉”’％…—·,.;:?!)]}%/";
    /** Characters that must not end a line. */
    private static final String NO_LINE_END = "（《「『【〔〈“‘([{/";

    private final ISplitCharacters iTextRules = new DefaultSplitCharacters();

    @Override
    public boolean isSplitCharacter(GlyphLine text, int glyphPos) {
        if (NO_LINE_END.indexOf(unicode(text, glyphPos)) >= 0) {
            return false;
        }
        if (glyphPos + 1 < text.getEnd() && NO_LINE_START.indexOf(unicode(text, glyphPos + 1)) >= 0) {
            return false;
        }
        if (insideStandardCode(text, glyphPos) || lastIdeographWouldStandAlone(text, glyphPos)) {
            return false;
        }
        return iTextRules.isSplitCharacter(text, glyphPos);
    }

    /** A space between the letters and the number of a code, or a hyphen between its number and year. */
    private static boolean insideStandardCode(GlyphLine text, int pos) {
        if (pos <= text.getStart() || pos + 1 >= text.getEnd()) {
            return false;
        }
        int before = unicode(text, pos - 1);
        int at = unicode(text, pos);
        int after = unicode(text, pos + 1);
        boolean codeSpace = at == ' ' && before >= 'A' && before <= 'Z' && Character.isDigit(after);
        boolean yearHyphen = at == '-' && Character.isDigit(before) && Character.isDigit(after);
        return codeSpace || yearHyphen;
    }

    /**
     * A break after {@code pos} would leave one ideograph (and closing punctuation) alone on the
     * text's last line: the two last ideographs stay together.
     */
    private static boolean lastIdeographWouldStandAlone(GlyphLine text, int pos) {
        if (pos + 1 >= text.getEnd() || !Character.isIdeographic(unicode(text, pos))
                || !Character.isIdeographic(unicode(text, pos + 1))) {
            return false;
        }
        for (int i = pos + 2; i < text.getEnd(); i++) {
            if (NO_LINE_START.indexOf(unicode(text, i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int unicode(GlyphLine text, int pos) {
        return text.get(pos).hasValidUnicode() ? text.get(pos).getUnicode() : -1;
    }
}
