package org.ecokiosk.report.pdf;

import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.RenderingMode;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import org.ecokiosk.charts.Subscripts;

/**
 * The typesetting conventions of an official Chinese text (GB/T 15834 punctuation, GB 3100
 * symbols), applied once where every paragraph, cell and caption of a report is made.
 *
 * <ul>
 *   <li>Punctuation inside or beside Chinese text is full-width: ，；：（）. ASCII punctuation
 *       between Latin letters or digits (a ratio "1:2", a standard "GB 3095-2012", a URL) stays.</li>
 *   <li>Chemical formulas and the particle sizes carry real subscripts ({@link Subscripts} says which) (SO₂, NO₂, O₃, PM₁₀,
 *       PM₂.₅), as a bulletin prints them. The bundled Noto Sans SC has no subscript-digit glyphs
 *       (U+2082 …), so the digits are set lower and smaller instead; the extracted (and tagged)
 *       text still reads "SO2", "PM2.5", which is what a search or a screen reader finds.</li>
 * </ul>
 */
public final class OfficialText {

    private static final float SUBSCRIPT_SCALE = 0.7f;
    private static final Pattern SPACES_AROUND_FULL_WIDTH = Pattern.compile(" *([，；：（）]) *");
    private static final Pattern SPACE_AFTER_OPENING = Pattern.compile("([（]) +");

    private OfficialText() {
    }

    /** 2026年10月31日, the way an official text writes a date. */
    public static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** The text with full-width punctuation wherever it touches Chinese. */
    public static String punctuate(String text) {
        if (text.isEmpty() || !containsCjk(text)) {
            return text;
        }
        char[] out = text.toCharArray();
        boolean[] fullWidthParen = pairParentheses(text);
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            switch (c) {
                case ',', ';', ':' -> {
                    if ((touchesCjk(text, i) || endsChineseNumbering(text, i)) && !isUrlColon(text, i)) {
                        out[i] = switch (c) {
                            case ',' -> '，';
                            case ';' -> '；';
                            default -> '：';
                        };
                    }
                }
                case '(' -> out[i] = fullWidthParen[i] ? '（' : c;
                case ')' -> out[i] = fullWidthParen[i] ? '）' : c;
                default -> {
                }
            }
        }
        return dropSpacesAroundFullWidth(new String(out));
    }

    /** A paragraph of {@code text} at {@code fontSize} points, punctuated, with formula subscripts. */
    public static Paragraph paragraph(String text, float fontSize) {
        return paragraph(new Paragraph(), text, fontSize);
    }

    /** {@code p} (empty) given the text of {@link #paragraph(String, float)}: a table cell's own kind of paragraph. */
    static <P extends Paragraph> P paragraph(P p, String text, float fontSize) {
        p.setFontSize(fontSize);
        for (Subscripts.Run run : Subscripts.runs(punctuate(text))) {
            Text t = untagged(run.text());
            p.add(run.subscript() ? t.setFontSize(fontSize * SUBSCRIPT_SCALE).setTextRise(-fontSize * 0.18f) : t);
        }
        breakBetweenRunsOnlyWhereTheRulesAllow(p);
        return p;
    }

    /**
     * 禁则 across runs: a subscript is a run of its own, so "O", "3" and "）。" are three runs.
     * In its default mode iText breaks between any two runs; only in its HTML mode does a line
     * break between runs look back for the last place the split characters allow (the run
     * before must end where a break is allowed). That mode is set on every run after the
     * first, which is where such a break would fall.
     */
    private static void breakBetweenRunsOnlyWhereTheRulesAllow(Paragraph p) {
        for (int i = 1; i < p.getChildren().size(); i++) {
            ((Text) p.getChildren().get(i)).setProperty(Property.RENDERING_MODE, RenderingMode.HTML_MODE);
        }
    }

    /**
     * A run of text whose content is tagged straight into its paragraph, heading or cell: iText
     * gives every Text its own Span, which here said nothing a reader needs (no language, no
     * replacement text) and was every second structure element of a bulletin.
     */
    private static Text untagged(String text) {
        Text run = new Text(text);
        run.getAccessibilityProperties().setRole(null);
        return run;
    }

    private static boolean containsCjk(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isCjk(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isCjk(char c) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || b == Character.UnicodeBlock.GENERAL_PUNCTUATION && (c == '“' || c == '”' || c == '…' || c == '—');
    }

    private static boolean touchesCjk(String s, int i) {
        int before = i - 1;
        while (before >= 0 && s.charAt(before) == ' ') {
            before--;
        }
        int after = i + 1;
        while (after < s.length() && s.charAt(after) == ' ') {
            after++;
        }
        return before >= 0 && isCjk(s.charAt(before)) || after < s.length() && isCjk(s.charAt(after));
    }

    /** "表注1:" or "第3项," — a mark after a number that a Chinese word leads, not one between digits ("1:2"). */
    private static boolean endsChineseNumbering(String s, int i) {
        int before = i - 1;
        while (before >= 0 && Character.isDigit(s.charAt(before))) {
            before--;
        }
        boolean numberLedByChinese = before >= 0 && before < i - 1 && isCjk(s.charAt(before));
        return numberLedByChinese && (i + 1 >= s.length() || !Character.isDigit(s.charAt(i + 1)));
    }

    private static boolean isUrlColon(String s, int i) {
        return s.charAt(i) == ':' && s.startsWith("//", i + 1);
    }

    /** A pair becomes full-width when its content or its neighbourhood is Chinese. */
    private static boolean[] pairParentheses(String s) {
        boolean[] full = new boolean[s.length()];
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                open.push(i);
            } else if (c == ')' && !open.isEmpty()) {
                int from = open.pop();
                boolean chinese = containsCjk(s.substring(from + 1, i)) || touchesCjk(s, from) || touchesCjk(s, i);
                full[from] = chinese;
                full[i] = chinese;
            }
        }
        return full;
    }

    private static String dropSpacesAroundFullWidth(String s) {
        if (s.indexOf(' ') < 0) {
            return s;
        }
        return SPACE_AFTER_OPENING.matcher(SPACES_AROUND_FULL_WIDTH.matcher(s).replaceAll("$1")).replaceAll("$1");
    }
}
