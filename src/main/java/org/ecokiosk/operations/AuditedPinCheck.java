package org.ecokiosk.operations;

import java.io.IOException;
import java.util.Map;
import org.ecokiosk.config.PinGuard;
import org.ecokiosk.model.audit.AuditAction;
import org.ecokiosk.model.audit.AuditOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PIN check the kiosk's pad and {@code eco-kiosk admin} use: {@link PinGuard} decides, and
 * every try is audited — a wrong PIN, a lock-out (and a try while locked), and the right PIN.
 * A log that cannot be written never blocks the check: it is logged as an error instead.
 * Blocking (PBKDF2 and an fsync): call it off the FX thread.
 */
public final class AuditedPinCheck {
    private static final Logger LOG = LoggerFactory.getLogger(AuditedPinCheck.class);
    private final PinGuard guard;
    private final AuditTrail trail;

    public AuditedPinCheck(PinGuard guard, AuditTrail trail) {
        this.guard = guard;
        this.trail = trail;
    }

    public PinGuard.Outcome attempt(char[] pin) {
        PinGuard.Outcome outcome = guard.attempt(pin);
        try {
            switch (outcome.verdict()) {
                case ACCEPTED -> trail.event(AuditAction.PIN_ACCEPTED, AuditOutcome.OK, AuditFacts.none());
                case REJECTED -> trail.event(AuditAction.PIN_REJECTED, AuditOutcome.REJECTED,
                        AuditFacts.none().counts(Map.of("triesLeft", outcome.triesLeft()))
                                .detail("wrong PIN, " + outcome.triesLeft() + " tries left before the pad locks"));
                case LOCKED -> trail.event(AuditAction.PIN_LOCKED, AuditOutcome.REJECTED,
                        AuditFacts.none().detail("PIN pad locked until " + outcome.lockedUntil()));
            }
        } catch (IOException e) {
            LOG.error("cannot write the PIN try ({}) to the audit log {}: {}", outcome.verdict(), trail.log().file(),
                    e.toString());
        }
        return outcome;
    }
}
