package org.ecokiosk.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import com.sun.javafx.perf.PerformanceTracker;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;
import org.ecokiosk.cli.ExitCodes;
import org.ecokiosk.cli.InvalidInputException;
import org.ecokiosk.cli.KioskRoot;
import org.ecokiosk.cli.KioskSnapshots;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.kiosk.KioskAssembly;
import org.ecokiosk.kiosk.screens.ComingScreen;
import org.ecokiosk.kiosk.shell.Screen;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.kiosk.shell.KioskShell;
import org.ecokiosk.kiosk.shell.Navigator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Tap to first frame per screen and heap after many navigations, in-process. A navigation is:
 * fire the home tile (the simulated tap), wait for the first pulse with the screen's data laid
 * out ("laid out"), then for the frame of that pulse to be drawn and presented by the render
 * thread ("frame", the headline); then back home through the bar's home button, timed the same
 * way. Every round also runs the attract loop once and touches it away. CPU time of the FX thread
 * and of the render thread is reported beside the wall time (steady where wall time is noisy on a
 * shared machine), and the load average before and after. Baselines: a navigation to a bare
 * {@link ComingScreen} (no data), and the heap after the first round. The process's memory
 * ({@link ProcessMemory}: RSS and PSS, peak and at the end, RSS by mapping; with
 * {@code --native-memory} what the JVM committed by category) is reported beside the heap.
 *
 * <p>The kiosk runs in a fresh JVM started as the installed launcher starts it (its JVM options
 * and environment, {@link LauncherOptions}); {@code --in-process} runs it in this JVM instead,
 * with whatever options it was given. Needs a display: run under Xvfb
 * ({@code xvfb-run -a -s "-screen 0 1920x1080x24" eco-kiosk bench kiosk-nav}); Monocle is a
 * test-only dependency, so headless runs go through Xvfb rather than a runtime Monocle.
 */
@Command(name = "kiosk-nav", description = "Kiosk tap-to-drawn per screen and heap after N navigations (needs a display, e.g. Xvfb).")
final class KioskNavBench implements Callable<Integer> {
    static final String BASELINE = "bench-baseline";

    @Spec
    CommandSpec spec;
    @Option(names = "--navigations", defaultValue = "1000", description = "navigations in all (default 1000)")
    int navigations;
    @Option(names = "--config", defaultValue = "kiosk-config/kiosk.properties")
    Path config;
    @Option(names = "--snapshot", description = "snapshot to use (default: the published one, as the kiosk)")
    Path snapshot;
    @Option(names = "--home-idle-ms", defaultValue = "-1", description = "how long home idles before the first tap;"
            + " default: until the kiosk has prepared its screens (0: tap at once, a cold first visit)")
    long homeIdleMs;
    @Option(names = "--in-process", description = "run the kiosk in this JVM, with its options, instead of a fresh one"
            + " started with the launcher's JVM options and environment")
    boolean inProcess;
    @Option(names = "--taps-csv", description = "also write every tap (screen, JVM uptime at start and end, wall and CPU,"
            + " collection pause inside it) to this CSV file")
    Optional<Path> tapsCsv = Optional.empty();
    @Option(names = "--native-memory", description = "start the kiosk's JVM with -XX:NativeMemoryTracking=summary and report"
            + " what it committed by category (the tracking itself costs a few MB)")
    boolean nativeMemory;

    /** Heap is measured after the first round and after these many navigations (when reached). */
    private static final java.util.Set<Integer> HEAP_CHECKPOINTS = java.util.Set.of(1000, 3000, 10000);

