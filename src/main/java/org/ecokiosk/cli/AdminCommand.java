package org.ecokiosk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** eco-kiosk admin: administration (set-pin; admin mode itself opens from the kiosk). */
@Command(name = "admin", description = "Administration: set the admin PIN, open admin mode.",
        subcommands = {SetPinCommand.class})
final class AdminCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
