package org.ecokiosk.report.pdf;

import java.util.List;

/**
 * What a catalogue or a screen reader shows about the document before opening it.
 *
 * @param title shown in the viewer's title bar (DisplayDocTitle) — PDF/UA requires one
 * @param author issuing body, e.g. "重庆市沙坪坝区生态环境局"
 * @param subject one sentence
 * @param keywords free keywords
 * @param language BCP 47 tag of the main language, e.g. "zh-CN"
 */
public record DocumentMetadata(String title, String author, String subject, List<String> keywords,
        String language) {

    public DocumentMetadata {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("an accessible PDF needs a title");
        }
        if (author == null || subject == null || language == null || language.isBlank()) {
            throw new IllegalArgumentException("author, subject and language are required");
        }
        keywords = List.copyOf(keywords);
    }

    /** Keywords as one Info-dictionary string; iText splits it on commas for the XMP. */
    String keywordsLine() {
        return String.join(", ", keywords);
    }
}
