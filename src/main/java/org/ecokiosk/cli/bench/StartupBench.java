package org.ecokiosk.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import org.ecokiosk.cli.ExitCodes;
import org.ecokiosk.kiosk.FirstFrame;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Cold start to first frame: each run is a fresh JVM, timed from process launch until it
 * reports its first rendered frame by creating a marker file ({@link FirstFrame}), which also
 * says how much CPU the process had used by then. The baseline is a bare JavaFX window on the
 * same machine, so the figures that matter are the ratios, not the milliseconds; on a shared,
 * loaded machine the CPU ratio is the steadier one.
 *
 * <p>The kiosk runs with the installed launcher's JVM options and environment ({@link LauncherOptions}),
 * as residents' kiosks do; the bare window runs twice, with the JVM's defaults (a plain JavaFX
 * program) and with the same options and environment (so the gain of the options alone can be told apart).
 * Runs of the three alternate. Needs a display (Xvfb will do). The kiosk's first frame is the one
 * residents see first: home's frame (bar, greeting, tiles with their names, the hero saying it is
 * loading) with no figure and no date, drawn before the snapshot is checked; home's figures and
 * "数据截至" follow once the session has checked and opened the snapshot (after that frame, off the
 * FX thread), and when they are on screen too is reported beside ({@code kiosk_filled_*}).
 */
@Command(name = "startup", description = "Kiosk cold start to first frame vs a bare JavaFX window.")
final class StartupBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--runs", defaultValue = "5")
    int runs;
    @Option(names = "--config", defaultValue = "kiosk-config/kiosk.properties")
    Path config;

    /** One start: its first frame, and when its figures were drawn too (the same for a bare window). */
    private record Run(long wallMs, long cpuMs, long filledWallMs, long filledCpuMs) {
    }

    @Override
    public Integer call() throws Exception {
        List<String> options = LauncherOptions.read();
        Map<String, String> environment = LauncherOptions.environment();
        List<String> bareArgs = List.of("bench", "bare-window-probe");
        List<String> kioskArgs = List.of("kiosk", "--windowed", "--first-frame", "--config", config.toString());
        // one unmeasured run of each warms the OS file cache (and the kiosk's cache folder), as on a kiosk that has booted before
        time(List.of(), Map.of(), bareArgs);
        time(options, environment, kioskArgs);
        Run[] bare = new Run[runs];
        Run[] kiosk = new Run[runs];
        Run[] bareTuned = new Run[runs];
        for (int i = 0; i < runs; i++) {
            bare[i] = time(List.of(), Map.of(), bareArgs);
            kiosk[i] = time(options, environment, kioskArgs);
            bareTuned[i] = time(options, environment, bareArgs);
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode out = json.createObjectNode();
        out.put("workload", "startup-first-frame");
        out.put("runs", runs);
        out.putPOJO("kiosk_jvm_options", options);
        out.putPOJO("kiosk_environment", environment);
        out.put("kiosk_median_ms", median(kiosk, Run::wallMs));
        out.put("bare_window_median_ms", median(bare, Run::wallMs));
        out.put("ratio_kiosk_to_bare", ratio(kiosk, bare, Run::wallMs));
        out.put("kiosk_cpu_median_ms", median(kiosk, Run::cpuMs));
        out.put("bare_window_cpu_median_ms", median(bare, Run::cpuMs));
        out.put("ratio_kiosk_to_bare_cpu", ratio(kiosk, bare, Run::cpuMs));
        out.put("bare_window_same_options_median_ms", median(bareTuned, Run::wallMs));
        out.put("bare_window_same_options_cpu_median_ms", median(bareTuned, Run::cpuMs));
        out.put("ratio_kiosk_to_bare_same_options", ratio(kiosk, bareTuned, Run::wallMs));
        out.put("ratio_kiosk_to_bare_same_options_cpu", ratio(kiosk, bareTuned, Run::cpuMs));
        // home's figures are read after its first frame: when they are on screen too, for the whole story
        out.put("kiosk_filled_median_ms", median(kiosk, Run::filledWallMs));
        out.put("kiosk_filled_cpu_median_ms", median(kiosk, Run::filledCpuMs));
        out.putPOJO("kiosk_ms", Arrays.stream(kiosk).mapToLong(Run::wallMs).toArray());
        out.putPOJO("bare_window_ms", Arrays.stream(bare).mapToLong(Run::wallMs).toArray());
        out.putPOJO("kiosk_cpu_ms", Arrays.stream(kiosk).mapToLong(Run::cpuMs).toArray());
        out.putPOJO("bare_window_cpu_ms", Arrays.stream(bare).mapToLong(Run::cpuMs).toArray());
        spec.commandLine().getOut().println(json.writerWithDefaultPrettyPrinter().writeValueAsString(out));
        return ExitCodes.OK;
    }

    private static long median(Run[] runs, java.util.function.ToLongFunction<Run> figure) {
        long[] sorted = Arrays.stream(runs).mapToLong(figure).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static double ratio(Run[] a, Run[] b, java.util.function.ToLongFunction<Run> figure) {
        return Math.round(100.0 * median(a, figure) / median(b, figure)) / 100.0;
    }

    private static Run time(List<String> jvmOptions, Map<String, String> environment, List<String> args) throws Exception {
        Path marker = Files.createTempFile("eco-kiosk-first-frame", ".marker");
        Files.delete(marker);
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-D" + FirstFrame.MARKER_PROPERTY + "=" + marker);
        Path log = Files.createTempFile("eco-kiosk-first-frame", ".log");
        long start = System.nanoTime();
        Process process = ProbeProcess.of(options, environment, args).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            while (process.isAlive() || Files.exists(marker)) {
                if (Files.exists(marker)) {
                    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                    long cpu = figure(awaitLine(marker, 1, process), 0, "FIRST_FRAME");
                    // a probe that draws its figures later adds a FILLED line, then quits; a bare window just quits
                    String lines = awaitLine(marker, 2, process);
                    long filledMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                    process.waitFor(30, TimeUnit.SECONDS);
                    return lines.lines().count() < 2 ? new Run(ms, cpu, ms, cpu)
                            : new Run(ms, cpu, filledMs, figure(lines, 1, "FILLED"));
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

    /**
     * The marker's text once it holds {@code lines} complete lines, or what it holds complete when
     * the probe has quit before writing more (a probe still running after a minute is a failure).
     */
    private static String awaitLine(Path marker, int lines, Process probe) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline) {
            boolean quit = !probe.isAlive();
            String text = Files.readString(marker);
            String complete = text.substring(0, text.lastIndexOf('\n') + 1);
            if (complete.lines().count() >= lines || (quit && !complete.isEmpty())) {
                return complete;
            }
            Thread.sleep(1);
        }
        throw new IllegalStateException("the first-frame marker " + marker + " was never completed");
    }

    /** The CPU milliseconds on line {@code line} of the marker, which starts with {@code word}. */
    private static long figure(String text, int line, String word) {
        String said = text.lines().skip(line).findFirst().orElse("");
        if (!said.startsWith(word)) {
            throw new IllegalStateException("the probe's marker line " + (line + 1) + " is not " + word + ": " + said);
        }
        return Long.parseLong(said.substring(word.length()).strip());
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
