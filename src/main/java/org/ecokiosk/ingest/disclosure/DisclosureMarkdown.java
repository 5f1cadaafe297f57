package org.ecokiosk.ingest.disclosure;

import org.ecokiosk.ingest.Excerpt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.ingest.Problems;
import org.ecokiosk.ingest.TextFile;
import org.ecokiosk.markdown.MarkdownText;
import org.ecokiosk.model.disclosure.DisclosureText;

/**
 * The prose sections 一、五、六 of the report, from a Markdown file: front matter with the
 * reporting body ({@code organ}) and the sample flag, then one "## 一、…" heading per section.
 * Paragraphs and list items become the report's paragraphs; anything fancier (tables, images,
 * links) is not part of the format and is refused so it cannot silently vanish.
 */
public final class DisclosureMarkdown {
    /** The reporting body when the front matter names none. */
    public static final String DEFAULT_ORGAN = "重庆市沙坪坝区生态环境局";

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(YamlFrontMatterExtension.create())).includeSourceSpans(
                    org.commonmark.parser.IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    enum Section {
        OVERVIEW("一"), PROBLEMS("五"), OTHER("六");

        final String numeral;

        Section(String numeral) {
            this.numeral = numeral;
        }
    }

    private DisclosureMarkdown() {
    }

    /** A year at the start of the title, as "# 2025年政府信息公开工作年度报告". */
    private static final java.util.regex.Pattern TITLE_YEAR = java.util.regex.Pattern.compile("^\\s*(\\d{4})\\s*年");

    /**
     * @param year the report's year: the year the file declares (front matter {@code year} /
     *     {@code 年度}, else the year its "#" title begins with) must be this one
     */
    public static Optional<DisclosureText> read(Path file, int year, Problems problems) {
        String name = file.toString();
        Optional<String> read = TextFile.readAll(file, 8L * 1024 * 1024, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        String text = read.get();
        Node document = PARSER.parse(text);
        YamlFrontMatterVisitor front = new YamlFrontMatterVisitor();
        document.accept(front);
        Map<String, List<String>> data = front.getData();
        String organ = first(data, "organ", "机关").orElse(DEFAULT_ORGAN);
        String sampleText = first(data, "sample", "示例").orElse("false").toLowerCase(java.util.Locale.ROOT);
        boolean sample = List.of("true", "yes", "是", "1").contains(sampleText);

        int before = problems.list().size();
        refuseHtml(document, name, problems);
        checkYear(document, text, data, year, name, problems);
        Map<Section, List<String>> sections = new EnumMap<>(Section.class);
        Section current = null;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            int line = node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex() + 1;
            if (node instanceof Heading heading && heading.getLevel() == 2) {
                String title = MarkdownText.plain(heading);
                current = null;
                for (Section s : Section.values()) {
                    if (title.startsWith(s.numeral)) {
                        current = s;
                    }
                }
                if (current == null) {
                    problems.add(new Problem(name, line, 0, "",
                            "“" + Excerpt.of(title) + "”不是文字部分的章节；这里只写 一、总体情况，五、存在的主要问题及改进情况，六、其他需要报告的事项（二、三、四 来自 CSV）",
                            "'" + Excerpt.of(title) + "' is not a text section; only 一, 五 and 六 are written here (二–四 come from the CSV)"));
                } else if (sections.containsKey(current)) {
                    problems.add(new Problem(name, line, 0, "", "章节“" + Excerpt.of(title) + "”重复", "section '" + Excerpt.of(title) + "' appears twice"));
                } else {
                    sections.put(current, new ArrayList<>());
                }
            } else if (node instanceof Heading) {
                // "# 标题" at the top is a reminder for the officer; the PDF builds its own title.
                continue;
            } else if (node instanceof Paragraph || node instanceof BulletList || node instanceof OrderedList) {
                if (current == null) {
                    if (!(node instanceof Paragraph) || !MarkdownText.plain(node).isBlank()) {
                        problems.add(new Problem(name, line, 0, "", "这段文字不在任何章节下；请放在“## 一、总体情况”等标题之后",
                                "this text is outside any section; put it under a heading such as '## 一、总体情况'"));
                    }
                    continue;
                }
                sections.get(current).addAll(paragraphs(node));
            } else if (!(node instanceof org.commonmark.ext.front.matter.YamlFrontMatterBlock)
                    && !(node instanceof HtmlBlock)) {
                problems.add(new Problem(name, line, 0, "", "报告的文字部分只能有段落和列表（不支持表格、图片、代码块等）",
                        "only paragraphs and lists are allowed in the text part (no tables, images, code blocks …)"));
            }
        }
        for (Section s : Section.values()) {
            if (!sections.containsKey(s) || sections.get(s).isEmpty()) {
                problems.add(Problem.ofFile(name, "缺少章节“## " + s.numeral + "、…”或该章节没有内容；没有可报告的事项时请写明“无”",
                        "section '## " + s.numeral + "、…' is missing or empty; write 无 when there is nothing to report"));
            }
        }
        if (problems.list().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new DisclosureText(organ, sections.get(Section.OVERVIEW), sections.get(Section.PROBLEMS),
                sections.get(Section.OTHER), sample));
    }

    /**
     * Raw HTML is refused with its line, as for kiosk pages: it would otherwise vanish from
     * the PDF without a word (the text is set as plain paragraphs).
     */
    private static void refuseHtml(Node document, String name, Problems problems) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock html) {
                add(html, html.getLiteral());
            }

            @Override
            public void visit(HtmlInline html) {
                add(html, html.getLiteral());
            }

            private final java.util.Set<Integer> linesReported = new java.util.HashSet<>();

            /** One problem per line: "<b>…</b>" is one mistake, not two. */
            private void add(Node node, String literal) {
                if (!linesReported.add(lineOf(node))) {
                    return;
                }
                String snippet = excerpt(literal);
                problems.add(new Problem(name, lineOf(node), 0, "html", "年报文字部分不能包含 HTML 代码（" + snippet
                        + "），请只用 Markdown 段落和列表", "HTML is not allowed in the text part (" + snippet
                        + "); use Markdown paragraphs and lists only"));
            }
        });
    }

    private static void checkYear(Node document, String text, Map<String, List<String>> data, int year, String name,
                                  Problems problems) {
        Optional<String> declared = first(data, "year", "年度");
        if (declared.isPresent()) {
            String value = declared.get().replace("年", "").strip();
            if (!value.equals(String.valueOf(year))) {
                problems.add(new Problem(name, lineContaining(text, declared.get()), 0, "year",
                        "文字部分写明的年度是“" + Excerpt.of(declared.get()) + "”，而要生成的是 " + year + " 年的报告",
                        "the text part is for the year '" + Excerpt.of(declared.get()) + "' but the report is for " + year));
            }
            return;
        }
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() == 1) {
                java.util.regex.Matcher m = TITLE_YEAR.matcher(MarkdownText.plain(heading));
                if (m.find() && !m.group(1).equals(String.valueOf(year))) {
                    problems.add(new Problem(name, lineOf(node), 0, "title",
                            "文字部分的标题是 " + m.group(1) + " 年的，而要生成的是 " + year + " 年的报告",
                            "the text part's title is for " + m.group(1) + " but the report is for " + year));
                }
                return;
            }
        }
    }

    private static int lineOf(Node node) {
        Node n = node;
        while (n != null && n.getSourceSpans().isEmpty()) {
            n = n.getParent();
        }
        return n == null ? 0 : n.getSourceSpans().get(0).getLineIndex() + 1;
    }

    private static int lineContaining(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** A short printable excerpt: never the raw file beyond a few characters. */
    private static String excerpt(String literal) {
        String oneLine = literal.strip().replaceAll("\\s+", " ").replaceAll("\\p{Cntrl}", "");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "…";
    }

    private static List<String> paragraphs(Node block) {
        List<String> out = new ArrayList<>();
        if (block instanceof Paragraph) {
            out.add(MarkdownText.plain(block));
            return out;
        }
        int number = block instanceof OrderedList ordered ? ordered.getMarkerStartNumber() : 0;
        for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                String marker = block instanceof OrderedList ? "（" + number++ + "）" : "• ";
                out.add(marker + MarkdownText.plain(item));
            }
        }
        return out;
    }

    private static Optional<String> first(Map<String, List<String>> data, String... keys) {
        for (String key : keys) {
            List<String> values = data.get(key);
            if (values != null && !values.isEmpty() && !values.get(0).isBlank()) {
                return Optional.of(values.get(0).strip());
            }
        }
        return Optional.empty();
    }
}
