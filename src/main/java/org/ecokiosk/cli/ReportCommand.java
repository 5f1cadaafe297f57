package org.ecokiosk.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.operations.ReportResult;
import org.ecokiosk.operations.Reports;
import org.ecokiosk.report.ReportKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * eco-kiosk report --year Y --kind bulletin|disclosure|plan-progress: one archival PDF plus its
 * .sha256, headless. Read only: without --snapshot it reports on the snapshot the store
 * publishes (the last good one), and with none published it says so — it never publishes one.
 */
@Command(name = "report", description = "Build a yearly disclosure PDF (PDF/A-2u + PDF/UA-1) and its .sha256.")
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StaffOptions staff = new StaffOptions();
    @Option(names = "--year", required = true, description = "report year, e.g. 2025")
    int year;
    @Option(names = "--kind", required = true, description = "bulletin | disclosure | plan-progress")
    String kind;
    @Option(names = "--snapshot", description = "snapshot file (default: the one the configured store publishes)")
    Path snapshot;
    @Option(names = "--out", defaultValue = "reports", description = "output folder (default: reports)")
    Path out;
    @Option(names = "--disclosure-data", description = "disclosure figures CSV (default: content/disclosure/YEAR.csv); "
            + "the text is the .md beside it")
    Path disclosureData;

    @Override
    public Integer call() throws Exception {
        ReportKind reportKind = ReportKind.fromCode(kind).orElseThrow(() -> new InvalidInputException(
                "unknown report kind '" + kind + "'; use bulletin, disclosure or plan-progress"));
        KioskConfig cfg = staff.kioskConfig();
        Path snapshotFile = snapshot != null ? snapshot : KioskSnapshots.published(cfg).orElseThrow(() ->
                new InvalidInputException("no published snapshot in " + cfg.snapshotStore() + " to report on: name one "
                        + "with --snapshot FILE, or publish one first (eco-kiosk publish FILE)"));
        Path csv = Optional.ofNullable(disclosureData).orElse(Reports.defaultDisclosureCsv(cfg.contentDir(), year));
        ReportResult built = new Reports(staff.auditTrail()).build(reportKind, year, snapshotFile, out, csv);
        var o = spec.commandLine().getOut();
        o.printf("wrote %s (%d bytes)%n  sha256 %s  (%s)%n  snapshot %s%n", built.pdf(), built.bytes(), built.sha256(),
                built.sha256File(), snapshotFile);
        if (built.sampleData()) {
            o.println("  示例数据 — 非正式发布 / contains sample data: every page carries the banner");
        }
        return ExitCodes.OK;
    }
}
