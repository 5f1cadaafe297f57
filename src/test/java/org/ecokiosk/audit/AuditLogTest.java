package org.ecokiosk.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecokiosk.model.audit.Actor;
import org.ecokiosk.model.audit.AuditAction;
import org.ecokiosk.model.audit.AuditEntry;
import org.ecokiosk.model.audit.AuditOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typed entries survive the file; a torn line or an unknown action is skipped, an older line still read. */
class AuditLogTest {
    @TempDir
    Path dir;

    @Test
    void typedEntriesRoundTripAndBadLinesAreSkipped() throws Exception {
        AuditLog log = new AuditLog(dir.resolve("a.jsonl"));
        AuditEntry entry = new AuditEntry(Instant.parse("2026-03-02T02:00:00Z"),
                new Actor("officer", "kiosk-7", "pc-1", Optional.of("Wang")), AuditAction.PUBLISH, AuditOutcome.OK,
                "", List.of("c.sqlite"), Map.of("keep", 5), "aa", "bb", "store var/snapshots");
        log.append(entry);
        Files.writeString(log.file(), "{\"time\":\"2026-03-02T02:00:01Z\",\"action\":\"launch-rockets\",\"outcome\":\"ok\"}\n"
                + "{\"time\":\"2025-12-01T08:00:00Z\",\"who\":\"xiao.wang\",\"host\":\"pc\",\"action\":\"import\","
                + "\"kind\":\"water\",\"files\":[],\"counts\":{},\"hashBefore\":\"\",\"hashAfter\":\"cc\","
                + "\"outcome\":\"rejected\",\"detail\":\"\"}\n{\"time\":\"2026-", java.nio.file.StandardOpenOption.APPEND);
        List<AuditEntry> read = log.last(10);
        assertEquals(2, read.size(), read.toString());
        assertEquals(entry, read.get(0));
        assertEquals("xiao.wang", read.get(1).actor().osUser(), "a line from before entries were typed");
        assertEquals(AuditOutcome.REJECTED, read.get(1).outcome());
        assertEquals("officer@kiosk-7 (for Wang)", read.get(0).actor().describe());
    }
}
