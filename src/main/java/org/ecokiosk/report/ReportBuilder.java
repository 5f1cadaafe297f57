package org.ecokiosk.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecokiosk.report.pdf.ArchivalPdf;
import org.ecokiosk.report.pdf.ArchivalPdfSettings;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotReader;

/**
 * Builds one report from one snapshot — the single entry point for the CLI and the admin mode.
 *
 * <pre>{@code
 * try (SnapshotReader snapshot = SnapshotReader.open(file)) {
 *     BuiltReport r = ReportBuilder.write(ReportRequest.bulletin(2025), snapshot, Path.of("reports"));
 *     r.pdf();     // reports/2025-bulletin.pdf
 *     r.sha256();  // also in reports/2025-bulletin.pdf.sha256
 * }
 * }</pre>
 *
 * The same request on the same snapshot gives the same bytes. Sample data anywhere in the
 * figures printed (or in the snapshot, for the reports that print snapshot figures) puts the
 * "示例数据 — 非正式发布" banner on every page.
 */
public final class ReportBuilder {

    private ReportBuilder() {
    }

    /**
     * Writes {@code outDir/<year>-<kind>.pdf} and its {@code .sha256} (atomically: a reader
     * never sees half a file).
     *
     * @throws IllegalArgumentException when the disclosure figures break the table arithmetic
     */
    public static BuiltReport write(ReportRequest request, SnapshotReader snapshot, Path outDir)
            throws SnapshotException, IOException {
        ReportDocument document = document(request, snapshot);
        ArchivalPdfSettings settings = settings(request, snapshot, document);
        Path pdf = outDir.resolve(request.kind().fileName(request.year()));
        String sha256 = ArchivalPdf.write(pdf, settings, document::write);
        return new BuiltReport(request.kind(), request.year(), pdf, pdf.resolveSibling(pdf.getFileName() + ".sha256"),
                sha256, settings.sampleData(), Files.size(pdf));
    }

    /** The PDF's bytes, in memory: for previews, tests and the bench. */
    public static byte[] render(ReportRequest request, SnapshotReader snapshot) throws SnapshotException {
        ReportDocument document = document(request, snapshot);
        return ArchivalPdf.build(settings(request, snapshot, document), document::write);
    }

    /** Whether the report would carry the sample banner, without building it. */
    public static boolean isSample(ReportRequest request, SnapshotReader snapshot) throws SnapshotException {
        return settings(request, snapshot, document(request, snapshot)).sampleData();
    }

    /** The archival settings (metadata, reproducible stamp, sample banner) the report is written with. */
    public static ArchivalPdfSettings archivalSettings(ReportRequest request, SnapshotReader snapshot)
            throws SnapshotException {
        return settings(request, snapshot, document(request, snapshot));
    }

    private static ReportDocument document(ReportRequest request, SnapshotReader snapshot) throws SnapshotException {
        return switch (request.kind()) {
            case BULLETIN -> new BulletinReport(ReportSource.load(snapshot, request.year()));
            case PLAN_PROGRESS -> new PlanProgressReport(ReportSource.load(snapshot, request.year()));
            case DISCLOSURE -> new DisclosureReport(request.disclosure().orElseThrow());
        };
    }

    private static ArchivalPdfSettings settings(ReportRequest request, SnapshotReader snapshot, ReportDocument document) {
        // The disclosure report prints none of the snapshot's figures, so only its own data decide.
        boolean sample = document.usesSample()
                || (request.kind() != ReportKind.DISCLOSURE && snapshot.meta().containsSample());
        return new ArchivalPdfSettings(document.metadata(), ReportStamps.of(snapshot.meta(), request), sample);
    }
}
