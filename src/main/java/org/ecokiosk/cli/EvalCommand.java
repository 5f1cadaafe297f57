package org.ecokiosk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** eco-kiosk eval: the standards engine from the command line, JSON on stdout (for staff and tests). */
@Command(name = "eval", description = "Judge values by the national standards; JSON on stdout.",
        subcommands = {EvalAqiCommand.class, EvalWaterCommand.class, EvalNoiseCommand.class,
                EvalAirAnnualCommand.class})
final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
