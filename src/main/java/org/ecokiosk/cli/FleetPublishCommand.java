package org.ecokiosk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ecokiosk.fleet.FleetException;
import org.ecokiosk.fleet.FleetKeys;
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
 * DIR/snapshots/&lt;sha&gt;.sqlite and a freshly signed DIR/manifest.json.
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

    @Override
    public Integer call() throws Exception {
        Origin.Published done;
        try {
            done = new FleetOrigins(staff.auditTrail()).publish(origin, snapshot, () -> new Origin(origin,
                    Clock.systemUTC()).publish(snapshot, FleetKeys.readPrivate(key), publicKeyNear(key, publicKey),
                    FleetSnapshotChecks.publishChecks()));
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
        done.alertNote().ifPresent(n -> spec.commandLine().getErr().println("note: " + n));
        return ExitCodes.OK;
    }

    /** --public-key, else the fleet.pub keygen wrote beside the private key, when there is one. */
    static Optional<PublicKey> publicKeyNear(Path key, Path explicit) throws FleetException, java.io.IOException {
        if (explicit != null) {
            return Optional.of(FleetKeys.readPublic(explicit));
        }
        Path beside = key.toAbsolutePath().resolveSibling(FleetKeys.PUBLIC_FILE);
        return Files.isRegularFile(beside) ? Optional.of(FleetKeys.readPublic(beside)) : Optional.empty();
    }
}
