package org.ecokiosk.report.pdf;

import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import com.itextpdf.layout.splitting.ISplitCharacters;

/**
 * Basic Chinese line-breaking rules (禁则): iText may break after any ideograph, which lets a
 * line start with "，" or "）" and splits "微克/立方米" at the slash. Here a break is refused
 * before closing punctuation and after opening punctuation; everything else is iText's rule.
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
        return iTextRules.isSplitCharacter(text, glyphPos);
    }

    private static int unicode(GlyphLine text, int pos) {
        return text.get(pos).hasValidUnicode() ? text.get(pos).getUnicode() : -1;
    }
}
