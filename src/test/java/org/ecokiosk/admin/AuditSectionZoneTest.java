package org.ecokiosk.admin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.model.Language;
import org.ecokiosk.model.audit.Actor;
import org.ecokiosk.model.audit.AuditAction;
import org.ecokiosk.model.audit.AuditEntry;
import org.ecokiosk.model.audit.AuditOutcome;
import org.ecokiosk.testing.UtcMachine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit section says when things were done in the kiosk's zone, whatever the staff PC's zone is. */
@ExtendWith(UtcMachine.class)
class AuditSectionZoneTest {
    // 15:59:30 UTC is 23:59:30 in Chongqing, and 10:59:30 in New York
    private static final AuditEntry PUBLISHED = new AuditEntry(Instant.parse("2026-12-01T15:59:30Z"),
            new Actor("officer", "kiosk-7", "pc-1", Optional.empty()), AuditAction.PUBLISH, AuditOutcome.OK, "",
            List.of("c.sqlite"), Map.of(), "aa", "bb", "");
    @Test
    void aPcOnUtcShowsChongqingTime() {
        String line = AuditSection.describe(PUBLISHED, Language.EN, new Messages(), ZoneId.of("Asia/Shanghai"));
        assertTrue(line.startsWith("2026-12-01 23:59:30  officer@kiosk-7"), line);
        assertFalse(line.contains("15:59"), "not the PC's UTC: " + line);
    }

    @Test
    void anotherConfiguredZoneIsFollowed() {
        String line = AuditSection.describe(PUBLISHED, Language.ZH, new Messages(), ZoneId.of("America/New_York"));
        assertTrue(line.startsWith("2026-12-01 10:59:30  "), line);
    }

    @Test
    void midnightInTheKioskZoneMovesTheDate() {
        AuditEntry late = new AuditEntry(Instant.parse("2026-12-31T16:30:00Z"), PUBLISHED.actor(), AuditAction.ROLLBACK,
                AuditOutcome.OK, "", List.of(), Map.of(), "", "", "");
        String line = AuditSection.describe(late, Language.EN, new Messages(), ZoneId.of("Asia/Shanghai"));
        assertTrue(line.startsWith("2027-01-01 00:30:00  "), line);
    }
}
