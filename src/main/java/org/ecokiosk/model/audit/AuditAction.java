package org.ecokiosk.model.audit;

import java.util.Optional;

/**
 * What staff, officers or the kiosk itself did. The code is what the log file holds, so it
 * never changes once released (the log outlives versions); a new action gets a new code.
 */
public enum AuditAction {
    IMPORT("import"),
    PUBLISH("publish"),
    ROLLBACK("rollback"),
    DISCARD("discard"),
    REPORT("report"),
    ADMIN_ENTER("admin-enter"),
    ADMIN_LEAVE("admin-leave"),
    PIN_SET("pin-set"),
    PIN_ACCEPTED("pin-accepted"),
    PIN_REJECTED("pin-rejected"),
    PIN_LOCKED("pin-locked"),
    FLEET_PUBLISH("fleet-publish"),
    FLEET_ALERT("fleet-alert");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<AuditAction> fromCode(String code) {
        for (AuditAction a : values()) {
            if (a.code.equals(code)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
