package org.ecokiosk.operations;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.audit.AuditLog;
import org.ecokiosk.model.audit.Actor;
import org.ecokiosk.model.audit.AuditEntry;

/** An audit trail on a temp log with a fixed clock and actor, and a reader of what it wrote. */
final class OperationsFixture {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final Actor ACTOR = new Actor("officer", "kiosk-7", "office-pc", Optional.of("Wang"));

    final AuditLog log;
    final AuditTrail trail;

    OperationsFixture(Path dir) {
        log = new AuditLog(dir.resolve("audit").resolve("audit.jsonl"));
        trail = new AuditTrail(log, ACTOR, CLOCK);
    }

    List<AuditEntry> entries() throws Exception {
        return log.last(100);
    }

    /** "action:outcome" of every entry, oldest first. */
    List<String> logged() throws Exception {
        return entries().stream().map(e -> e.action().code() + ":" + e.outcome().code()).toList();
    }
}