    @Override
    public Integer call() throws Exception {
        if (System.getenv("DISPLAY") == null && !"Monocle".equals(System.getProperty("glass.platform"))) {
            throw new InvalidInputException("kiosk-nav needs a display: start Xvfb (e.g. 'Xvfb :97 -screen 0 1920x1080x24 &') "
                    + "and run with DISPLAY=:97");
        }
        if (navigations < 1) {
            throw new InvalidInputException("--navigations must be at least 1");
        }
        if (!inProcess) {
            return asTheLauncherStartsIt();
        }
        KioskConfig cfg = KioskConfig.loadOrDefaults(config);
        Path file = snapshot != null ? snapshot : KioskSnapshots.published(cfg)
                .orElseThrow(() -> new InvalidInputException("no published snapshot: give --snapshot FILE"));
        KioskRoot root = KioskRoot.open(cfg, java.util.Optional.of(file), cfg.clock(),
                java.nio.file.Path.of("reports"));
        SnapshotSession session = root.session().orElseThrow(() -> new InvalidInputException("cannot open " + file));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AtomicReference<KioskAssembly> kioskRef = new AtomicReference<>();
        AtomicReference<Scene> sceneRef = new AtomicReference<>();
        onFx(() -> {
            KioskAssembly kiosk = root.kiosk(1080, () -> { }).orElseThrow();
            KioskShell shell = kiosk.shell();
            shell.navigator().register(new ComingScreen(BASELINE, shell.messages(), shell.navigator()));
            Scene scene = kiosk.createScene(1920, 1080);
            kiosk.idle().stop();
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            kioskRef.set(kiosk);
            sceneRef.set(scene);
        });
        KioskAssembly kiosk = kioskRef.get();
        Scene scene = sceneRef.get();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long idleNanos = homeIdle(kiosk);
        Clocks clocks = Clocks.find(onFxValue(() -> Thread.currentThread().getId()));
        List<String> ids = new ArrayList<>(cfg.screenOrder());
        ids.add(BASELINE);
        Map<String, List<Navigation>> times = new LinkedHashMap<>();
        ids.forEach(id -> times.put(id, new ArrayList<>()));
        times.put(Navigator.HOME, new ArrayList<>());
        Map<Integer, Long> heapAt = new LinkedHashMap<>();
        List<ProcessMemory> rounds = new ArrayList<>();
        GcTally collections = new GcTally();
        CollectionLog pauses = CollectionLog.listening();
        for (int i = 0; i < navigations; i++) {
            String id = ids.get(i % ids.size());
            times.get(id).add(tap(kiosk, scene, id, "#tile-" + id, clocks));
            times.get(Navigator.HOME).add(tap(kiosk, scene, Navigator.HOME, "#home-button", clocks));
            if ((i + 1) % ids.size() == 0) {
                onFx(() -> kiosk.shell().enterAttract());
                onFx(() -> kiosk.shell().leaveAttract());
                ProcessMemory.ofThisProcess().ifPresent(rounds::add);
            }
            if (i + 1 == ids.size() || HEAP_CHECKPOINTS.contains(i + 1)) {
                heapAt.put(i + 1, collections.usedHeapAfterGc());
                // a long run can be read while it goes (and if it is cut short)
                System.err.printf("kiosk-nav: heap after %d navigations %.1f MB%n", i + 1, heapAt.get(i + 1) / 1048576.0);
            }
        }
        pauses.stop();
        Map<String, long[]> ownCollections = collections.own();
        long heapAfter = collections.usedHeapAfterGc();
        Optional<ProcessMemory> memory = ProcessMemory.ofThisProcess();
        Map<String, Long> byMapping = ProcessMemory.residentByMapping(12);
        Map<String, Long> jvmCommitted = NativeMemorySummary.committedKb();
        long heapCommitted = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
        Optional<Long> heapResident = JavaHeapRange.ofThisJvm().map(ProcessMemory::residentKbWithin);
        onFx(() -> kiosk.shell().enterAttract());
        onFx(() -> kiosk.shell().leaveAttract());
        session.close();

        ObjectMapper json = new ObjectMapper();
        ObjectNode out = json.createObjectNode();
        out.put("workload", "kiosk-navigation");
        out.put("navigations", navigations);
        out.put("snapshot", file.toString());
        out.put("baseline", "tap-to-drawn of a bare ComingScreen (" + BASELINE + "); heap after the first round");
        out.put("home_idle_before_first_tap_ms", round(idleNanos / 1e6));
        out.put("load_average_before", round(loadBefore));
        out.put("load_average_after", round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        out.put("cores", Runtime.getRuntime().availableProcessors());
        // which pipeline drew: the launcher picks sw on a machine without a GPU device (RenderingPipeline)
        out.put("prism_order", System.getProperty("prism.order", "(JavaFX default)"));
        out.put("pipeline", com.sun.prism.GraphicsPipeline.getPipeline().getClass().getSimpleName());
        out.put("timing", "from the tap's arrival in the FX queue to the first frame with the screen's data drawn and presented"
                + " (laid_out_*: to the pulse that laid it out, before drawing); fx_cpu / render_cpu: CPU time of the FX thread"
                + " and of the render thread in between (steady where wall time is noisy on a shared machine);"
                + " home: the way back through the bar's home button");
        double baseMedian = median(times.get(BASELINE).stream().map(Navigation::frameNanos).toList());
        ObjectNode screens = out.putObject("tap_to_frame_ms");
        Worst worst = new Worst();
        for (Map.Entry<String, List<Navigation>> e : times.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            List<Navigation> navs = e.getValue();
            List<Long> frame = navs.stream().map(Navigation::frameNanos).toList();
            List<Long> laidOut = navs.stream().map(Navigation::laidOutNanos).toList();
            List<Long> cpu = navs.stream().map(Navigation::fxCpuNanos).toList();
            ObjectNode s = screens.putObject(e.getKey());
            s.put("count", frame.size());
            s.put("first_ms", ms(frame.get(0)));
            s.put("median_ms", ms(median(frame)));
            s.put("p95_ms", ms(percentile(frame, 0.95)));
            s.put("max_ms", ms(percentile(frame, 1.0)));
            s.put("laid_out_first_ms", ms(laidOut.get(0)));
            s.put("laid_out_median_ms", ms(median(laidOut)));
            s.put("laid_out_p95_ms", ms(percentile(laidOut, 0.95)));
            s.put("fx_cpu_first_ms", ms(cpu.get(0)));
            s.put("fx_cpu_median_ms", ms(median(cpu)));
            s.put("fx_cpu_p95_ms", ms(percentile(cpu, 0.95)));
            if (clocks.render().isPresent()) {
                List<Long> render = navs.stream().map(Navigation::renderCpuNanos).toList();
                s.put("render_cpu_first_ms", ms(render.get(0)));
                s.put("render_cpu_median_ms", ms(median(render)));
                s.put("render_cpu_p95_ms", ms(percentile(render, 0.95)));
            }
            List<Long> clear = navs.stream().filter(n -> pauses.within(n.startUptimeMs(), n.endUptimeMs()).isEmpty())
                    .map(Navigation::frameNanos).toList();
            s.put("with_a_collection", frame.size() - clear.size());
            if (!clear.isEmpty()) {
                s.put("p95_without_a_collection_ms", ms(percentile(clear, 0.95)));
            }
            s.put("ratio_median_to_baseline", round(median(frame) / baseMedian));
            s.put("ratio_first_to_baseline", round(frame.get(0) / baseMedian));
            if (!BASELINE.equals(e.getKey())) {
                worst.add(frame, cpu);
            }
        }
        out.put("worst_first_visit_ms", ms(worst.first));
        out.put("worst_p95_ms", ms(worst.p95));
        out.put("worst_first_visit_fx_cpu_ms", ms(worst.firstCpu));
        out.put("worst_p95_fx_cpu_ms", ms(worst.p95Cpu));
        long heapFirstRound = heapAt.values().iterator().next();
        ObjectNode heap = out.putObject("heap_after_navigations_mb");
        heapAt.forEach((n, bytes) -> heap.put(Integer.toString(n), round(bytes / 1048576.0)));
        heap.put(Integer.toString(navigations), round(heapAfter / 1048576.0));
        out.put("heap_after_first_round_mb", round(heapFirstRound / 1048576.0));
        out.put("heap_after_all_mb", round(heapAfter / 1048576.0));
        out.put("ratio_heap_after_to_first_round", Math.round(10000.0 * heapAfter / heapFirstRound) / 10000.0);
        memory.ifPresent(m -> putMemory(out, m, rounds, byMapping));
        out.put("max_heap_mb", Runtime.getRuntime().maxMemory() / 1048576);
        out.put("heap_committed_end_mb", round(heapCommitted / 1048576.0));
        heapResident.ifPresent(kb -> {
            out.put("heap_resident_end_mb", mb(kb));
            memory.ifPresent(m -> out.put("rss_outside_heap_end_mb", mb(m.rssKb() - kb)));
        });
        putPausesInTaps(out, times, pauses);
        tapsCsv.ifPresent(csv -> writeTaps(csv, times, pauses));
        ObjectNode gc = out.putObject("collections_during_navigation");
        ownCollections.forEach((name, countAndMs) -> gc.putObject(name).put("count", countAndMs[0]).put("ms", countAndMs[1]));
        if (!jvmCommitted.isEmpty()) {
            ObjectNode nmt = out.putObject("jvm_committed_end_mb");
            jvmCommitted.forEach((category, kb) -> nmt.put(category, round(kb / 1024.0)));
        }
        spec.commandLine().getOut().println(json.writerWithDefaultPrettyPrinter().writeValueAsString(out));
        Platform.exit();
        return ExitCodes.OK;
    }

    /**
     * How many taps a collection's pause fell into, and the pause time inside taps: what the
     * collections add to the wall times above.
     */
    private static void putPausesInTaps(ObjectNode out, Map<String, List<Navigation>> times, CollectionLog pauses) {
        long taps = 0;
        long hit = 0;
        long pauseMsInTaps = 0;
        java.util.Set<CollectionLog.Pause> counted = new java.util.HashSet<>();
        for (List<Navigation> navs : times.values()) {
            for (Navigation n : navs) {
                taps++;
                List<CollectionLog.Pause> in = pauses.within(n.startUptimeMs(), n.endUptimeMs());
                if (!in.isEmpty()) {
                    hit++;
                }
                for (CollectionLog.Pause p : in) {
                    if (counted.add(p)) {
                        pauseMsInTaps += p.ms();
                    }
                }
            }
        }
        ObjectNode node = out.putObject("collections_in_taps");
        node.put("taps", taps);
        node.put("taps_with_a_collection", hit);
        node.put("collections", pauses.all().size());
        node.put("collections_inside_taps", counted.size());
        node.put("pause_ms_inside_taps", pauseMsInTaps);
        node.put("pause_ms_in_all", pauses.all().stream().mapToLong(CollectionLog.Pause::ms).sum());
    }

    /** One line a tap (screen, start and end uptime, wall and CPU, the pauses inside it), for a look at single taps. */
    private static void writeTaps(Path csv, Map<String, List<Navigation>> times, CollectionLog pauses) {
        List<String> lines = new ArrayList<>(List.of("screen,start_uptime_ms,end_uptime_ms,frame_ms,laid_out_ms,fx_cpu_ms,render_cpu_ms,pause_ms"));
        times.forEach((id, navs) -> navs.forEach(n -> lines.add(String.join(",", id, Long.toString(n.startUptimeMs()),
                Long.toString(n.endUptimeMs()), Double.toString(ms(n.frameNanos())), Double.toString(ms(n.laidOutNanos())),
                Double.toString(ms(n.fxCpuNanos())), Double.toString(ms(n.renderCpuNanos())),
                Long.toString(pauses.within(n.startUptimeMs(), n.endUptimeMs()).stream().mapToLong(CollectionLog.Pause::ms).sum())))));
        try {
            java.nio.file.Files.write(csv, lines);
        } catch (java.io.IOException e) {
            System.err.println("kiosk-nav: cannot write " + csv + ": " + e.getMessage());
        }
    }

    /**
     * RSS and PSS at the end (after the full collections that measure the heap), the highest of
     * the samples taken after each round (before any collection, as the kiosk runs) and the
     * kernel's RSS high-water mark, with what RSS counts said beside them.
     */
    private static void putMemory(ObjectNode out, ProcessMemory end, List<ProcessMemory> rounds, Map<String, Long> byMapping) {
        long rssRounds = rounds.stream().mapToLong(ProcessMemory::rssKb).max().orElse(end.rssKb());
        long pssPeak = Math.max(end.pssKb(), rounds.stream().mapToLong(ProcessMemory::pssKb).max().orElse(0));
        out.put("memory", "RSS: every resident page the kiosk's process maps, shared ones (libraries, fonts, the X server's"
                + " shared window buffer) in full; PSS: shared pages divided among the processes mapping them; peak RSS:"
                + " the kernel's high-water mark (VmHWM) since start; peak PSS: the highest of the samples after each round"
                + " and at the end; end: after the full collections that measure the heap");
        out.put("rss_peak_mb", mb(Math.max(end.peakRssKb(), rssRounds)));
        out.put("rss_rounds_max_mb", mb(rssRounds));
        out.put("rss_end_mb", mb(end.rssKb()));
        out.put("pss_peak_mb", mb(pssPeak));
        out.put("pss_end_mb", mb(end.pssKb()));
        out.put("anonymous_end_mb", mb(end.anonymousKb()));
        out.put("pss_file_end_mb", mb(end.pssFileKb()));
        out.put("pss_shmem_end_mb", mb(end.pssShmemKb()));
        ObjectNode mappings = out.putObject("rss_by_mapping_end_mb");
        byMapping.forEach((name, kb) -> mappings.put(name, mb(kb)));
    }

    /**
     * The same workload in a fresh JVM started with the launcher's JVM options and environment;
     * its JSON, with those options and that environment added, is this command's output.
     */
    private int asTheLauncherStartsIt() throws Exception {
        List<String> options = new ArrayList<>(LauncherOptions.read());
        if (nativeMemory) {
            options.add("-XX:NativeMemoryTracking=summary");
        }
        Map<String, String> environment = LauncherOptions.environment();
        List<String> args = new ArrayList<>(List.of("bench", "kiosk-nav", "--in-process", "--navigations",
                Integer.toString(navigations), "--config", config.toString(), "--home-idle-ms", Long.toString(homeIdleMs)));
        if (snapshot != null) {
            args.addAll(List.of("--snapshot", snapshot.toString()));
        }
        tapsCsv.ifPresent(csv -> args.addAll(List.of("--taps-csv", csv.toAbsolutePath().toString())));
        Process probe = ProbeProcess.of(options, environment, args).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String said = new String(probe.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int exit = probe.waitFor();
        if (exit != ExitCodes.OK) {
            spec.commandLine().getOut().print(said);
            return exit;
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode out = (ObjectNode) json.readTree(said.substring(said.indexOf('{')));
        out.putPOJO("kiosk_jvm_options", options);
        out.putPOJO("kiosk_environment", environment);
        spec.commandLine().getOut().println(json.writerWithDefaultPrettyPrinter().writeValueAsString(out));
        return ExitCodes.OK;
    }

    /**
     * One timed navigation: wall time to laid out and to the frame drawn, CPU time of the FX and
     * the render thread; when it started and ended in milliseconds of JVM uptime (the clock of
     * the collections' own start and end times).
     */
    private record Navigation(long laidOutNanos, long frameNanos, long fxCpuNanos, long renderCpuNanos,
                              long startUptimeMs, long endUptimeMs) {
    }

    /** The worst first visit and p95 over the screens (the bare baseline left out). */
    private static final class Worst {
        double first;
        double p95;
        double firstCpu;
        double p95Cpu;

        void add(List<Long> frame, List<Long> cpu) {
            first = Math.max(first, frame.get(0));
            p95 = Math.max(p95, percentile(frame, 0.95));
            firstCpu = Math.max(firstCpu, cpu.get(0));
            p95Cpu = Math.max(p95Cpu, percentile(cpu, 0.95));
        }
    }

    /** The threads whose CPU time a navigation costs: the FX thread and (when found) JavaFX's render thread. */
    private record Clocks(ThreadMXBean threads, long fx, Optional<Long> render) {
        static Clocks find(long fxThread) {
            Optional<Long> render = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("QuantumRenderer")).map(Thread::getId).findFirst();
            return new Clocks(ManagementFactory.getThreadMXBean(), fxThread, render);
        }

        long renderCpu() {
            return render.map(threads::getThreadCpuTime).orElse(0L);
        }
    }

    /**
     * Home idles before the first tap, as it does before a resident walks up: {@code --home-idle-ms},
     * or (by default) until the kiosk has prepared its screens, at most a minute. Returns the time idled.
     */
    private long homeIdle(KioskAssembly kiosk) throws Exception {
        long start = System.nanoTime();
        if (homeIdleMs >= 0) {
            Thread.sleep(homeIdleMs);
        } else {
            kiosk.prepared().get(60, TimeUnit.SECONDS);
        }
        return System.nanoTime() - start;
    }

    /**
     * From the tap's arrival (queued for the FX thread, as a touch is) on {@code button} (or, when
     * the page has none, the navigator's own way there) to the first pulse with screen {@code id}
     * showing its data, and on to that pulse's frame drawn by the render thread. The frame is the
     * first one the render thread finishes after that pulse: each navigation waits for its own
     * frame, so none is still being drawn when the next tap arrives.
     */
    private static Navigation tap(KioskAssembly kiosk, Scene scene, String id, String button, Clocks clocks)
            throws Exception {
        CountDownLatch drawn = new CountDownLatch(1);
        AtomicLong laidOut = new AtomicLong();
        AtomicLong frame = new AtomicLong();
        AtomicLong cpuEnd = new AtomicLong();
        AtomicLong renderCpuEnd = new AtomicLong();
        PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
        long startUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long cpuStart = clocks.threads().getThreadCpuTime(clocks.fx());
        long renderCpuStart = clocks.renderCpu();
        long start = System.nanoTime();
        Platform.runLater(() -> {
            Screen screen = kiosk.shell().navigator().screen(id).orElseThrow();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (kiosk.shell().navigator().current().filter(s -> s == screen).isPresent() && screen.showsData()) {
                    laidOut.set(System.nanoTime());
                    cpuEnd.set(clocks.threads().getCurrentThreadCpuTime());
                    scene.removePostLayoutPulseListener(listener[0]);
                    // called on the render thread once this pulse's frame is drawn and presented
                    tracker.setOnRenderedFrameTask(() -> {
                        if (frame.compareAndSet(0, System.nanoTime())) {
                            renderCpuEnd.set(clocks.renderCpu());
                            drawn.countDown();
                        }
                    });
                } else {
                    Platform.requestNextPulse();
                }
            };
            Node tile = scene.lookup(button);
            if (tile instanceof ButtonBase b) {
                b.fire();
            } else {
                kiosk.shell().navigator().show(id);
            }
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        if (!drawn.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("screen " + id + " never showed its data");
        }
        tracker.setOnRenderedFrameTask(null);
        return new Navigation(laidOut.get() - start, frame.get() - start, cpuEnd.get() - cpuStart,
                renderCpuEnd.get() - renderCpuStart, startUptime, ManagementFactory.getRuntimeMXBean().getUptime());
    }

    private static <T> T onFxValue(java.util.function.Supplier<T> s) throws InterruptedException {
        AtomicReference<T> value = new AtomicReference<>();
        onFx(() -> value.set(s.get()));
        return value.get();
    }

    private static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    /**
     * The collections the kiosk ran by itself while navigating (count and milliseconds per
     * collector, from start-up on), the benchmark's own full collections that measure the heap left out.
     */
    private static final class GcTally {
        private final Map<String, long[]> measuring = new LinkedHashMap<>();

        long usedHeapAfterGc() throws InterruptedException {
            Map<String, long[]> before = totals();
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(200);
            }
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            totals().forEach((name, after) -> {
                long[] ran = measuring.computeIfAbsent(name, n -> new long[2]);
                ran[0] += after[0] - before.getOrDefault(name, new long[2])[0];
                ran[1] += after[1] - before.getOrDefault(name, new long[2])[1];
            });
            return used;
        }

        Map<String, long[]> own() {
            Map<String, long[]> own = totals();
            own.forEach((name, total) -> {
                long[] ran = measuring.getOrDefault(name, new long[2]);
                total[0] -= ran[0];
                total[1] -= ran[1];
            });
            return own;
        }

        private static Map<String, long[]> totals() {
            Map<String, long[]> totals = new LinkedHashMap<>();
            ManagementFactory.getGarbageCollectorMXBeans().forEach(b ->
                    totals.put(b.getName(), new long[] {b.getCollectionCount(), b.getCollectionTime()}));
            return totals;
        }
    }

    private static double median(List<Long> v) {
        return percentile(v, 0.5);
    }

    /** The nearest-rank percentile: p95 of 20 values is the 19th smallest, p 1.0 the largest. */
    private static double percentile(List<Long> v, double p) {
        long[] s = v.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(s);
        int rank = (int) Math.ceil(p * s.length);
        return s[Math.max(0, Math.min(s.length - 1, rank - 1))];
    }

    private static double mb(long kb) {
        return round(kb / 1024.0);
    }

    private static double ms(double nanos) {
        return round(nanos / 1e6);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
