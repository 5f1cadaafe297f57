package org.ecokiosk.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * This process's memory as Linux counts it, from {@code /proc/self} (empty elsewhere). RSS is
 * every resident page the process maps, shared ones (libraries, fonts, the X server's shared
 * window buffer) counted in full; PSS divides each shared page among the processes that map it,
 * so the PSS of all processes adds up to the RAM they use. Anonymous memory (Java heap,
 * metaspace, code cache, malloc) is the process's own; file and shmem pages may be shared.
 * The peak is the kernel's high-water mark of RSS (VmHWM) since the process started.
 */
record ProcessMemory(long rssKb, long pssKb, long peakRssKb, long anonymousKb, long pssFileKb, long pssShmemKb) {
    private static final Path PROC = Path.of("/proc/self");
    private static final Pattern MAPPING = Pattern.compile("^[0-9a-f]+-[0-9a-f]+ .*");
    private static final Pattern SO_VERSION = Pattern.compile("\\.so[.0-9]*$");

    static Optional<ProcessMemory> ofThisProcess() {
        try {
            List<String> rollup = Files.readAllLines(PROC.resolve("smaps_rollup"));
            List<String> status = Files.readAllLines(PROC.resolve("status"));
            long rss = kilobytes(rollup, "Rss:").orElseThrow();
            return Optional.of(new ProcessMemory(rss, kilobytes(rollup, "Pss:").orElseThrow(),
                    kilobytes(status, "VmHWM:").orElse(rss), kilobytes(rollup, "Anonymous:").orElse(0L),
                    kilobytes(rollup, "Pss_File:").orElse(0L), kilobytes(rollup, "Pss_Shmem:").orElse(0L)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * RSS in kB by what is mapped, the largest {@code top} first and the rest as "other": a file
     * by its name (a library without its version), anonymous memory as "[anon]" (Java heap,
     * metaspace, code cache, thread stacks and malloc arenas alike: the JVM's native memory
     * tracking tells them apart), "[heap]" the C heap of the main thread.
     */
    static Map<String, Long> residentByMapping(int top) {
        Map<String, Long> byName = new TreeMap<>();
        try (Stream<String> lines = Files.lines(PROC.resolve("smaps"))) {
            String[] name = {"[anon]"};
            lines.forEach(l -> {
                if (MAPPING.matcher(l).matches()) {
                    name[0] = mappingName(l);
                } else if (l.startsWith("Rss:")) {
                    byName.merge(name[0], Long.parseLong(l.substring(4).replace("kB", "").strip()), Long::sum);
                }
            });
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        Map<String, Long> largest = new LinkedHashMap<>();
        byName.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(e -> {
            if (largest.size() < top) {
                largest.put(e.getKey(), e.getValue());
            } else {
                largest.merge("other", e.getValue(), Long::sum);
            }
        });
        return largest;
    }

    /** RSS in kB of the mappings that lie inside {@code range} (the Java heap's, which the JVM maps in one piece per part). */
    static long residentKbWithin(JavaHeapRange range) {
        long[] kb = {0};
        try (Stream<String> lines = Files.lines(PROC.resolve("smaps"))) {
            boolean[] inside = {false};
            lines.forEach(l -> {
                if (MAPPING.matcher(l).matches()) {
                    String[] bounds = l.substring(0, l.indexOf(' ')).split("-");
                    inside[0] = Long.parseUnsignedLong(bounds[0], 16) >= range.from()
                            && Long.parseUnsignedLong(bounds[1], 16) <= range.to();
                } else if (inside[0] && l.startsWith("Rss:")) {
                    kb[0] += Long.parseLong(l.substring(4).replace("kB", "").strip());
                }
            });
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return kb[0];
    }

    /** "7f..-7f.. r-xp 00000000 fe:00 339086   /usr/lib/x86_64-linux-gnu/libLLVM-15.so.1" → "libLLVM-15.so". */
    static String mappingName(String header) {
        String[] fields = header.split("\\s+", 6);
        if (fields.length < 6 || fields[5].isBlank()) {
            return "[anon]";
        }
        String path = fields[5].strip();
        if (!path.startsWith("/")) {
            return path;
        }
        return SO_VERSION.matcher(path.substring(path.lastIndexOf('/') + 1)).replaceFirst(".so");
    }

    /** "VmRSS:   123456 kB" → 123456. */
    private static Optional<Long> kilobytes(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith(key))
                .map(l -> Long.parseLong(l.substring(key.length()).replace("kB", "").trim())).findFirst();
    }
}
