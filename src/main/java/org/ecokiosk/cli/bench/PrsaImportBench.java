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
 * Peak heap is the sum of the heap pools' peaks during our import, in this JVM.
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

    @Override
    public Integer call() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches("PRSA_Data_.*\\.csv")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new InvalidInputException("no PRSA_Data_*.csv files in " + dir);
        }
        Path work = Files.createTempDirectory("bench-prsa");
        try {
            Path ours = work.resolve("ours.sqlite");
            SnapshotBuilds.fromContent(content, ours, Instant.EPOCH);  // the base is not part of the workload
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            AirHourlyImport.Summary summary = AirHourlyImport.run(ours, content, files, Instant.EPOCH);
            long oursMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            long sqliteMs = sqliteImport(work.resolve("sqlite3.db"), files);

            ObjectMapper json = new ObjectMapper();
            ObjectNode out = json.createObjectNode();
            out.put("workload", "import-prsa");
            out.put("files", files.size());
            out.put("rows", summary.hours());
            out.put("input_mb", Math.round(files.stream().mapToLong(PrsaImportBench::size).sum() / 1048576.0 * 10) / 10.0);
            out.put("days_derived", summary.days());
            out.put("ours_ms", oursMs);
            out.put("sqlite3_import_ms", sqliteMs);
            out.put("ratio_ours_to_sqlite3", Math.round(100.0 * oursMs / sqliteMs) / 100.0);
            out.put("peak_heap_mb", Math.round(peakHeap / 1048576.0));
            out.put("max_heap_mb", Runtime.getRuntime().maxMemory() / 1048576);
            out.put("snapshot_mb", Math.round(Files.size(ours) / 1048576.0 * 10) / 10.0);
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

    /** sqlite3 .import of every file (header skipped) into one table, timed from process start to exit. */
    private long sqliteImport(Path db, List<Path> files) throws IOException, InterruptedException, InvalidInputException {
        StringBuilder script = new StringBuilder("CREATE TABLE prsa (no, year, month, day, hour, pm25, pm10, so2, no2, "
                + "co, o3, temp, pres, dewp, rain, wd, wspm, station);\n");
        for (Path f : files) {
            script.append(".import --csv --skip 1 '").append(f.toAbsolutePath()).append("' prsa\n");
        }
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
        return ms;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
