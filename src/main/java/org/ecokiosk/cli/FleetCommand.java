package org.ecokiosk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** eco-kiosk fleet: one office publishes signed snapshots and alerts, many kiosks pull them (docs/FLEET.md). */
@Command(name = "fleet", description = "Many kiosks: keys, signed publish to a web origin, alerts, pull, status.",
        subcommands = {FleetKeygenCommand.class, FleetPublishCommand.class, FleetAlertCommand.class,
                FleetPullCommand.class, FleetStatusCommand.class})
final class FleetCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
