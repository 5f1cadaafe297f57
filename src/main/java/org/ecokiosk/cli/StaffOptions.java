package org.ecokiosk.cli;

import java.nio.file.Path;
import org.ecokiosk.audit.AuditLog;
import org.ecokiosk.config.KioskConfig;
import picocli.CommandLine.Option;

/** Options every staff command shares: which configuration, where the audit log is, who is acting. */
final class StaffOptions {
    @Option(names = "--config", description = "kiosk configuration (default: kiosk-config/kiosk.properties)")
    Path config = KioskConfig.DEFAULT_FILE;

    @Option(names = "--audit-log", description = "audit log file (default: audit/audit.jsonl beside the snapshot store)")
    Path auditLog;

    @Option(names = "--by", description = "who is acting, for the audit log (default: the OS user)")
    String by;

    KioskConfig kioskConfig() throws java.io.IOException {
        return KioskConfig.loadOrDefaults(config);
    }

    /** Beside the store, not in it (see AuditLog.besideStore), unless --audit-log says otherwise. */
    Path auditLogFile() throws java.io.IOException {
        if (auditLog != null) {
            return auditLog;
        }
        return AuditLog.besideStore(kioskConfig().snapshotStore()).file();
    }

    String who() {
        return by != null && !by.isBlank() ? by.trim() : System.getProperty("user.name", "unknown");
    }

    static String host() {
        return AuditLog.localHost();
    }
}
