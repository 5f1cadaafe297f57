package org.ecokiosk.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecokiosk.model.audit.AuditEntry;
import org.ecokiosk.report.ReportKind;
import org.ecokiosk.snapshot.TestSnapshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report request: the PDF once, one audit entry; a request that cannot be met is refused and audited. */
class ReportsTest {
    @TempDir
    Path dir;

    @Test
    void aReportIsAuditedOnceAndALateYearIsRefused() throws Exception {
        OperationsFixture ops = new OperationsFixture(dir);
        Path snapshot = TestSnapshots.fromContent(dir);
        Reports reports = new Reports(ops.trail);
        ReportResult built = reports.build(ReportKind.BULLETIN, 2025, snapshot, dir.resolve("out"),
                dir.resolve("none.csv"));
        assertTrue(Files.isRegularFile(built.pdf()));
        assertEquals(List.of("report:ok"), ops.logged());
        AuditEntry e = ops.entries().get(0);
        assertEquals(OperationsFixture.CLOCK.instant(), e.time());
        assertEquals("bulletin", e.kind());
        assertEquals(List.of(built.pdf().toString()), e.files());
        assertTrue(e.detail().contains(built.sha256()));

        assertThrows(Refused.class, () -> reports.build(ReportKind.BULLETIN, 1999, snapshot, dir.resolve("out"),
                dir.resolve("none.csv")));
        assertThrows(Refused.class, () -> reports.build(ReportKind.BULLETIN, 2025, dir.resolve("missing.sqlite"),
                dir.resolve("out"), dir.resolve("none.csv")));
        assertEquals(List.of("report:ok", "report:rejected", "report:rejected"), ops.logged());
    }
}
