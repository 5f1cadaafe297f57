package org.ecokiosk.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ecokiosk.cli.ExitCodes;
import org.ecokiosk.cli.InvalidInputException;
import org.ecokiosk.ingest.SnapshotBuilds;
import org.ecokiosk.ingest.air.AirHourlyImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The full PRSA corpus (12 files, 420,768 hourly rows) through {@code import air-hourly}, beside
 * sqlite3's own {@code .import} of the same files into one plain table. The baseline only copies
 * text into a table; ours also validates every cell, converts CO, keys and deduplicates rows,
 * derives 17,532 HJ 663 days, hashes the content and VACUUMs — the ratio says what that costs.
 * Peak heap is the sum of the heap pools' peaks during our import, in this JVM. Both sides are
 * timed by wall clock and by CPU time (ours: every thread of this JVM during the import, JIT and
 * collector included; sqlite3: the child process's user + system time), because on a shared
 * machine the wall clock mostly measures the neighbours; {@code --rounds} interleaves the two.
 */
@Command(name = "import-prsa", description = "Full PRSA import vs sqlite3 .import of the same CSV files; JSON out.")
final class PrsaImportBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--dir", defaultValue = "../shared/data/prsa", description = "folder of PRSA_Data_*.csv")
    Path dir;
    @Option(names = "--content", defaultValue = "content")
    Path content;
    @Option(names = "--sqlite3", defaultValue = "sqlite3", description = "the sqlite3 command line shell")
    String sqlite3;

    @Option(names = "--rounds", defaultValue = "1", description = "interleaved rounds (ours, sqlite3, ours, …); medians reported")
    int rounds;

    /** One timed run: wall clock and CPU time (every thread of the process that did the work: JIT and GC included). */
    private record Run(long wallMs, long cpuMs) {
    }

    /** CPU time of the importing thread alone, per round: the rest of {@link Run#cpuMs} is the JIT and the collector. */
    private final List<Long> oursThreadCpuMs = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches("PRSA_Data_.*\\.csv")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new InvalidInputException("no PRSA_Data_*.csv files in " + dir);
        }
        if (rounds < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--rounds must be at least 1");
        }
        Path work = Files.createTempDirectory("bench-prsa");
        try {
            List<Run> oursRuns = new ArrayList<>();
            List<Run> sqliteRuns = new ArrayList<>();
            AirHourlyImport.Summary summary = null;
            long peakHeap = 0;
            long snapshotBytes = 0;
            for (int round = 0; round < rounds; round++) {
                Path ours = work.resolve("ours-" + round + ".sqlite");
                SnapshotBuilds.fromContent(content, ours, Instant.EPOCH);  // the base is not part of the workload
                System.gc();
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                long cpu = processCpuNanos();
                long threadCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                long start = System.nanoTime();
                summary = AirHourlyImport.run(ours, content, files, Instant.EPOCH);
                oursThreadCpuMs.add(TimeUnit.NANOSECONDS.toMillis(
                        ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - threadCpu));
                oursRuns.add(new Run(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
                        TimeUnit.NANOSECONDS.toMillis(processCpuNanos() - cpu)));
                peakHeap = Math.max(peakHeap, ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum());
                snapshotBytes = Files.size(ours);
                Files.delete(ours);
                sqliteRuns.add(sqliteImport(work.resolve("sqlite3-" + round + ".db"), files));
            }
            Run oursMedian = median(oursRuns);
            Run sqliteMedian = median(sqliteRuns);

            ObjectMapper json = new ObjectMapper();
            ObjectNode out = json.createObjectNode();
            out.put("workload", "import-prsa");
            out.put("files", files.size());
            out.put("rows", summary.hours());
            out.put("input_mb", Math.round(files.stream().mapToLong(PrsaImportBench::size).sum() / 1048576.0 * 10) / 10.0);
            out.put("days_derived", summary.days());
            out.put("rounds", rounds);
            out.put("ours_ms", oursMedian.wallMs());
            out.put("sqlite3_import_ms", sqliteMedian.wallMs());
            out.put("ratio_ours_to_sqlite3", ratio(oursMedian.wallMs(), sqliteMedian.wallMs()));
            out.put("ours_cpu_ms", oursMedian.cpuMs());
            out.put("sqlite3_cpu_ms", sqliteMedian.cpuMs());
            out.put("cpu_ratio_ours_to_sqlite3", sqliteMedian.cpuMs() > 0 ? ratio(oursMedian.cpuMs(), sqliteMedian.cpuMs()) : -1);
            out.putPOJO("ours_runs_wall_cpu_ms", oursRuns.stream().map(r -> List.of(r.wallMs(), r.cpuMs())).toList());
            out.putPOJO("ours_runs_import_thread_cpu_ms", oursThreadCpuMs);
            out.putPOJO("sqlite3_runs_wall_cpu_ms", sqliteRuns.stream().map(r -> List.of(r.wallMs(), r.cpuMs())).toList());
            out.put("peak_heap_mb", Math.round(peakHeap / 1048576.0));
            out.put("max_heap_mb", Runtime.getRuntime().maxMemory() / 1048576);
            out.put("snapshot_mb", Math.round(snapshotBytes / 1048576.0 * 10) / 10.0);
            spec.commandLine().getOut().println(json.writerWithDefaultPrettyPrinter().writeValueAsString(out));
            return ExitCodes.OK;
        } finally {
            try (Stream<Path> s = Files.list(work)) {
                for (Path p : s.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(work);
        }
    }

    private static double ratio(long a, long b) {
        return Math.round(100.0 * a / b) / 100.0;
    }

    /** The run with the median wall time (of an even count, the lower one). */
    private static Run median(List<Run> runs) {
        List<Run> sorted = runs.stream().sorted(java.util.Comparator.comparingLong(Run::wallMs)).toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    /** CPU time of this JVM so far, every thread (the import's own, the JIT's and the collector's). */
    private static long processCpuNanos() {
        return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
    }

    /**
     * CPU time of this process's finished children in nanoseconds (Linux: /proc/self/stat fields 16
     * and 17, in clock ticks of 10 ms), -1 where that file does not exist.
     */
    private static long childrenCpuNanos() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command name: field 3 is f[0], so cutime (16) is f[13] and cstime (17) f[14]
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * 10_000_000L;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** sqlite3 .import of every file (header skipped) into one table, timed from process start to exit. */
    private Run sqliteImport(Path db, List<Path> files) throws IOException, InterruptedException, InvalidInputException {
        StringBuilder script = new StringBuilder("CREATE TABLE prsa (no, year, month, day, hour, pm25, pm10, so2, no2, "
                + "co, o3, temp, pres, dewp, rain, wd, wspm, station);\n");
        for (Path f : files) {
            script.append(".import --csv --skip 1 '").append(f.toAbsolutePath()).append("' prsa\n");
        }
        long childCpu = childrenCpuNanos();
        long start = System.nanoTime();
        Process p;
        try {
            p = new ProcessBuilder(sqlite3, db.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new InvalidInputException("cannot run " + sqlite3 + " (install the sqlite3 package): " + e.getMessage());
        }
        try (OutputStream in = p.getOutputStream()) {
            in.write(script.toString().getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (exit != 0 || !output.isBlank()) {
            throw new InvalidInputException("sqlite3 .import failed (exit " + exit + "): " + output);
        }
        long cpu = childCpu < 0 ? -1 : TimeUnit.NANOSECONDS.toMillis(childrenCpuNanos() - childCpu);
        Files.deleteIfExists(db);
        return new Run(ms, cpu);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
