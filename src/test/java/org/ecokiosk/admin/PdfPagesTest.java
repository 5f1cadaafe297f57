package org.ecokiosk.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.ecokiosk.audit.AuditLog;
import org.ecokiosk.model.audit.Actor;
import org.ecokiosk.operations.AuditTrail;
import org.ecokiosk.operations.ReportResult;
import org.ecokiosk.operations.Reports;
import org.ecokiosk.report.ReportKind;
import org.ecokiosk.snapshot.TestSnapshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report preview's pages, rendered from a report as admin mode builds it. */
class PdfPagesTest {
    @TempDir
    Path dir;

    @Test
    void pdfPagesRenderForThePreview() throws Exception {
        Path snapshot = TestSnapshots.fromContent(dir);
        AuditTrail trail = new AuditTrail(new AuditLog(dir.resolve("audit.jsonl")),
                new Actor("officer", "test-kiosk", "host", Optional.empty()), Clock.systemUTC());
        ReportResult built = new Reports(trail).build(ReportKind.PLAN_PROGRESS, 2025, snapshot, dir.resolve("reports"),
                dir.resolve("unused.csv"));
        PdfPages.Rendered rendered = PdfPages.render(built.pdf(), page -> { });
        assertTrue(rendered.totalPages() >= 1);
        assertEquals(Math.min(rendered.totalPages(), PdfPages.MAX_PAGES), rendered.pages().size());
        assertTrue(rendered.pages().get(0).getWidth() > 300, "A4 at 60 dpi is about 500 px wide");
    }
}
