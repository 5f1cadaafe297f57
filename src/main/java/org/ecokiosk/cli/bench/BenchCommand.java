package org.ecokiosk.cli.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** eco-kiosk bench: performance workloads, each printing JSON. Benchmarks are not tests. */
@Command(name = "bench", description = "Performance workloads; JSON on stdout.",
        subcommands = {StartupBench.class, StartupBench.BareWindowProbe.class, PrsaImportBench.class,
                ReportBenchCommand.class, KioskNavBench.class})
public final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
