package org.ecokiosk.cli;

import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ecokiosk.fleet.AlertLevel;
import org.ecokiosk.fleet.FleetAlert;
import org.ecokiosk.fleet.FleetException;
import org.ecokiosk.fleet.FleetKeys;
import org.ecokiosk.fleet.Manifest;
import org.ecokiosk.fleet.Origin;
import org.ecokiosk.operations.FleetOrigins;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * eco-kiosk fleet alert: sets (or with --clear removes) the alert in the signed manifest; the
 * snapshot stays. Kiosks show it over every screen until --until.
 */
@Command(name = "alert", description = "Set or clear the alert every kiosk shows (re-signs the manifest, no new snapshot).")
final class FleetAlertCommand implements Callable<Integer> {
    /** Times without an offset are the district's own (China Standard Time). */
    static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");

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
                description = "when it ends, e.g. 2026-12-03T20:00+08:00 (without offset: Beijing time)")
        String until;
    }

    @Override
    public Integer call() throws Exception {
        Clock clock = Clock.systemUTC();
        Manifest m;
        try {
            m = new FleetOrigins(staff.auditTrail()).alert(origin, () -> {
                Optional<FleetAlert> alert = choice.clear ? Optional.empty()
                        : Optional.of(alert(choice.notice, clock.instant()));
                PublicKey pub = FleetPublishCommand.publicKeyNear(key, publicKey).orElseThrow(() -> new FleetException(
                        "no fleet.pub beside " + key + ": give --public-key, so the current manifest can be checked"
                                + " before it is signed again"));
                return new Origin(origin, clock).setAlert(alert, FleetKeys.readPrivate(key), pub);
            }, FleetAlertCommand::describe);
        } catch (FleetException e) {
            return FleetFailure.report(spec.commandLine().getErr(), e);
        }
        String what = describe(m);
        var out = spec.commandLine().getOut();
        out.printf("%s%n", m.alert().isPresent() ? "预警已发布 / alert published" : "预警已解除 / alert cleared");
        out.printf("  alert      %s%n", what);
        out.printf("  manifest   %s (signed %s; snapshot %s unchanged)%n", origin.resolve(Origin.MANIFEST),
                m.signedAt(), m.contentSha256());
        return ExitCodes.OK;
    }

    private static String describe(Manifest m) {
        return m.alert().map(a -> a.level().code() + " until " + a.until() + ": " + a.zh() + " / " + a.en())
                .orElse("cleared");
    }

    private static FleetAlert alert(Notice n, Instant now) throws FleetException {
        AlertLevel level = AlertLevel.parse(n.level).orElseThrow(() -> new FleetException("--level '" + n.level
                + "' must be blue, yellow, orange or red"));
        String zh = text("--zh", n.zh);
        String en = text("--en", n.en);
        Instant until = until(n.until);
        if (!until.isAfter(now)) {
            throw new FleetException("--until " + n.until + " is already past; an expired alert is never shown");
        }
        return new FleetAlert(level, zh, en, now, until);
    }

    private static String text(String option, String value) throws FleetException {
        String t = value.strip();
        if (t.isEmpty()) {
            throw new FleetException(option + " is empty: the alert needs its text in both languages");
        }
        if (t.length() > FleetAlert.MAX_TEXT) {
            throw new FleetException(option + " is " + t.length() + " characters; at most " + FleetAlert.MAX_TEXT
                    + " fit on the banner");
        }
        return t;
    }

    static Instant until(String text) throws FleetException {
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(t).atZone(DISTRICT_ZONE).toInstant();
            } catch (DateTimeParseException e) {
                throw new FleetException("--until '" + text + "' is not an ISO time such as 2026-12-03T20:00+08:00");
            }
        }
    }
}
