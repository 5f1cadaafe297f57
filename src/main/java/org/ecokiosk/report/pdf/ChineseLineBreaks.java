package org.ecokiosk.report.pdf;

import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import com.itextpdf.layout.splitting.ISplitCharacters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Basic Chinese line-breaking rules (禁则): iText may break after any ideograph, which lets a
 * line start with "，" or "）" and splits "微克/立方米" at the slash. Here a break is refused
 * before closing punctuation and after opening punctuation, inside a standard's code
 * ("GB 3095-2012", "HJ 633-2012": not at its space, not at its hyphen), before the last
 * ideograph of a text, so a paragraph or a narrow table cell never ends with one character
 * alone on its last line ("达到市总量控制要 / 求" becomes "… / 要求"), and inside a word of the
 * reports' vocabulary ({@link ReportTerms}: "首要污染 / 物" becomes "… / 首要污染物"). A break
 * is allowed after full-width closing punctuation and before full-width opening punctuation,
 * where iText has none (see {@link #LINE_MAY_END}); everything else is iText's rule.
 *
 * <p>A term wider than its line: these rules only say where a break is not wanted, and iText,
 * finding no allowed break in a line's width, breaks the word at the last glyph that fits
 * (as it does for a long Latin word), so nothing overflows — a term too long for its column is
 * broken where it must be, only then. The terms are therefore not limited in length.
 *
 * <p>This is asked for every glyph of every line laid out, thousands of table cells a
 * bulletin: the term test costs nothing unless the glyphs on both sides are ideographs that
 * occur in some term, and then it compares at most (longest term − 1) glyphs each side with
 * the terms of the same first character, reading the glyph line in place: no allocation, no
 * state, so one instance may serve any number of documents and threads.
 */
final class ChineseLineBreaks implements ISplitCharacters {

    /** Characters that must not begin a line. */
    private static final String NO_LINE_START = "，。、；：？！）》」』】〕〉”’％…—·,.;:?!)]}%/";
    /** Characters that must not end a line. */
    private static final String NO_LINE_END = "（《「『【〔〈“‘([{/";
    /**
     * Full-width closing and pause marks a line may end with. iText breaks after an ideograph but
     * not after "，；：）" (its CJK ranges leave out U+FF01–FF60) nor before "（" after a digit, so
     * "HJ 633-2012（首要污染物）；GB 3838-2002，" was one unbreakable piece, which iText, wider than
     * a narrow cell, cut anywhere ("GB 3838-200 / 2"); with the terms kept whole such pieces grew.
     * Not before a digit: "（indicator_value，39行）" keeps its count with its name, as iText did.
     */
    private static final String LINE_MAY_END = "，。、；：？！）》」』】〕〉”’";
    /** Full-width opening marks a line may break before (they are kept with what follows them). */
    private static final String LINE_MAY_START = "（《「『【〔〈“‘";

    /** Every character of some term, by its code (all terms are ideographs of the BMP, "专栏2" a digit). */
    private static final boolean[] IN_A_TERM = new boolean[Character.MAX_VALUE + 1];
    /** The distinct first characters of the terms, sorted for a binary search. */
    private static final char[] FIRST_CHARACTERS;
    /** The terms starting with {@code FIRST_CHARACTERS[i]}, longest first. */
    private static final char[][][] TERMS_BY_FIRST;
    private static final int LONGEST_TERM;

    static {
        TreeMap<Character, List<char[]>> byFirst = new TreeMap<>();
        int longest = 0;
        for (String term : ReportTerms.TERMS) {
            boolean ideographs = term.length() >= 2 && Character.isIdeographic(term.charAt(0))
                    && term.chars().allMatch(c -> Character.isIdeographic(c) || c >= '0' && c <= '9');
            if (!ideographs) {
                throw new IllegalStateException("a term is two or more ideographs (then digits) of the BMP: " + term);
            }
            for (char c : term.toCharArray()) {
                IN_A_TERM[c] = true;
            }
            byFirst.computeIfAbsent(term.charAt(0), c -> new ArrayList<>()).add(term.toCharArray());
            longest = Math.max(longest, term.length());
        }
        FIRST_CHARACTERS = new char[byFirst.size()];
        TERMS_BY_FIRST = new char[byFirst.size()][][];
        int i = 0;
        for (var entry : byFirst.entrySet()) {
            FIRST_CHARACTERS[i] = entry.getKey();
            TERMS_BY_FIRST[i] = entry.getValue().stream()
                    .sorted(Comparator.comparingInt((char[] t) -> t.length).reversed()).toArray(char[][]::new);
            i++;
        }
        LONGEST_TERM = longest;
    }

    private final ISplitCharacters iTextRules = new DefaultSplitCharacters();

    @Override
    public boolean isSplitCharacter(GlyphLine text, int glyphPos) {
        int at = unicode(text, glyphPos);
        int next = glyphPos + 1 < text.getEnd() ? unicode(text, glyphPos + 1) : -1;
        if (NO_LINE_END.indexOf(at) >= 0 || next >= 0 && NO_LINE_START.indexOf(next) >= 0) {
            return false;
        }
        if (insideStandardCode(text, glyphPos) || lastIdeographWouldStandAlone(text, glyphPos)
                || insideTerm(text, glyphPos)) {
            return false;
        }
        if (LINE_MAY_END.indexOf(at) >= 0 && !Character.isDigit(next) || next >= 0 && LINE_MAY_START.indexOf(next) >= 0) {
            return true;
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

    /**
     * A break after {@code pos} would fall inside a term: some term of the text covers both the
     * glyph at {@code pos} and the one after it.
     */
    static boolean insideTerm(GlyphLine text, int pos) {
        if (pos + 1 >= text.getEnd() || !inATerm(unicode(text, pos)) || !inATerm(unicode(text, pos + 1))) {
            return false;
        }
        // a term covering pos + 1 starts no earlier than pos + 2 - LONGEST_TERM
        int earliest = Math.max(text.getStart(), pos + 2 - LONGEST_TERM);
        for (int start = pos; start >= earliest; start--) {
            int first = unicode(text, start);
            if (!inATerm(first)) {
                return false; // no term reaches across a character that is in none
            }
            int index = Arrays.binarySearch(FIRST_CHARACTERS, (char) first);
            if (index < 0) {
                continue;
            }
            for (char[] term : TERMS_BY_FIRST[index]) {
                if (start + term.length < pos + 2) {
                    break; // longest first: this and every later term ends before pos + 1
                }
                if (start + term.length <= text.getEnd() && matches(text, start, term)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inATerm(int unicode) {
        return unicode >= 0 && unicode <= Character.MAX_VALUE && IN_A_TERM[unicode];
    }

    private static boolean matches(GlyphLine text, int start, char[] term) {
        for (int i = 1; i < term.length; i++) {
            if (unicode(text, start + i) != term[i]) {
                return false;
            }
        }
        return true;
    }

    private static int unicode(GlyphLine text, int pos) {
        return text.get(pos).hasValidUnicode() ? text.get(pos).getUnicode() : -1;
    }
}
