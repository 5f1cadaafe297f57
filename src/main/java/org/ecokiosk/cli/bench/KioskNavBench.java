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
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Tap-to-drawn per screen and heap after many navigations, in-process. A navigation is: fire
 * the home tile (the simulated tap), wait until the screen shows its data, and stop the clock at
 * the first pulse after that (layout done, the frame about to be drawn); then back home. Every
 * round also runs the attract loop once and touches it away. Baselines: a navigation to a bare
 * {@link ComingScreen} (no data), and the heap after the first round. Needs a display: run
 * under Xvfb ({@code Xvfb :97 & DISPLAY=:97 eco-kiosk bench kiosk-nav}); Monocle is a test-only
 * dependency, so headless runs go through Xvfb rather than a runtime Monocle.
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
        KioskConfig cfg = KioskConfig.loadOrDefaults(config);
        Path file = snapshot != null ? snapshot : KioskSnapshots.published(cfg)
                .orElseThrow(() -> new InvalidInputException("no published snapshot: give --snapshot FILE"));
        KioskRoot root = KioskRoot.open(cfg, java.util.Optional.of(file), java.time.Clock.systemDefaultZone(),
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
        long fxThread = onFxValue(() -> Thread.currentThread().getId());
        long idleNanos = homeIdle(kiosk);
        List<String> ids = new ArrayList<>(cfg.screenOrder());
        ids.add(BASELINE);
        Map<String, List<Navigation>> times = new LinkedHashMap<>();
        ids.forEach(id -> times.put(id, new ArrayList<>()));
        Map<Integer, Long> heapAt = new LinkedHashMap<>();
        for (int i = 0; i < navigations; i++) {
            String id = ids.get(i % ids.size());
            times.get(id).add(tapToDrawn(kiosk, scene, id, fxThread));
            onFx(() -> kiosk.shell().navigator().home());
            if ((i + 1) % ids.size() == 0) {
                onFx(() -> kiosk.shell().enterAttract());
                onFx(() -> kiosk.shell().leaveAttract());
            }
            if (i + 1 == ids.size() || HEAP_CHECKPOINTS.contains(i + 1)) {
                heapAt.put(i + 1, usedHeapAfterGc());
            }
        }
        long heapAfter = usedHeapAfterGc();
        Optional<ProcessMemory> memory = ProcessMemory.ofThisProcess();
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
        out.put("timing", "from the tap's arrival in the FX queue to the first pulse with the screen's data laid out;"
                + " fx_cpu: CPU time of the FX thread in between (steady where wall time is noisy on a shared machine)");
        double baseMedian = median(wall(times.get(BASELINE)));
        ObjectNode screens = out.putObject("tap_to_drawn_ms");
        double worstFirst = 0;
        double worstP95 = 0;
        for (Map.Entry<String, List<Navigation>> e : times.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            List<Long> wall = wall(e.getValue());
            List<Long> cpu = e.getValue().stream().map(Navigation::fxCpuNanos).toList();
            ObjectNode s = screens.putObject(e.getKey());
            s.put("count", wall.size());
            s.put("first_ms", round(wall.get(0) / 1e6));
            s.put("median_ms", round(median(wall) / 1e6));
            s.put("p95_ms", round(percentile(wall, 0.95) / 1e6));
            s.put("max_ms", round(percentile(wall, 1.0) / 1e6));
            s.put("fx_cpu_first_ms", round(cpu.get(0) / 1e6));
            s.put("fx_cpu_median_ms", round(median(cpu) / 1e6));
            s.put("fx_cpu_p95_ms", round(percentile(cpu, 0.95) / 1e6));
            s.put("ratio_median_to_baseline", round(median(wall) / baseMedian));
            s.put("ratio_first_to_baseline", round(wall.get(0) / baseMedian));
            if (!BASELINE.equals(e.getKey())) {
                worstFirst = Math.max(worstFirst, wall.get(0) / 1e6);
                worstP95 = Math.max(worstP95, percentile(wall, 0.95) / 1e6);
            }
        }
        out.put("worst_first_visit_ms", round(worstFirst));
        out.put("worst_p95_ms", round(worstP95));
        long heapFirstRound = heapAt.values().iterator().next();
        ObjectNode heap = out.putObject("heap_after_navigations_mb");
        heapAt.forEach((n, bytes) -> heap.put(Integer.toString(n), round(bytes / 1048576.0)));
        heap.put(Integer.toString(navigations), round(heapAfter / 1048576.0));
        out.put("heap_after_first_round_mb", round(heapFirstRound / 1048576.0));
        out.put("heap_after_all_mb", round(heapAfter / 1048576.0));
        out.put("ratio_heap_after_to_first_round", Math.round(10000.0 * heapAfter / heapFirstRound) / 10000.0);
        memory.ifPresent(m -> {
            out.put("rss_mb", round(m.residentBytes() / 1048576.0));
            out.put("rss_peak_mb", round(m.peakResidentBytes() / 1048576.0));
        });
        out.put("max_heap_mb", Runtime.getRuntime().maxMemory() / 1048576);
        spec.commandLine().getOut().println(json.writerWithDefaultPrettyPrinter().writeValueAsString(out));
        Platform.exit();
        return ExitCodes.OK;
    }

    /** One timed navigation: wall time and the FX thread's CPU time. */
    private record Navigation(long wallNanos, long fxCpuNanos) {
    }

    private static List<Long> wall(List<Navigation> navigations) {
        return navigations.stream().map(Navigation::wallNanos).toList();
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
     * From the tap's arrival (queued for the FX thread, as a touch is) to the first pulse with the
     * screen's data shown, and the FX thread's CPU time in between.
     */
    private static Navigation tapToDrawn(KioskAssembly kiosk, Scene scene, String id, long fxThread) throws Exception {
        CountDownLatch drawn = new CountDownLatch(1);
        AtomicLong end = new AtomicLong();
        AtomicLong cpuEnd = new AtomicLong();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getThreadCpuTime(fxThread);
        long start = System.nanoTime();
        Platform.runLater(() -> {
            Screen screen = kiosk.shell().navigator().screen(id).orElseThrow();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (kiosk.shell().navigator().current().filter(s -> s == screen).isPresent() && screen.showsData()) {
                    end.set(System.nanoTime());
                    cpuEnd.set(threads.getCurrentThreadCpuTime());
                    scene.removePostLayoutPulseListener(listener[0]);
                    drawn.countDown();
                } else {
                    Platform.requestNextPulse();
                }
            };
            Node tile = scene.lookup("#tile-" + id);
            if (tile instanceof ButtonBase button) {
                button.fire();
            } else {
                kiosk.shell().navigator().show(id);
            }
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        if (!drawn.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("screen " + id + " never showed its data");
        }
        return new Navigation(end.get() - start, cpuEnd.get() - cpuStart);
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

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
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

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
