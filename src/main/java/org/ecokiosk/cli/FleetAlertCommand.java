package org.ecokiosk.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ecokiosk.fleet.FleetException;
import org.ecokiosk.fleet.Manifest;
import org.ecokiosk.fleet.Origin;
import org.ecokiosk.operations.AlertRequest;
import org.ecokiosk.operations.FleetOrigins;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * eco-kiosk fleet alert: sets (or with --clear removes) the alert in the signed manifest; the
 * snapshot stays. Kiosks show it over every screen until --until. Checked, signed and audited by
 * {@link FleetOrigins}, as in admin mode.
 */
@Command(name = "alert", description = "Set or clear the alert every kiosk shows (re-signs the manifest, no new snapshot).")
final class FleetAlertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StaffOptions staff = new StaffOptions();
    @Option(names = "--origin", required = true, paramLabel = "DIR", description = "the folder the web server serves")
    Path origin;
    @Option(names = "--key", required = true, paramLabel = "FILE", description = "the office's fleet.key")
    Path key;
    @Option(names = "--public-key", paramLabel = "FILE", description = "fleet.pub (default: fleet.pub beside --key)")
    Path publicKey;
    @ArgGroup(exclusive = true, multiplicity = "1")
    Choice choice;

    static final class Choice {
        @Option(names = "--clear", required = true, description = "remove the alert")
        boolean clear;
        @ArgGroup(exclusive = false)
        Notice notice;
    }

    static final class Notice {
        @Option(names = "--level", required = true, description = "blue | yellow | orange | red")
        String level;
        @Option(names = "--zh", required = true, description = "the text in Chinese")
        String zh;
        @Option(names = "--en", required = true, description = "the text in English")
        String en;
        @Option(names = "--until", required = true, paramLabel = "ISO-TIME",
                description = "when it ends, e.g. 2026-12-03T20:00+08:00 (without offset: in kiosk.zone, Asia/Shanghai unless configured)")
        String until;
    }

    @Override
    public Integer call() throws Exception {
        FleetOrigins origins = new FleetOrigins(staff.auditTrail());
        Optional<Path> pub = Optional.ofNullable(publicKey);
        Manifest m;
        try {
            m = choice.clear ? origins.clearAlert(origin, key, pub) : origins.issueAlert(origin, key, pub,
                    new AlertRequest(choice.notice.level, choice.notice.zh, choice.notice.en, choice.notice.until));
        } catch (FleetException e) {
            return FleetFailure.report(spec.commandLine().getErr(), e);
        }
        var out = spec.commandLine().getOut();
        out.printf("%s%n", m.alert().isPresent() ? "预警已发布 / alert published" : "预警已解除 / alert cleared");
        out.printf("  alert      %s%n", FleetOrigins.describe(m));
        out.printf("  manifest   %s (signed %s; snapshot %s unchanged)%n", origin.resolve(Origin.MANIFEST),
                m.signedAt(), m.contentSha256());
        return ExitCodes.OK;
    }
}
