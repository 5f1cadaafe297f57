package org.ecokiosk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Chinese text is set with Chinese punctuation (GB/T 15834): ，；：（）！？ — not the ASCII , ; : ( ) ! ?
 * — in the Chinese bundle and in every Chinese field of the content the kiosk ships (the editable
 * content/ and the tests' frozen copy of it): CSV columns other than *_en, the Chinese part of the
 * Markdown pages. ASCII punctuation between Latin letters or digits (09:30, 1,000, GB 3838-2002,
 * links) is left alone.
 */
class ChinesePunctuationTest {
    private static final Path BUNDLE = Path.of("src/main/resources/i18n/messages_zh.properties");
    private static final List<Path> CONTENT = List.of(Path.of("content"), Path.of("src/test/resources/fixtures/content"));

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** The ASCII punctuation marks in {@code text} that belong to Chinese, each with its place. */
    static List<String> problems(String text) {
        List<String> found = new ArrayList<>();
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            boolean wrong = switch (c) {
                case ',', ';', ':', '!', '?' -> isHan(neighbour(cps, i, -1)) || isHan(neighbour(cps, i, +1));
                case '(' -> isHan(neighbour(cps, i, -1)) || enclosesHan(cps, i);
                case ')' -> isHan(neighbour(cps, i, +1)) || enclosedHan(cps, i);
                default -> false;
            };
            if (wrong) {
                int from = Math.max(0, i - 8);
                int to = Math.min(cps.length, i + 9);
                found.add("'" + Character.toString(c) + "' in …" + new String(cps, from, to - from) + "…");
            }
        }
        return found;
    }

    /** The nearest character before ({@code step} −1) or after (+1) position {@code i} that is not a space. */
    private static int neighbour(int[] cps, int i, int step) {
        for (int j = i + step; j >= 0 && j < cps.length; j += step) {
            if (!Character.isWhitespace(cps[j])) {
                return cps[j];
            }
        }
        return ' ';
    }

    private static boolean enclosesHan(int[] cps, int open) {
        for (int j = open + 1; j < cps.length && cps[j] != ')'; j++) {
            if (isHan(cps[j])) {
                return true;
            }
        }
        return false;
    }

    private static boolean enclosedHan(int[] cps, int close) {
        for (int j = close - 1; j >= 0 && cps[j] != '('; j--) {
            if (isHan(cps[j])) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theRuleFindsAsciiMarksInChineseAndLeavesLatinAlone() {
        assertEquals(2, problems("表注:由于成立高新区,沙坪坝区").size());
        assertEquals(1, problems("示例开放日(双月开放)").size() > 0 ? 1 : 0);
        assertTrue(problems("示例开放日（双月开放），日期待确认。").isEmpty());
        assertTrue(problems("09:30–11:30，1,000 人，GB 3838-2002 (2002), https://example.org/a?b=c").isEmpty());
        assertTrue(problems("[SAMPLE] December open day (every other month); date, time").isEmpty());
    }

    @Test
    void theChineseBundleUsesChinesePunctuation() throws IOException {
        Properties zh = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            zh.load(in);
        }
        List<String> found = new ArrayList<>();
        zh.stringPropertyNames().stream().sorted().forEach(key -> problems(zh.getProperty(key))
                .forEach(p -> found.add(key + ": " + p)));
        assertEquals(List.of(), found);
    }

    @Test
    void theShippedContentUsesChinesePunctuationInChinese() throws IOException {
        List<String> found = new ArrayList<>();
        int files = 0;
        for (Path root : CONTENT) {
            List<Path> all;
            try (Stream<Path> walk = Files.walk(root)) {
                all = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : all) {
                String name = file.getFileName().toString();
                if (name.endsWith(".csv")) {
                    files++;
                    csv(file, found);
                } else if (name.endsWith(".md") && !name.equals("README.md")) {
                    files++;
                    markdown(file, found);
                }
            }
        }
        assertTrue(files > 10, "the content was found: " + files + " files");
        assertEquals(List.of(), found);
    }

    private static void csv(Path file, List<String> found) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
            for (CSVRecord record : parser) {
                for (String column : parser.getHeaderNames()) {
                    // 行 of the disclosure input is a row code ("三(一)"), not text
                    if (!column.endsWith("_en") && !column.endsWith("url") && !column.equals("行")
                            && record.isSet(column)) {
                        for (String p : problems(record.get(column))) {
                            found.add(file + ":" + record.getRecordNumber() + " [" + column + "] " + p);
                        }
                    }
                }
            }
        }
    }

    /** The Chinese part: the body before the {@code <!-- en -->} marker and the *_zh front-matter fields. */
    private static void markdown(Path file, List<String> found) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        boolean frontMatter = !lines.isEmpty() && lines.get(0).equals("---");
        for (int i = frontMatter ? 1 : 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (frontMatter) {
                if (line.equals("---")) {
                    frontMatter = false;
                } else if (line.contains("_zh:")) {
                    check(file, i, line.substring(line.indexOf(':') + 1), found);
                }
                continue;
            }
            if (line.strip().equals("<!-- en -->")) {
                return;
            }
            check(file, i, line, found);
        }
    }

    private static void check(Path file, int index, String text, List<String> found) {
        problems(text).forEach(p -> found.add(file + ":" + (index + 1) + " " + p));
    }
}
