package org.ecokiosk.cli.bench;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;

/**
 * What the JVM itself has committed, by category (Java heap, metaspace, code, threads, ...), from
 * its native memory tracking ({@code jcmd PID VM.native_memory summary}, asked in-process). Empty
 * unless the JVM runs with {@code -XX:NativeMemoryTracking=summary}. Committed is not resident:
 * a committed page counts in RSS only once touched. Memory that GTK, cairo, Mesa or SQLite
 * allocate is not tracked here (it shows in {@link ProcessMemory}'s anonymous memory).
 */
final class NativeMemorySummary {
    private static final Pattern CATEGORY = Pattern.compile("^-\\s+(.+?) \\(reserved=(\\d+)KB, committed=(\\d+)KB\\)");
    private static final Pattern TOTAL = Pattern.compile("^Total: reserved=(\\d+)KB, committed=(\\d+)KB");

    private NativeMemorySummary() {
    }

    /** Committed kB by category, "Total" first; empty when tracking is off. */
    static Map<String, Long> committedKb() {
        try {
            Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmNativeMemory",
                    new Object[] {new String[] {"summary"}}, new String[] {String[].class.getName()});
            return parse(String.valueOf(text));
        } catch (Exception e) {
            return Map.of();
        }
    }

    static Map<String, Long> parse(String summary) {
        Map<String, Long> committed = new LinkedHashMap<>();
        summary.lines().map(String::strip).forEach(l -> {
            Matcher total = TOTAL.matcher(l);
            Matcher category = CATEGORY.matcher(l);
            if (total.find()) {
                committed.put("Total", Long.parseLong(total.group(2)));
            } else if (category.find()) {
                committed.put(category.group(1).strip(), Long.parseLong(category.group(3)));
            }
        });
        return committed;
    }
}
