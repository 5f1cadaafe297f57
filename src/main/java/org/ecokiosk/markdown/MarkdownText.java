package org.ecokiosk.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The plain text of a parsed Markdown node (a heading, a paragraph, a list item): its words and
 * code spans, an image by its description. A line break inside it — soft or hard — vanishes after
 * a hanzi or full-width punctuation (Chinese wraps without a space) and is one space after
 * anything else (English words stay apart).
 */
public final class MarkdownText {
    /** From here on (CJK radicals, punctuation, kana, hanzi, full-width forms) a line break adds no space. */
    private static final int FIRST_CJK = 0x2E80;

    private MarkdownText() {
    }

    /** {@code node}'s text, stripped. */
    public static String plain(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                lineBreak();
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                lineBreak();
            }

            private void lineBreak() {
                if (out.length() > 0 && out.charAt(out.length() - 1) < FIRST_CJK) {
                    out.append(' ');
                }
            }
        });
        return out.toString().strip();
    }
}
