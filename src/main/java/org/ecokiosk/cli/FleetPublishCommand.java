package org.ecokiosk.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ecokiosk.config.FleetOffice;
import org.ecokiosk.fleet.FleetException;
import org.ecokiosk.fleet.Manifest;
import org.ecokiosk.fleet.Origin;
import org.ecokiosk.operations.FleetOrigins;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * eco-kiosk fleet publish SNAPSHOT --origin DIR --key FILE: the publish checks, then
 * DIR/snapshots/&lt;sha&gt;.sqlite and a freshly signed DIR/manifest.json; older snapshots pruned.
 */
@Command(name = "publish", description = "Check a snapshot and publish it, signed, to the folder the web server serves.")
final class FleetPublishCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StaffOptions staff = new StaffOptions();
    @Parameters(paramLabel = "SNAPSHOT")
    Path snapshot;
    @Option(names = "--origin", required = true, paramLabel = "DIR", description = "the folder the web server serves")
    Path origin;
    @Option(names = "--key", required = true, paramLabel = "FILE", description = "the office's fleet.key")
    Path key;
    @Option(names = "--public-key", paramLabel = "FILE",
            description = "fleet.pub, to carry the current alert over (default: fleet.pub beside --key)")
    Path publicKey;
    @Option(names = "--keep-previous", paramLabel = "N",
            description = "earlier snapshots left on the origin; older ones are removed (default: fleet.origin.keep, "
                    + "else " + FleetOffice.DEFAULT_KEEP_PREVIOUS + ")")
    Integer keepPrevious;

    @Override
    public Integer call() throws Exception {
        if (keepPrevious != null && (keepPrevious < 0 || keepPrevious > FleetOffice.MAX_KEEP_PREVIOUS)) {
            spec.commandLine().getErr().println("error: --keep-previous " + keepPrevious + " must be between 0 and "
                    + FleetOffice.MAX_KEEP_PREVIOUS);
            return ExitCodes.INVALID_INPUT;
        }
        int keep = keepPrevious != null ? keepPrevious : staff.kioskConfig().fleet().office().keepPrevious();
        Origin.Published done;
        try {
            done = new FleetOrigins(staff.auditTrail()).publish(origin, snapshot, key, Optional.ofNullable(publicKey),
                    FleetSnapshotChecks.publishChecks(), keep);
        } catch (FleetException e) {
            return FleetFailure.report(spec.commandLine().getErr(), e);
        }
        Manifest m = done.manifest();
        var out = spec.commandLine().getOut();
        out.printf("已发布 / published to %s%n", origin);
        out.printf("  snapshot   %s (%d bytes, file sha256 %s)%n", done.snapshot(), m.bytes(), m.fileSha256());
        out.printf("  content    sha256 %s, data as of %s%s%n", m.contentSha256(), m.dataAsOf(),
                m.containsSample() ? ", sample data" : "");
        out.printf("  manifest   %s (signed %s)%n", origin.resolve(Origin.MANIFEST), m.signedAt());
        out.printf("  alert      %s%n", m.alert().map(a -> a.level().code() + " until " + a.until()).orElse("none"));
        out.printf("  pruned     %d old snapshot(s) removed, at most %d earlier kept%n", done.removed().size(), keep);
        done.alertNote().ifPresent(n -> spec.commandLine().getErr().println("note: " + n));
        return ExitCodes.OK;
    }
}
