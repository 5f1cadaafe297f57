package org.ecokiosk.cli.bench;

import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;

/**
 * The addresses the Java heap is reserved at, from the JVM's own {@code GC.heap_info} (asked
 * in-process), so that the resident part of the heap can be told apart from the rest of the
 * anonymous memory in {@code /proc/self/smaps}: committed heap is not resident until touched,
 * and the heap's used bytes say nothing of the pages the collector has touched.
 */
record JavaHeapRange(long from, long to) {
    private static final Pattern ADDRESS = Pattern.compile("0x([0-9a-fA-F]+)");

    static Optional<JavaHeapRange> ofThisJvm() {
        try {
            Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcHeapInfo",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            return parse(String.valueOf(text));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /**
     * From the lines of the heap's parts ("def new generation total 22144K, used 3947K [0x…f0000000,
     * 0x…f1800000, 0x…f1800000)", "tenured generation …", "garbage-first heap …"): the lowest
     * start and the highest reserved end.
     */
    static Optional<JavaHeapRange> parse(String heapInfo) {
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (String line : heapInfo.lines().filter(l -> l.contains(" total ") && l.contains("[0x")).toList()) {
            Matcher m = ADDRESS.matcher(line.substring(line.indexOf("[0x")));
            long first = -1;
            long last = -1;
            while (m.find()) {
                last = Long.parseUnsignedLong(m.group(1), 16);
                first = first < 0 ? last : first;
            }
            from = Math.min(from, first);
            to = Math.max(to, last);
        }
        return from < to ? Optional.of(new JavaHeapRange(from, to)) : Optional.empty();
    }
}
