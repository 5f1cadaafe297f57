package org.ecokiosk.operations;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.ecokiosk.fleet.FleetException;
import org.ecokiosk.fleet.Manifest;
import org.ecokiosk.fleet.Origin;
import org.ecokiosk.model.audit.AuditAction;

/**
 * The office's fleet actions on an origin — publish a snapshot, set or clear the alert — each
 * audited once, done or refused. The signing itself is the fleet package's; {@code step} is that
 * call (with reading the keys), so that a key that cannot be read is audited like a refused publish.
 */
public final class FleetOrigins {
    /** One fleet call: read the keys, sign, write the origin. */
    @FunctionalInterface
    public interface Step<T> {
        T run() throws FleetException, IOException;
    }

    private final AuditTrail trail;

    public FleetOrigins(AuditTrail trail) {
        this.trail = trail;
    }

    public Origin.Published publish(Path origin, Path snapshot, Step<Origin.Published> step)
            throws FleetException, IOException {
        AuditFacts facts = AuditFacts.none().files(List.of(snapshot.toString()))
                .detail("origin " + origin.toAbsolutePath());
        Origin.Published done;
        try {
            done = step.run();
        } catch (FleetException | IOException | RuntimeException e) {
            trail.failed(AuditAction.FLEET_PUBLISH, facts, e);
            throw e;
        }
        trail.ok(AuditAction.FLEET_PUBLISH, facts.hashes("", done.manifest().contentSha256()));
        return done;
    }

    /** {@code what}: the alert as the log should say it ("red until …: 中文 / English", or "cleared"). */
    public Manifest alert(Path origin, Step<Manifest> step, java.util.function.Function<Manifest, String> what)
            throws FleetException, IOException {
        AuditFacts facts = AuditFacts.none().detail("origin " + origin.toAbsolutePath());
        Manifest m;
        try {
            m = step.run();
        } catch (FleetException | IOException | RuntimeException e) {
            trail.failed(AuditAction.FLEET_ALERT, facts, e);
            throw e;
        }
        trail.ok(AuditAction.FLEET_ALERT, facts.hashes(m.contentSha256(), m.contentSha256())
                .detail(what.apply(m) + "; origin " + origin.toAbsolutePath()));
        return m;
    }
}
