package org.ecokiosk.report;

import java.nio.file.Path;

/**
 * A report written to disk.
 *
 * @param pdf the PDF file
 * @param sha256File the {@code .sha256} file beside it ({@code sha256sum -c} format)
 * @param sha256 the PDF's SHA-256, hex
 * @param sampleData true when the PDF carries the sample banner
 * @param bytes size of the PDF
 */
public record BuiltReport(ReportKind kind, int year, Path pdf, Path sha256File, String sha256, boolean sampleData,
                          long bytes) {
}
