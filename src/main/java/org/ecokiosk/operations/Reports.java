package org.ecokiosk.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ecokiosk.ingest.ImportFailedException;
import org.ecokiosk.ingest.disclosure.DisclosureFiles;
import org.ecokiosk.model.audit.AuditAction;
import org.ecokiosk.report.BuiltReport;
import org.ecokiosk.report.ReportBuilder;
import org.ecokiosk.report.ReportKind;
import org.ecokiosk.evaluation.plan.PlanPeriod;
import org.ecokiosk.report.ReportRequest;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotReader;

/**
 * A report request as officers make it from the command line or admin mode: one yearly PDF from
 * one snapshot (read only: a report never changes what the kiosks show), audited once whether
 * it was written, refused (figures that do not add up, no such year) or failed.
 */
public final class Reports {
    private final AuditTrail trail;

    public Reports(AuditTrail trail) {
        this.trail = trail;
    }

    /**
     * @param disclosureCsv the officer's figures for a disclosure report (the text is the .md beside
     *                      it); not read for the other kinds
     */
    public ReportResult build(ReportKind kind, int year, Path snapshot, Path outDir, Path disclosureCsv)
            throws Refused, ImportFailedException, SnapshotException, IOException {
        AuditFacts facts = AuditFacts.none().kind(kind.code()).counts(Map.of("year", year));
        String hash = Hashes.of(snapshot);
        BuiltReport built;
        try {
            built = write(kind, year, snapshot, outDir, disclosureCsv);
        } catch (Refused | ImportFailedException | SnapshotException | IOException | RuntimeException e) {
            trail.failed(AuditAction.REPORT, facts.hashes(hash, hash).detail("snapshot " + snapshot), e);
            throw e;
        }
        trail.ok(AuditAction.REPORT, facts.files(List.of(built.pdf().toString())).hashes(hash, hash)
                .detail("pdf sha256 " + built.sha256() + (built.sampleData() ? ", sample data" : "")));
        return new ReportResult(kind.code(), year, built.pdf(), built.sha256File(), built.sha256(), built.bytes(),
                built.sampleData(), snapshot);
    }

    private static BuiltReport write(ReportKind kind, int year, Path snapshot, Path outDir, Path disclosureCsv)
            throws Refused, ImportFailedException, SnapshotException, IOException {
        if (year < ReportRequest.FIRST_YEAR || year > ReportRequest.LAST_YEAR) {
            throw new Refused("the year must be " + ReportRequest.FIRST_YEAR + "–" + ReportRequest.LAST_YEAR
                    + ", not " + year);
        }
        if (kind == ReportKind.PLAN_PROGRESS && !PlanPeriod.contains(year)) {
            throw new Refused(PlanPeriod.refusalZh(year) + " / " + PlanPeriod.refusalEn(year));
        }
        if (!Files.isRegularFile(snapshot)) {
            throw new Refused("no snapshot file at " + snapshot);
        }
        ReportRequest request = switch (kind) {
            case BULLETIN -> ReportRequest.bulletin(year);
            case PLAN_PROGRESS -> ReportRequest.planProgress(year);
            case DISCLOSURE -> ReportRequest.disclosure(DisclosureFiles.read(disclosureCsv, year));
        };
        try (SnapshotReader reader = SnapshotReader.open(snapshot)) {
            return ReportBuilder.write(request, reader, outDir);
        }
    }

    /** Where a year's disclosure figures are kept in the content folder. */
    public static Path defaultDisclosureCsv(Path contentDir, int year) {
        return DisclosureFiles.defaultCsv(contentDir, year);
    }
}
