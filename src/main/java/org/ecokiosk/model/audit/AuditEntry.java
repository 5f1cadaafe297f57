package org.ecokiosk.model.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One line of the audit log: when, who, what and how it ended, then the facts of that action
 * (the kind imported, the files, row counts, the snapshot content SHA-256 before and after — ""
 * where there was none). {@code detail} is free text only in addition to these, never instead.
 */
public record AuditEntry(Instant time, Actor actor, AuditAction action, AuditOutcome outcome, String kind,
                         List<String> files, Map<String, Integer> counts, String hashBefore, String hashAfter,
                         String detail) {
    public AuditEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        files = List.copyOf(files);
        counts = Map.copyOf(counts);
    }

    public boolean ok() {
        return outcome == AuditOutcome.OK;
    }
}
