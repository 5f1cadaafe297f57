package org.ecokiosk.operations;

import java.nio.file.Path;

/**
 * A report written to disk: the PDF, the {@code .sha256} beside it, the PDF's SHA-256 (hex),
 * its size, and whether it carries the sample-data banner.
 */
public record ReportResult(String kind, int year, Path pdf, Path sha256File, String sha256, long bytes,
                           boolean sampleData, Path snapshot) {
}
