package org.ecokiosk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ecokiosk.ingest.air.AirHourlyImport;
import org.ecokiosk.operations.Imports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** eco-kiosk import air-hourly --snapshot S FILE...: hourly air data (PRSA or national layout). */
@Command(name = "air-hourly", description = {
        "Import hourly air data: the UCI/PRSA layout (year, month, day, hour, PM2.5 … station; CO in µg/m³) or the",
        "national hourly layout (date, hour, type, station codes …; one file per day, UTF-8 or GBK).",
        "Daily values (HJ 663) and AQI (HJ 633) are derived. S is replaced only if every file imports."})
final class ImportAirHourlyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StaffOptions staff = new StaffOptions();
    @Option(names = "--snapshot", required = true, description = "snapshot to extend; built from --content if absent")
    Path snapshot;
    @Option(names = "--content", defaultValue = "content", description = "content folder used when S does not exist")
    Path content;
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "CSV files")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        AirHourlyImport.Summary s = new Imports(staff.auditTrail()).airHourly(snapshot, files, content);
        spec.commandLine().getOut().printf("imported %d file(s) into %s: %,d hours, %,d days derived, %d new station(s)%s%n"
                        + "  content sha256 %s%n", s.files(), snapshot, s.hours(), s.days(), s.newStations().size(),
                s.newStations().isEmpty() ? "" : " " + s.newStations(), s.meta().contentSha256());
        return ExitCodes.OK;
    }
}
