package org.ecokiosk.ingest.content;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.ecokiosk.ingest.Dates;
import org.ecokiosk.ingest.Excerpt;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.ingest.Problems;
import org.ecokiosk.ingest.TextFile;
import org.ecokiosk.model.ContentPage;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.model.PageKind;

/**
 * Markdown pages with YAML front matter (title_zh, title_en, publish_from, publish_until,
 * sample, images). The Chinese body comes first; a line {@code <!-- en -->} starts the English.
 * Raw HTML is refused outright rather than cleaned: a kiosk page has no use for it, and
 * refusing tells staff exactly which line to fix.
 */
public final class MarkdownPages {
    public static final String ENGLISH_MARKER = "<!-- en -->";
    private static final Parser FRONT_MATTER = Parser.builder().extensions(List.of(YamlFrontMatterExtension.create()))
            .build();
    private static final Parser BODY = Parser.builder().build();
    /** Anything that looks like a tag: titles are plain text. */
    private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile("<\\s*/?\\s*[a-zA-Z!]");
    /** A page is a few screens of text; 8 MB is never one. */
    static final long MAX_BYTES = 8L * 1024 * 1024;
    private static final Set<String> KEYS = Set.of("title_zh", "title_en", "publish_from", "publish_until", "sample",
            "images");
    /** A bulletin chapter says its year and chapter instead of publish dates: it is printed, not shown. */
    private static final Set<String> BULLETIN_KEYS = Set.of("title_zh", "title_en", "year", "chapter", "sample");
    /** YEAR-overview.md (综述) and YEAR-measures.md (主要措施). */
    private static final java.util.regex.Pattern BULLETIN_FILE =
            java.util.regex.Pattern.compile("(\\d{4})-(overview|measures)\\.md");
    /** The chapters of a bulletin an officer writes, by the name in the file name and front matter. */
    public static final Map<String, String> BULLETIN_CHAPTERS = Map.of("overview", "综述", "measures", "主要措施");

    private MarkdownPages() {
    }

