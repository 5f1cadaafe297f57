package org.ecokiosk.kiosk.content;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.commonmark.Extension;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.ecokiosk.model.ContentImage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Snapshot Markdown to HTML that is safe to show in the kiosk's WebView. Ingest already refuses
 * raw HTML, remote images and script links; this is the second fence (defence in depth):
 * commonmark renders, jsoup's {@link Safelist} keeps only text markup, images become data: URIs
 * of the snapshot's own bytes, and every link that would leave the page is unwrapped to its text.
 * Pure: no JavaFX, no I/O.
 */
public final class ContentHtml {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), YamlFrontMatterExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).sanitizeUrls(true).build();

    private ContentHtml() {
    }

    /** What may survive: text structure, tables, images (data: only) and in-page anchors. */
    static Safelist safelist() {
        return Safelist.none()
                .addTags("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "b", "em", "i",
                        "code", "pre", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "del", "a", "img")
                .addAttributes("img", "src", "alt")
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .addAttributes("a", "href")
                .addProtocols("img", "src", "data");
    }

    /**
     * The body HTML of {@code markdown}: sanitised, with images from {@code images} (keyed by
     * file name) inlined and everything else that points outside the page removed.
     */
    public static String bodyHtml(String markdown, Map<String, ContentImage> images) {
        String raw = RENDERER.render(PARSER.parse(markdown));
        Document dirty = Jsoup.parseBodyFragment(raw);
        for (Element img : dirty.select("img")) {
            Optional<ContentImage> image = Optional.ofNullable(images.get(imageName(img.attr("src"))));
            if (image.isPresent() && image.get().mediaType().toLowerCase(Locale.ROOT).startsWith("image/")) {
                img.attr("src", dataUri(image.get()));
            } else {
                // not in the snapshot: a remote or unknown picture is never fetched
                img.remove();
            }
        }
        // preserveRelativeLinks stays off, so relative and remote hrefs are dropped here
        String clean = Jsoup.clean(dirty.body().html(), "about:blank", safelist());
        Document doc = Jsoup.parseBodyFragment(clean);
        for (Element a : doc.select("a")) {
            String href = a.attr("href");
            if (href.startsWith("#") && href.length() > 1) {
                continue;
            }
            a.unwrap();
        }
        for (Element img : doc.select("img")) {
            if (!img.attr("src").startsWith("data:image/")) {
                img.remove();
            }
        }
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }

    /** A whole page: the body in a document with the given stylesheet text inlined. */
    public static String document(String bodyHtml, String lang, String css) {
        return "<!DOCTYPE html><html lang=\"" + (lang.equals("zh") ? "zh-CN" : "en") + "\"><head><meta charset=\"UTF-8\">"
                + "<style>" + css.replace("</", "<\\/") + "</style></head><body>" + bodyHtml + "</body></html>";
    }

    static String imageName(String reference) {
        String r = reference.trim();
        int slash = r.lastIndexOf('/');
        return slash < 0 ? r : r.substring(slash + 1);
    }

    static String dataUri(ContentImage image) {
        return "data:" + image.mediaType().toLowerCase(Locale.ROOT) + ";base64,"
                + Base64.getEncoder().encodeToString(image.bytes());
    }
}
