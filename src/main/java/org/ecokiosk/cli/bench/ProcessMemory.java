package org.ecokiosk.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * This process's resident memory as the OS counts it (heap, metaspace, code, native buffers,
 * the JavaFX pipeline and SQLite), read from Linux's {@code /proc/self/status}; empty elsewhere.
 */
record ProcessMemory(long residentBytes, long peakResidentBytes) {
    private static final Path STATUS = Path.of("/proc/self/status");

    static Optional<ProcessMemory> ofThisProcess() {
        try {
            List<String> lines = Files.readAllLines(STATUS);
            Optional<Long> rss = kilobytes(lines, "VmRSS:");
            Optional<Long> peak = kilobytes(lines, "VmHWM:");
            return rss.map(r -> new ProcessMemory(r * 1024, peak.orElse(r) * 1024));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** "VmRSS:   123456 kB" → 123456. */
    private static Optional<Long> kilobytes(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith(key))
                .map(l -> Long.parseLong(l.substring(key.length()).replace("kB", "").trim())).findFirst();
    }
}
