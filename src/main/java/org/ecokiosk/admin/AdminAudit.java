package org.ecokiosk.admin;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.ecokiosk.audit.AuditEntry;
import org.ecokiosk.audit.AuditLog;

/**
 * Writes admin mode's entries into the same log the staff commands use, as
 * {@code admin@<kiosk id>}: admin mode has one PIN, not accounts, so the kiosk is the best
 * "who" there is (the CLI's --by names a person; this names the machine the PIN was typed on).
 */
final class AdminAudit {
    private final AuditLog log;
    private final String who;
    private final String host = AuditLog.localHost();
    private final Clock clock;

    AdminAudit(AuditLog log, String kioskId, Clock clock) {
        this.log = log;
        this.who = "admin@" + kioskId;
        this.clock = clock;
    }

    String who() {
        return who;
    }

    AuditLog log() {
        return log;
    }

    void record(String action, String kind, List<String> files, Map<String, Integer> counts, String hashBefore,
                String hashAfter, String outcome, String detail) throws IOException {
        try {
            log.append(new AuditEntry(clock.instant().toString(), who, host, action, kind, files, counts, hashBefore,
                    hashAfter, outcome, detail));
        } catch (IOException e) {
            throw new IOException("the action was done but the audit log " + log.file() + " could not be written: "
                    + e.getMessage(), e);
        }
    }
}
