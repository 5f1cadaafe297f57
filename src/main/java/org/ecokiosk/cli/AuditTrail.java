package org.ecokiosk.cli;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ecokiosk.audit.AuditEntry;
import org.ecokiosk.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes the audit entry of one staff command; a failure to log is reported, never hidden. */
final class AuditTrail {
    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);

    private AuditTrail() {
    }

    static void record(StaffOptions staff, String action, String kind, List<String> files, Map<String, Integer> counts,
                       String before, String after, String outcome, String detail) throws IOException {
        AuditLog log = new AuditLog(staff.auditLogFile());
        try {
            log.append(new AuditEntry(Instant.now().toString(), staff.who(), StaffOptions.host(), action, kind, files,
                    counts, before, after, outcome, detail));
        } catch (IOException e) {
            LOG.error("cannot write the audit log {}", log.file(), e);
            throw new IOException("the action was done but the audit log " + log.file() + " could not be written: "
                    + e.getMessage(), e);
        }
    }
}
