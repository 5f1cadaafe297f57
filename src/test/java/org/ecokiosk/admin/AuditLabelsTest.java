package org.ecokiosk.admin;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.model.Language;
import org.ecokiosk.model.audit.AuditAction;
import org.ecokiosk.model.audit.AuditOutcome;
import org.junit.jupiter.api.Test;

/** The audit section names every action and outcome in both languages (a new action needs its labels). */
class AuditLabelsTest {
    @Test
    void everyActionAndOutcomeHasALabelInBothLanguages() {
        Messages messages = new Messages();
        for (Language language : Language.values()) {
            for (AuditAction a : AuditAction.values()) {
                String key = "admin.audit.action." + a.code();
                assertNotEquals(key, messages.get(language, key), language + " " + key);
            }
            for (AuditOutcome o : AuditOutcome.values()) {
                String key = "admin.audit.outcome." + o.code();
                assertNotEquals(key, messages.get(language, key), language + " " + key);
            }
        }
    }
}
