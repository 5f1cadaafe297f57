package org.ecokiosk.report;

import java.util.Optional;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.ecokiosk.markdown.MarkdownText;
import org.ecokiosk.model.ContentPage;
import org.ecokiosk.model.PageKind;
import org.ecokiosk.report.pdf.ArchivalPdf;

/**
 * An officer's bulletin chapter (综述, 主要措施), written in Markdown and imported like pages
 * (HTML was refused at import): headings become H3, paragraphs and list items paragraphs. The text
 * is printed as written; the report adds nothing to it.
 */
final class MarkdownChapter {
    private static final Parser PARSER = Parser.builder().build();

    private MarkdownChapter() {
    }

    /** The officer's chapter {@code chapter} ("overview", "measures") of {@code year}, when imported. */
    static Optional<ContentPage> of(ReportSource source, int year, String chapter) {
        String slug = year + "-" + chapter;
        return source.chapters().stream().filter(p -> p.kind() == PageKind.BULLETIN && p.slug().equals(slug))
                .findFirst();
    }

    static void write(ArchivalPdf doc, ContentPage page) {
        Node document = PARSER.parse(page.markdown().zh());
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            block(doc, block, "");
        }
    }

    private static void block(ArchivalPdf doc, Node block, String prefix) {
        if (block instanceof Heading h) {
            doc.h3(MarkdownText.plain(h));
        } else if (block instanceof Paragraph p) {
            doc.paragraph(prefix + MarkdownText.plain(p));
        } else if (block instanceof BulletList || block instanceof OrderedList) {
            int n = block instanceof OrderedList o ? o.getMarkerStartNumber() : 0;
            for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                String marker = block instanceof OrderedList ? (n++) + ". " : "• ";
                if (item instanceof ListItem) {
                    boolean first = true;
                    for (Node inner = item.getFirstChild(); inner != null; inner = inner.getNext()) {
                        block(doc, inner, first ? prefix + marker : prefix + "  ");
                        first = false;
                    }
                }
            }
        } else if (block instanceof BlockQuote) {
            for (Node inner = block.getFirstChild(); inner != null; inner = inner.getNext()) {
                block(doc, inner, prefix);
            }
        }
        // thematic breaks, code blocks and anything else carry no text a bulletin prints
    }
}
