package org.ecokiosk.audit;

import java.util.List;
import java.util.Map;

/**
 * One line of the audit log. {@code action} is import, publish or rollback; {@code outcome}
 * ok or rejected; hashes are snapshot content SHA-256s, "" where there was none.
 */
public record AuditEntry(String time, String who, String host, String action, String kind, List<String> files,
                         Map<String, Integer> counts, String hashBefore, String hashAfter, String outcome,
                         String detail) {
    public AuditEntry {
        files = List.copyOf(files);
        counts = Map.copyOf(counts);
    }
}
