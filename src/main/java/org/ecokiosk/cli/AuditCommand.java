package org.ecokiosk.cli;

import java.util.concurrent.Callable;
import org.ecokiosk.audit.AuditEntry;
import org.ecokiosk.audit.AuditLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** eco-kiosk audit: who imported, published or rolled back what, newest last. */
@Command(name = "audit", description = "Show the audit log of imports, publishes and rollbacks.")
final class AuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StaffOptions staff = new StaffOptions();
    @Option(names = "--last", defaultValue = "20", description = "how many entries (default: 20)")
    int last;

    @Override
    public Integer call() throws Exception {
        AuditLog log = new AuditLog(staff.auditLogFile());
        var out = spec.commandLine().getOut();
        var entries = log.last(Math.max(0, last));
        if (entries.isEmpty()) {
            out.println("(no entries in " + log.file() + ")");
        }
        for (AuditEntry e : entries) {
            out.printf("%s  %-8s %-8s %-9s %s%n", e.time(), e.who(), e.action(), e.outcome(),
                    e.kind().isEmpty() ? "" : "kind=" + e.kind());
            if (!e.files().isEmpty()) {
                out.printf("    files   %s%n", String.join(", ", e.files()));
            }
            if (!e.counts().isEmpty()) {
                out.printf("    counts  %s%n", new java.util.TreeMap<>(e.counts()));
            }
            out.printf("    sha256  %s -> %s%n", shortHash(e.hashBefore()), shortHash(e.hashAfter()));
            if (!e.detail().isEmpty()) {
                out.printf("    %s (host %s)%n", e.detail(), e.host());
            }
        }
        return ExitCodes.OK;
    }

    private static String shortHash(String h) {
        return h.isEmpty() ? "-" : h.substring(0, Math.min(16, h.length()));
    }
}
