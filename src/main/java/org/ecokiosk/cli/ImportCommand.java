package org.ecokiosk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * eco-kiosk import KIND --snapshot S FILE...: a new snapshot from S plus the files, replacing S
 * atomically only when every file imported. Each kind is a subcommand registered here.
 */
@Command(name = "import", description = "Import data files into a snapshot (all or nothing).",
        subcommands = {ImportAirHourlyCommand.class,
                ImportKinds.Indicators.class, ImportKinds.Values.class, ImportKinds.Water.class,
                ImportKinds.Noise.class, ImportKinds.Green.class, ImportKinds.Published.class, ImportKinds.Stations.class,
                ImportKinds.Towns.class,
                ImportKinds.Facilities.class, ImportKinds.OpenDays.class, ImportKinds.Pages.class,
                ImportKinds.News.class, ImportKinds.Campaign.class, ImportKinds.Bulletin.class})
final class ImportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
