package org.ecokiosk.model.audit;

import java.util.Optional;

/**
 * How an action ended. {@code REJECTED}: the input or the request was refused and nothing
 * changed (a file with mistakes, a wrong PIN, nothing to roll back to); {@code FAILED}: the
 * program could not do it (a full disk, an unreadable folder).
 */
public enum AuditOutcome {
    OK("ok"),
    REJECTED("rejected"),
    FAILED("failed");

    private final String code;

    AuditOutcome(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<AuditOutcome> fromCode(String code) {
        for (AuditOutcome o : values()) {
            if (o.code.equals(code)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
