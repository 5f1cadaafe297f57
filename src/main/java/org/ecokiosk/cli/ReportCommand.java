package org.ecokiosk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.ingest.disclosure.DisclosureFiles;
import org.ecokiosk.model.disclosure.DisclosureData;
import org.ecokiosk.report.BuiltReport;
import org.ecokiosk.report.ReportBuilder;
import org.ecokiosk.report.ReportKind;
import org.ecokiosk.report.ReportRequest;
import org.ecokiosk.snapshot.SnapshotReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * eco-kiosk report --year Y --kind bulletin|disclosure|plan-progress: one archival PDF plus its
 * .sha256, headless. Without --snapshot, the kiosk's configured snapshot (or one built from
 * content/ on a fresh machine).
 */
@Command(name = "report", description = "Build a yearly disclosure PDF (PDF/A-2u + PDF/UA-1) and its .sha256.")
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--year", required = true, description = "report year, e.g. 2025")
    int year;
    @Option(names = "--kind", required = true, description = "bulletin | disclosure | plan-progress")
    String kind;
    @Option(names = "--snapshot", description = "snapshot file (default: the configured one)")
    Path snapshot;
    @Option(names = "--out", defaultValue = "reports", description = "output folder (default: reports)")
    Path out;
    @Option(names = "--disclosure-data", description = "disclosure figures CSV (default: content/disclosure/YEAR.csv); "
            + "the text is the .md beside it")
    Path disclosureData;
    @Option(names = "--config", description = "kiosk configuration (default: kiosk-config/kiosk.properties)")
    Path config = KioskConfig.DEFAULT_FILE;

    @Override
    public Integer call() throws Exception {
        ReportKind reportKind = ReportKind.fromCode(kind).orElseThrow(() -> new InvalidInputException(
                "unknown report kind '" + kind + "'; use bulletin, disclosure or plan-progress"));
        if (year < ReportRequest.FIRST_YEAR || year > ReportRequest.LAST_YEAR) {
            throw new InvalidInputException("--year must be " + ReportRequest.FIRST_YEAR + "–" + ReportRequest.LAST_YEAR);
        }
        KioskConfig cfg = KioskConfig.loadOrDefaults(config);
        ReportRequest request = switch (reportKind) {
            case BULLETIN -> ReportRequest.bulletin(year);
            case PLAN_PROGRESS -> ReportRequest.planProgress(year);
            case DISCLOSURE -> ReportRequest.disclosure(disclosure(cfg));
        };
        Path snapshotFile = snapshot != null ? snapshot : KioskSnapshots.resolve(cfg);
        if (!Files.isRegularFile(snapshotFile)) {
            throw new InvalidInputException("no snapshot file at " + snapshotFile);
        }
        BuiltReport built;
        try (SnapshotReader reader = SnapshotReader.open(snapshotFile)) {
            built = ReportBuilder.write(request, reader, out);
        }
        var o = spec.commandLine().getOut();
        o.printf("wrote %s (%d bytes)%n  sha256 %s  (%s)%n  snapshot %s%n", built.pdf(), built.bytes(), built.sha256(),
                built.sha256File(), snapshotFile);
        if (built.sampleData()) {
            o.println("  示例数据 — 非正式发布 / contains sample data: every page carries the banner");
        }
        return ExitCodes.OK;
    }

    private DisclosureData disclosure(KioskConfig cfg) throws Exception {
        Path csv = Optional.ofNullable(disclosureData).orElse(DisclosureFiles.defaultCsv(cfg.contentDir(), year));
        return DisclosureFiles.read(csv, year);
    }
}
