package org.ecokiosk.cli;

import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.ecokiosk.audit.AuditLog;
import org.ecokiosk.model.audit.AuditEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** eco-kiosk audit: who imported, published, rolled back, reported or tried the PIN, newest last. */
@Command(name = "audit", description = "Show the audit log: imports, publishes, rollbacks, reports, PIN tries.")
final class AuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StaffOptions staff = new StaffOptions();
    @Option(names = "--last", defaultValue = "20", description = "how many entries (default: 20)")
    int last;

    @Override
    public Integer call() throws Exception {
        AuditLog log = staff.auditLog();
        var out = spec.commandLine().getOut();
        var entries = log.last(Math.max(0, last));
        if (entries.isEmpty()) {
            out.println("(no entries in " + log.file() + ")");
        }
        for (AuditEntry e : entries) {
            out.printf("%s  %-12s %-9s %s  %s%n", e.time(), e.action().code(), e.outcome().code(),
                    e.actor().describe(), e.kind().isEmpty() ? "" : "kind=" + e.kind());
            if (!e.files().isEmpty()) {
                out.printf("    files   %s%n", String.join(", ", e.files()));
            }
            if (!e.counts().isEmpty()) {
                out.printf("    counts  %s%n", new TreeMap<>(e.counts()));
            }
            out.printf("    sha256  %s -> %s%n", shortHash(e.hashBefore()), shortHash(e.hashAfter()));
            if (!e.detail().isEmpty()) {
                out.printf("    %s (host %s)%n", e.detail(), e.actor().host());
            }
        }
        return ExitCodes.OK;
    }

    private static String shortHash(String h) {
        return h.isEmpty() ? "-" : h.substring(0, Math.min(16, h.length()));
    }
}
