package org.ecokiosk.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import org.ecokiosk.cli.ExitCodes;
import org.ecokiosk.cli.Launcher;
import org.ecokiosk.kiosk.FirstFrame;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Cold start to first frame: each run is a fresh JVM, timed from process launch until it
 * reports its first rendered frame by creating a marker file ({@link FirstFrame}). The baseline
 * is a bare JavaFX window on the same machine, so the figure that matters is the ratio, not the
 * milliseconds. Needs a display (Xvfb will do).
 */
@Command(name = "startup", description = "Kiosk cold start to first frame vs a bare JavaFX window.")
final class StartupBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--runs", defaultValue = "5")
    int runs;
    @Option(names = "--config", defaultValue = "kiosk-config/kiosk.properties")
    Path config;

    @Override
    public Integer call() throws Exception {
        // one unmeasured run of each warms the OS file cache, as on a kiosk that has booted before
        time(List.of("bench", "bare-window-probe"));
        time(List.of("kiosk", "--windowed", "--first-frame", "--config", config.toString()));
        long[] bare = new long[runs];
        long[] kiosk = new long[runs];
        for (int i = 0; i < runs; i++) {
            bare[i] = time(List.of("bench", "bare-window-probe"));
            kiosk[i] = time(List.of("kiosk", "--windowed", "--first-frame", "--config", config.toString()));
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode out = json.createObjectNode();
        out.put("workload", "startup-first-frame");
        out.put("runs", runs);
        out.put("kiosk_median_ms", median(kiosk));
        out.put("bare_window_median_ms", median(bare));
        out.put("ratio_kiosk_to_bare", Math.round(100.0 * median(kiosk) / median(bare)) / 100.0);
        out.putPOJO("kiosk_ms", kiosk);
        out.putPOJO("bare_window_ms", bare);
        spec.commandLine().getOut().println(json.writerWithDefaultPrettyPrinter().writeValueAsString(out));
        return ExitCodes.OK;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long time(List<String> args) throws Exception {
        Path marker = Files.createTempFile("eco-kiosk-first-frame", ".marker");
        Files.delete(marker);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-D" + FirstFrame.MARKER_PROPERTY + "=" + marker));
        for (String p : List.of("prism.order", "glass.platform", "monocle.platform")) {
            if (System.getProperty(p) != null) {
                command.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        command.add(Launcher.class.getName());
        command.addAll(args);
        Path log = Files.createTempFile("eco-kiosk-first-frame", ".log");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            while (process.isAlive() || Files.exists(marker)) {
                if (Files.exists(marker)) {
                    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                    process.waitFor(30, TimeUnit.SECONDS);
                    return ms;
                }
                Thread.sleep(1);
            }
            throw new IllegalStateException("the probe " + args + " never drew a frame (exit " + process.exitValue()
                    + "): " + Files.readString(log));
        } finally {
            process.destroy();
            Files.deleteIfExists(marker);
            Files.deleteIfExists(log);
        }
    }

    /** The baseline probe: a bare JavaFX window. */
    @Command(name = "bare-window-probe", hidden = true)
    static final class BareWindowProbe implements Callable<Integer> {
        @Override
        public Integer call() {
            Application.launch(BareWindowApp.class);
            return ExitCodes.OK;
        }
    }
}
