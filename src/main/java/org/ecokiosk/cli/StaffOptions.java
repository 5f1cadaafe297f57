package org.ecokiosk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.ecokiosk.audit.Actors;
import org.ecokiosk.audit.AuditLog;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.operations.AuditTrail;
import picocli.CommandLine.Option;

/**
 * Options every staff command shares: which configuration (read once per command), where the
 * audit log is, and a name to record beside the OS user.
 */
final class StaffOptions {
    @Option(names = "--config", description = "kiosk configuration (default: kiosk-config/kiosk.properties)")
    Path config = KioskConfig.DEFAULT_FILE;

    @Option(names = "--audit-log", description = "audit log file (default: audit/audit.jsonl beside the snapshot store)")
    Path auditLog;

    @Option(names = "--by", description = "your name, recorded in the audit log beside the OS user (which is always recorded)")
    String by;

    private KioskConfig loaded;

    KioskConfig kioskConfig() throws IOException {
        if (loaded == null) {
            loaded = KioskConfig.loadOrDefaults(config);
        }
        return loaded;
    }

    /** Beside the store, not in it (see AuditLog.besideStore), unless --audit-log says otherwise. */
    AuditLog auditLog() throws IOException {
        return auditLog != null ? new AuditLog(auditLog) : AuditLog.besideStore(kioskConfig().snapshotStore());
    }

    /** Entries of this command: the OS user on this kiosk or PC, at the system clock's time. */
    AuditTrail auditTrail() throws IOException {
        return new AuditTrail(auditLog(), Actors.thisProcess(kioskConfig().kioskId(), Optional.ofNullable(by)),
                kioskConfig().clock());
    }
}
