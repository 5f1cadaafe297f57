package org.ecokiosk.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ecokiosk.cli.ExitCodes;
import org.ecokiosk.cli.InvalidInputException;
import org.ecokiosk.cli.KioskSnapshots;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.snapshot.SnapshotReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** eco-kiosk bench report: the bulletin's warm build time beside plain iText text of the same page count. */
@Command(name = "report", description = "Bulletin build time (warm median) vs iText writing the same pages of plain text.")
final class ReportBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--year", defaultValue = "2025")
    int year;
    @Option(names = "--runs", defaultValue = "7")
    int runs;
    @Option(names = "--warmup", defaultValue = "3")
    int warmup;
    @Option(names = "--snapshot", description = "snapshot file (default: the configured one)")
    Path snapshot;
    @Option(names = "--config")
    Path config = KioskConfig.DEFAULT_FILE;

    @Override
    public Integer call() throws Exception {
        if (runs < 1 || warmup < 0) {
            throw new InvalidInputException("--runs must be ≥ 1 and --warmup ≥ 0");
        }
        Path file = snapshot != null ? snapshot : KioskSnapshots.published(KioskConfig.loadOrDefaults(config))
                .orElseThrow(() -> new InvalidInputException("no published snapshot: give --snapshot FILE"));
        ReportBench.Result r;
        try (SnapshotReader reader = SnapshotReader.open(file)) {
            r = ReportBench.bulletin(reader, year, warmup, runs);
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode out = json.createObjectNode();
        out.put("workload", "report-bulletin-warm");
        out.put("year", r.year());
        out.put("snapshot", file.toString());
        out.put("pages", r.pages());
        out.put("warmup_runs", r.warmups());
        out.put("runs", r.runs());
        out.put("bulletin_median_ms", r.bulletinMedianMs());
        out.put("plain_text_median_ms", r.plainTextMedianMs());
        out.put("ratio_bulletin_to_plain", r.ratio());
        out.put("bulletin_cpu_median_ms", r.bulletinCpuMedianMs());
        out.put("plain_text_cpu_median_ms", r.plainTextCpuMedianMs());
        out.put("cpu_ratio_bulletin_to_plain", r.cpuRatio());
        out.putPOJO("bulletin_ms", r.bulletinMs());
        out.putPOJO("plain_text_ms", r.plainTextMs());
        out.put("bulletin_bytes", r.bulletinBytes());
        out.put("plain_text_bytes", r.plainTextBytes());
        out.put("plain_text_paragraphs", r.plainTextParagraphs());
        out.put("sample_data", r.sampleData());
        spec.commandLine().getOut().println(json.writerWithDefaultPrettyPrinter().writeValueAsString(out));
        return ExitCodes.OK;
    }
}