    /** Reads every *.md in {@code dir}; images named must be in {@code imageNames}. */
    public static List<ContentPage> readFolder(Path dir, PageKind kind, Set<String> imageNames, LocalDate today,
                                               Problems problems) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            problems.add(Problem.ofFile(dir.toString(), "无法读取文件夹：" + e.getMessage(), "cannot list folder: " + e.getMessage()));
            return List.of();
        }
        List<ContentPage> pages = new ArrayList<>();
        for (Path file : files) {
            read(file, kind, imageNames, today, problems).ifPresent(pages::add);
        }
        return pages;
    }

    /** One page, its publishing dates judged as of {@code today} (from the configured clock). */
    public static Optional<ContentPage> read(Path file, PageKind kind, Set<String> imageNames, LocalDate today,
                                             Problems problems) {
        String name = file.toString();
        Optional<String> read = TextFile.readAll(file, MAX_BYTES, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        String text = read.get().replace("\r\n", "\n");
        if (!text.startsWith("---\n")) {
            problems.add(new Problem(name, 1, 1, "front matter", "文件开头缺少以 --- 包围的标题信息（title_zh 等）",
                    "the file must start with front matter between --- lines (title_zh, ...)"));
            return Optional.empty();
        }
        YamlFrontMatterVisitor visitor = new YamlFrontMatterVisitor();
        FRONT_MATTER.parse(text).accept(visitor);
        Map<String, List<String>> data = visitor.getData();
        int before = problems.list().size();
        boolean bulletin = kind == PageKind.BULLETIN;
        for (String key : data.keySet()) {
            if (!(bulletin ? BULLETIN_KEYS : KEYS).contains(key)) {
                problems.add(new Problem(name, lineOf(text, key + ":"), 1, Excerpt.of(key), "未知的标题信息项“" + Excerpt.of(key) + "”",
                        "unknown front-matter key '" + Excerpt.of(key) + "'"));
            }
        }
        Optional<LocalDate> bulletinYear = bulletin ? bulletinYear(file, text, data, problems) : Optional.empty();
        String titleZh = bulletin && first(data, "title_zh").isEmpty()
                ? BULLETIN_CHAPTERS.getOrDefault(first(data, "chapter"), "") : first(data, "title_zh");
        for (String titleKey : List.of("title_zh", "title_en")) {
            if (MARKUP.matcher(first(data, titleKey)).find()) {
                problems.add(new Problem(name, lineOf(text, titleKey + ":"), 1, titleKey, "标题中不能包含 HTML 代码",
                        "the title must not contain HTML"));
            }
        }
        if (titleZh.isEmpty()) {
            problems.add(new Problem(name, 1, 1, "title_zh", "缺少中文标题 title_zh", "title_zh (Chinese title) is missing"));
        }
        Optional<LocalDate> from = bulletin ? bulletinYear : Dates.parse(first(data, "publish_from"));
        if (from.isEmpty() && !bulletin) {
            problems.add(new Problem(name, lineOf(text, "publish_from:"), 1, "publish_from",
                    "publish_from 应为有效日期 YYYY-MM-DD", "publish_from must be a real date YYYY-MM-DD"));
        }
        String untilText = first(data, "publish_until");
        Optional<LocalDate> until = untilText.isEmpty() ? Optional.empty() : Dates.parse(untilText);
        if (!untilText.isEmpty() && until.isEmpty()) {
            problems.add(new Problem(name, lineOf(text, "publish_until:"), 1, "publish_until",
                    "publish_until 应为有效日期 YYYY-MM-DD", "publish_until must be a real date YYYY-MM-DD"));
        }
        List<String> images = data.getOrDefault("images", List.of());
        for (String image : images) {
            if (!imageNames.contains(imageName(image))) {
                problems.add(new Problem(name, lineOf(text, image), 1, "images", "图片“" + Excerpt.of(image) + "”不在 content/images 中",
                        "image '" + Excerpt.of(image) + "' is not in content/images"));
            }
        }
        int bodyStart = text.indexOf("\n---", 3) + 4;
        String body = text.substring(Math.min(bodyStart, text.length())).replaceFirst("^\\n", "");
        int marker = body.indexOf(ENGLISH_MARKER);
        String zh = marker < 0 ? body : body.substring(0, marker);
        String en = marker < 0 ? "" : body.substring(marker + ENGLISH_MARKER.length());
        checkBody(name, text, zh, imageNames, problems);
        checkBody(name, text, en, imageNames, problems);
        if (problems.list().size() == before) {
            checkRendered(name, zh, problems);
            checkRendered(name, en, problems);
        }
        if (problems.list().size() > before || from.isEmpty()) {
            return Optional.empty();
        }
        String slug = file.getFileName().toString().replaceFirst("\\.md$", "");
        boolean sample = Boolean.parseBoolean(first(data, "sample"));
        List<String> imageList = images.stream().map(MarkdownPages::imageName).toList();
        ContentPage page = new ContentPage(slug, kind, LocalizedText.of(titleZh, first(data, "title_en")),
                LocalizedText.of(zh.strip(), en.strip()), from.get(), until, imageList,
                sample ? DataOrigin.SAMPLE : DataOrigin.PLAN);
        List<org.ecokiosk.ingest.Violation> broken = org.ecokiosk.ingest.ContentRules.page(page, today);
        for (org.ecokiosk.ingest.Violation v : broken) {
            problems.add(new Problem(name, lineOf(text, v.field() + ":"), 1, v.field(), v.messageZh(), v.messageEn()));
        }
        return broken.isEmpty() ? Optional.of(page) : Optional.empty();
    }

    /**
     * A bulletin chapter's year, as 1 January of it: the file is named YEAR-CHAPTER.md and its front
     * matter's {@code year} and {@code chapter} must say the same (a 2024 text filed as 2025 is refused,
     * naming both). Empty, with the problem added, when they do not.
     */
    private static Optional<LocalDate> bulletinYear(Path file, String text, Map<String, List<String>> data,
                                                    Problems problems) {
        String name = file.toString();
        java.util.regex.Matcher m = BULLETIN_FILE.matcher(file.getFileName().toString());
        if (!m.matches()) {
            problems.add(new Problem(name, 1, 1, "file name", "公报章节的文件名应为“年份-overview.md”（综述）或“年份-measures.md”（主要措施）",
                    "a bulletin chapter is named YEAR-overview.md (综述) or YEAR-measures.md (主要措施)"));
            return Optional.empty();
        }
        String yearText = first(data, "year");
        String chapter = first(data, "chapter");
        boolean ok = true;
        if (!yearText.equals(m.group(1))) {
            problems.add(new Problem(name, lineOf(text, "year:"), 1, "year", yearText.isEmpty()
                    ? "缺少 year（公报年份），应为 " + m.group(1) : "year 为 " + yearText + "，与文件名中的年份 " + m.group(1) + " 不一致",
                    yearText.isEmpty() ? "year (the bulletin's year) is missing; it must be " + m.group(1)
                            : "year is " + yearText + " but the file name says " + m.group(1)));
            ok = false;
        }
        if (!chapter.equals(m.group(2))) {
            problems.add(new Problem(name, lineOf(text, "chapter:"), 1, "chapter", "chapter 应为 " + m.group(2)
                    + "（与文件名一致），现为“" + Excerpt.of(chapter) + "”", "chapter must be " + m.group(2)
                    + " as in the file name, not '" + Excerpt.of(chapter) + "'"));
            ok = false;
        }
        return ok ? Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1)) : Optional.empty();
    }

    /** The body checks on text already in a snapshot, for publish: {@code where} names it in problems. */
    public static void checkStored(String where, String body, Set<String> imageNames, Problems problems) {
        int before = problems.list().size();
        checkBody(where, body, body, imageNames, problems);
        if (problems.list().size() == before) {
            checkRendered(where, body, problems);
        }
    }

    /** Refuses raw HTML, remote images and images not in content/images. */
    private static void checkBody(String name, String whole, String body, Set<String> imageNames, Problems problems) {
        Node document = BODY.parse(body);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock html) {
                refuseHtml(html.getLiteral());
            }

            @Override
            public void visit(HtmlInline html) {
                refuseHtml(html.getLiteral());
            }

            @Override
            public void visit(Image image) {
                String dest = image.getDestination();
                if (dest.contains("://") || dest.startsWith("//")) {
                    problems.add(new Problem(name, lineOf(whole, dest), 1, "image", "不能引用网络图片“" + Excerpt.of(dest)
                            + "”，请把图片放进 content/images", "remote image '" + Excerpt.of(dest) + "' is not allowed; put it in content/images"));
                } else if (!imageNames.contains(imageName(dest))) {
                    problems.add(new Problem(name, lineOf(whole, dest), 1, "image", "图片“" + Excerpt.of(dest) + "”不在 content/images 中",
                            "image '" + Excerpt.of(dest) + "' is not in content/images"));
                }
                visitChildren(image);
            }

            @Override
            public void visit(Link link) {
                String dest = link.getDestination().toLowerCase(java.util.Locale.ROOT);
                if (dest.startsWith("javascript:") || dest.startsWith("data:") || dest.startsWith("vbscript:")) {
                    problems.add(new Problem(name, lineOf(whole, link.getDestination()), 1, "link",
                            "链接“" + Excerpt.of(link.getDestination()) + "”含有脚本，不允许", "script link '" + Excerpt.of(link.getDestination())
                            + "' is not allowed"));
                }
                visitChildren(link);
            }

            private void refuseHtml(String literal) {
                if (literal.trim().equals(ENGLISH_MARKER)) {
                    return;
                }
                String snippet = literal.trim().lines().findFirst().orElse("");
                problems.add(new Problem(name, lineOf(whole, snippet), 1, "html", "页面中不能包含 HTML 代码（" + Excerpt.of(snippet)
                        + "），请只用 Markdown", "HTML is not allowed in pages (" + Excerpt.of(snippet) + "); use Markdown only"));
            }
        });
    }

    /**
     * Defence in depth: the body rendered to HTML must pass a jsoup safelist (text, headings,
     * lists, tables, links, images; no scripts, frames, styles or event handlers). The visitor
     * above names the line of anything it knows; this catches whatever it did not foresee.
     */
    private static void checkRendered(String name, String body, Problems problems) {
        String html = HTML.render(BODY.parse(body));
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html, "https://kiosk.invalid/");
        if (!new org.jsoup.safety.Cleaner(SAFE).isValid(doc)) {
            problems.add(new Problem(name, 1, 1, "html", "页面转换后含有不允许的内容（脚本、框架、样式或事件属性）",
                    "the page contains something not allowed once rendered (script, frame, style or event handler)"));
        }
    }

    private static final org.commonmark.renderer.html.HtmlRenderer HTML =
            org.commonmark.renderer.html.HtmlRenderer.builder().build();
    private static final org.jsoup.safety.Safelist SAFE = org.jsoup.safety.Safelist.relaxed()
            .removeProtocols("img", "src", "http", "https");

    static String imageName(String reference) {
        String r = reference.trim();
        int slash = r.lastIndexOf('/');
        return slash < 0 ? r : r.substring(slash + 1);
    }

    private static String first(Map<String, List<String>> data, String key) {
        List<String> values = data.getOrDefault(key, List.of());
        return values.isEmpty() ? "" : values.get(0).trim();
    }

    /** 1-based line of the first occurrence of {@code needle}, 1 when not found. */
    private static int lineOf(String text, String needle) {
        int at = needle.isEmpty() ? -1 : text.indexOf(needle);
        if (at < 0) {
            return 1;
        }
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
