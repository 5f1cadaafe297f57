package org.ecokiosk.operations;

import java.util.List;
import java.util.Map;

/**
 * The facts an audit entry carries besides when, who, what and how it ended. Built with the
 * withers, e.g. {@code AuditFacts.none().kind("water").files(names)}.
 */
public record AuditFacts(String kind, List<String> files, Map<String, Integer> counts, String hashBefore,
                         String hashAfter, String detail) {
    public AuditFacts {
        files = List.copyOf(files);
        counts = Map.copyOf(counts);
    }

    public static AuditFacts none() {
        return new AuditFacts("", List.of(), Map.of(), "", "", "");
    }

    public AuditFacts kind(String k) {
        return new AuditFacts(k, files, counts, hashBefore, hashAfter, detail);
    }

    public AuditFacts files(List<String> f) {
        return new AuditFacts(kind, f, counts, hashBefore, hashAfter, detail);
    }

    public AuditFacts counts(Map<String, Integer> c) {
        return new AuditFacts(kind, files, c, hashBefore, hashAfter, detail);
    }

    public AuditFacts hashes(String before, String after) {
        return new AuditFacts(kind, files, counts, before, after, detail);
    }

    public AuditFacts detail(String d) {
        return new AuditFacts(kind, files, counts, hashBefore, hashAfter, d);
    }
}
