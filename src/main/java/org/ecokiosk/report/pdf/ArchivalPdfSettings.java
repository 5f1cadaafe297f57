package org.ecokiosk.report.pdf;

/**
 * How one archival PDF is made.
 *
 * @param metadata title, author, language …
 * @param stamp fixed ID and dates, for byte-for-byte reproducible output
 * @param sampleData true puts the "not for publication" banner on every page
 */
public record ArchivalPdfSettings(DocumentMetadata metadata, ReproducibleStamp stamp, boolean sampleData) {

    /** Running banner text for documents built from sample data. */
    public static final String SAMPLE_BANNER = "示例数据 — 非正式发布 / sample data — not for publication";

    public ArchivalPdfSettings {
        if (metadata == null || stamp == null) {
            throw new IllegalArgumentException("metadata and stamp are required");
        }
    }
}
