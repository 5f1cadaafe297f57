package org.ecokiosk.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ecokiosk.ingest.SnapshotBuilds;
import org.ecokiosk.model.SnapshotMeta;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.snapshot.SnapshotVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** eco-kiosk snapshot build | verify | info. */
@Command(name = "snapshot", description = "Build, check and describe snapshot files.",
        subcommands = {SnapshotCommand.Build.class, SnapshotCommand.Verify.class, SnapshotCommand.Info.class})
final class SnapshotCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "build", description = "Build a snapshot from the content folder.")
    static final class Build implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--content", description = "content folder (default: content)", defaultValue = "content")
        Path content;
        @Option(names = "--out", required = true, description = "snapshot file to write")
        Path out;

        @Override
        public Integer call() throws Exception {
            SnapshotMeta meta = SnapshotBuilds.fromContent(content, out, Instant.now());
            spec.commandLine().getOut().printf("built %s%n  content sha256 %s%n  data as of %s, sample data: %s%n",
                    out, meta.contentSha256(), meta.dataAsOf(), meta.containsSample() ? "yes" : "no");
            return ExitCodes.OK;
        }
    }

    @Command(name = "verify", description = "Check integrity, schema version and content hash.")
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            SnapshotVerifier.Result result = SnapshotVerifier.verify(file);
            if (!result.ok()) {
                spec.commandLine().getErr().println("INVALID " + file + ": " + result.problem());
                return ExitCodes.INVALID_INPUT;
            }
            spec.commandLine().getOut().println("OK " + file + " sha256 " + result.meta().orElseThrow().contentSha256());
            return ExitCodes.OK;
        }
    }

    @Command(name = "info", description = "Describe a snapshot: meta and table sizes.")
    static final class Info implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws Exception {
            try (SnapshotReader reader = SnapshotReader.open(file)) {
                SnapshotMeta m = reader.meta();
                var out = spec.commandLine().getOut();
                out.printf("file            %s%nschema version  %d%nbuilt at        %s%nsource          %s%n"
                                + "content sha256  %s%ndata as of      %s%nsample data     %s%n", file, m.schemaVersion(),
                        m.builtAt(), m.source(), m.contentSha256(), m.dataAsOf(), m.containsSample() ? "yes" : "no");
                for (Map.Entry<String, Long> e : reader.tableCounts().entrySet()) {
                    out.printf("  %-18s %,d rows%n", e.getKey(), e.getValue());
                }
            }
            return ExitCodes.OK;
        }
    }
}
