package org.ecokiosk.operations;

import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.ecokiosk.audit.AuditLog;
import org.ecokiosk.fleet.FleetException;
import org.ecokiosk.ingest.ImportFailedException;
import org.ecokiosk.model.audit.Actor;
import org.ecokiosk.model.audit.AuditAction;
import org.ecokiosk.model.audit.AuditEntry;
import org.ecokiosk.model.audit.AuditOutcome;
import org.ecokiosk.snapshot.SnapshotException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place audit entries are made: every operation records through it, with the time
 * from the injected clock and this process's actor, so the command line, admin mode and the
 * kiosk's PIN pad write the same kind of entry into the same log.
 */
public final class AuditTrail {
    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);
    private final AuditLog log;
    private final Actor actor;
    private final Clock clock;

    public AuditTrail(AuditLog log, Actor actor, Clock clock) {
        this.log = log;
        this.actor = actor;
        this.clock = clock;
    }

    public AuditLog log() {
        return log;
    }

    public Actor actor() {
        return actor;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * Records a done action. The action has happened, so a log that cannot be written is said
     * loudly: the caller must not report plain success.
     */
    void ok(AuditAction action, AuditFacts facts) throws IOException {
        try {
            write(action, AuditOutcome.OK, facts);
        } catch (IOException e) {
            LOG.error("cannot write the audit log {}", log.file(), e);
            throw new IOException("the action was done but the audit log " + log.file() + " could not be written: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Records an action that did not happen because of {@code why}: refused input is
     * {@link AuditOutcome#REJECTED}, anything else {@link AuditOutcome#FAILED}. The refusal is
     * what the caller rethrows; a log that cannot be written is attached to it, never hidden.
     */
    void failed(AuditAction action, AuditFacts facts, Exception why) {
        AuditOutcome outcome = isRefusal(why) ? AuditOutcome.REJECTED : AuditOutcome.FAILED;
        AuditFacts told = facts;
        if (why instanceof ImportFailedException problems) {
            Map<String, Integer> counts = new HashMap<>(facts.counts());
            counts.put("problems", problems.problems().size());
            told = told.counts(counts).detail(addTo(facts.detail(), problems.problems().size() + " problem(s)"));
        } else {
            told = told.detail(addTo(facts.detail(), String.valueOf(why.getMessage())));
        }
        try {
            write(action, outcome, told);
        } catch (IOException e) {
            LOG.error("cannot write the audit log {}", log.file(), e);
            why.addSuppressed(e);
        }
    }

    /** Records an event with no action behind it that could fail (a PIN try, a session's start). */
    void event(AuditAction action, AuditOutcome outcome, AuditFacts facts) throws IOException {
        write(action, outcome, facts);
    }

    static boolean isRefusal(Exception why) {
        return why instanceof ImportFailedException || why instanceof SnapshotException || why instanceof Refused
                || why instanceof FleetException;
    }

    private void write(AuditAction action, AuditOutcome outcome, AuditFacts f) throws IOException {
        log.append(new AuditEntry(clock.instant(), actor, action, outcome, f.kind(), f.files(), f.counts(),
                f.hashBefore(), f.hashAfter(), f.detail()));
    }

    private static String addTo(String detail, String more) {
        return detail.isEmpty() ? more : detail + "; " + more;
    }
}
