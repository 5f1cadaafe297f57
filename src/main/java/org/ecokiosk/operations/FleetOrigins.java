package org.ecokiosk.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.fleet.FleetAlert;
import org.ecokiosk.fleet.FleetException;
import org.ecokiosk.fleet.FleetKeys;
import org.ecokiosk.fleet.Manifest;
import org.ecokiosk.fleet.Origin;
import org.ecokiosk.fleet.SnapshotChecks;
import org.ecokiosk.model.audit.AuditAction;

/**
 * The office's fleet actions on an origin — publish a snapshot, issue or clear the alert — each
 * audited once, done or refused. The command line and admin mode both call these, so an alert is
 * checked, signed and logged the same way wherever it is issued. The signing itself is the fleet
 * package's; a key that cannot be read is audited like a refused publish.
 */
public final class FleetOrigins {
    /** One fleet call: read the keys, sign, write the origin. */
    @FunctionalInterface
    private interface Step<T> {
        T run() throws FleetException, IOException;
    }

    private final AuditTrail trail;
    private final Clock clock;

    public FleetOrigins(AuditTrail trail) {
        this.trail = trail;
        this.clock = trail.clock();
    }

    /**
     * Checks {@code snapshot}, places it on {@code origin} and signs a manifest naming it with
     * {@code key}; keeps {@code keepPrevious} earlier snapshots there and removes older ones.
     */
    public Origin.Published publish(Path origin, Path snapshot, Path key, Optional<Path> publicKey,
                                    SnapshotChecks checks, int keepPrevious) throws FleetException, IOException {
        AuditFacts facts = AuditFacts.none().files(List.of(snapshot.toString()))
                .detail("origin " + origin.toAbsolutePath());
        Origin.Published done = audited(AuditAction.FLEET_PUBLISH, facts, () -> new Origin(origin, clock)
                .publish(snapshot, FleetKeys.readPrivate(key), publicKeyNear(key, publicKey), checks, keepPrevious));
        trail.ok(AuditAction.FLEET_PUBLISH, facts.hashes("", done.manifest().contentSha256())
                .detail("origin " + origin.toAbsolutePath() + "; " + done.removed().size() + " old snapshot(s) removed"));
        return done;
    }

    /** Re-signs the origin's manifest with {@code request} as its alert; the snapshot stays. */
    public Manifest issueAlert(Path origin, Path key, Optional<Path> publicKey, AlertRequest request)
            throws FleetException, IOException {
        return alert(origin, key, publicKey, Optional.of(request));
    }

    /** Re-signs the origin's manifest without an alert. */
    public Manifest clearAlert(Path origin, Path key, Optional<Path> publicKey) throws FleetException, IOException {
        return alert(origin, key, publicKey, Optional.empty());
    }

    /** The alert the origin's manifest carries now (expired ones are not in force), checked against the office key. */
    public Optional<FleetAlert> currentAlert(Path origin, Path key, Optional<Path> publicKey)
            throws FleetException, IOException {
        return new Origin(origin, clock).current(requiredPublicKey(key, publicKey)).alertAt(clock.instant());
    }

    private Manifest alert(Path origin, Path key, Optional<Path> publicKey, Optional<AlertRequest> request)
            throws FleetException, IOException {
        AuditFacts facts = AuditFacts.none().detail("origin " + origin.toAbsolutePath());
        Manifest m = audited(AuditAction.FLEET_ALERT, facts, () -> {
            Optional<FleetAlert> alert = request.isEmpty() ? Optional.empty()
                    : Optional.of(request.get().toAlert(clock.instant(), clock.getZone()));
            return new Origin(origin, clock).setAlert(alert, FleetKeys.readPrivate(key),
                    requiredPublicKey(key, publicKey));
        });
        trail.ok(AuditAction.FLEET_ALERT, facts.hashes(m.contentSha256(), m.contentSha256())
                .detail(describe(m) + "; origin " + origin.toAbsolutePath()));
        return m;
    }

    /** The alert as the log and the command line say it: "red until …: 中文 / English", or "cleared". */
    public static String describe(Manifest m) {
        return m.alert().map(a -> a.level().code() + " until " + a.until() + ": " + a.zh() + " / " + a.en())
                .orElse("cleared");
    }

    private <T> T audited(AuditAction action, AuditFacts facts, Step<T> step) throws FleetException, IOException {
        try {
            return step.run();
        } catch (FleetException | IOException | RuntimeException e) {
            trail.failed(action, facts, e);
            throw e;
        }
    }

    /** {@code explicit}, else the fleet.pub keygen wrote beside the private key, when there is one. */
    public static Optional<PublicKey> publicKeyNear(Path key, Optional<Path> explicit) throws FleetException,
            IOException {
        if (explicit.isPresent()) {
            return Optional.of(FleetKeys.readPublic(explicit.get()));
        }
        Path beside = key.toAbsolutePath().resolveSibling(FleetKeys.PUBLIC_FILE);
        return Files.isRegularFile(beside) ? Optional.of(FleetKeys.readPublic(beside)) : Optional.empty();
    }

    /** Re-signing needs the current manifest checked first: a manifest edited on the server is never signed over. */
    private static PublicKey requiredPublicKey(Path key, Optional<Path> explicit) throws FleetException, IOException {
        return publicKeyNear(key, explicit).orElseThrow(() -> new FleetException("no " + FleetKeys.PUBLIC_FILE
                + " beside " + key + ": name the public key (--public-key, or fleet.public.key), so the current"
                + " manifest can be checked before it is signed again"));
    }
}
