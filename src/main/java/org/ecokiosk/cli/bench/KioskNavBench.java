package org.ecokiosk.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        List<String> ids = new ArrayList<>(cfg.screenOrder());
        ids.add(BASELINE);
        Map<String, List<Long>> times = new LinkedHashMap<>();
        ids.forEach(id -> times.put(id, new ArrayList<>()));
        long heapFirstRound = 0;
        for (int i = 0; i < navigations; i++) {
            String id = ids.get(i % ids.size());
            times.get(id).add(tapToDrawn(kiosk, scene, id));
            onFx(() -> kiosk.shell().navigator().home());
            if ((i + 1) % ids.size() == 0) {
                onFx(() -> kiosk.shell().enterAttract());
                onFx(() -> kiosk.shell().leaveAttract());
            }
            if (i + 1 == ids.size()) {
                heapFirstRound = usedHeapAfterGc();
            }
        }
        long heapAfter = usedHeapAfterGc();
        onFx(() -> kiosk.shell().enterAttract());
        onFx(() -> kiosk.shell().leaveAttract());
        session.close();

        ObjectMapper json = new ObjectMapper();
        ObjectNode out = json.createObjectNode();
        out.put("workload", "kiosk-navigation");
        out.put("navigations", navigations);
        out.put("snapshot", file.toString());
        out.put("baseline", "tap-to-drawn of a bare ComingScreen (" + BASELINE + "); heap after the first round");
        double baseMedian = median(times.get(BASELINE));
        ObjectNode screens = out.putObject("tap_to_drawn_ms");
        for (Map.Entry<String, List<Long>> e : times.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            ObjectNode s = screens.putObject(e.getKey());
            s.put("count", e.getValue().size());
            s.put("first_ms", round(e.getValue().get(0) / 1e6));
            s.put("median_ms", round(median(e.getValue()) / 1e6));
            s.put("p95_ms", round(percentile(e.getValue(), 0.95) / 1e6));
            s.put("ratio_median_to_baseline", round(median(e.getValue()) / baseMedian));
            s.put("ratio_first_to_baseline", round(e.getValue().get(0) / baseMedian));
        }
        out.put("heap_after_first_round_mb", round(heapFirstRound / 1048576.0));
        out.put("heap_after_all_mb", round(heapAfter / 1048576.0));
        out.put("ratio_heap_after_to_first_round", round((double) heapAfter / heapFirstRound));
        spec.commandLine().getOut().println(json.writerWithDefaultPrettyPrinter().writeValueAsString(out));
        Platform.exit();
        return ExitCodes.OK;
    }

    /** Nanoseconds from firing the tile (or showing the screen when it has none) to the first pulse with its data shown. */
    private static long tapToDrawn(KioskAssembly kiosk, Scene scene, String id) throws Exception {
        CountDownLatch drawn = new CountDownLatch(1);
        AtomicLong start = new AtomicLong();
        AtomicLong end = new AtomicLong();
        Platform.runLater(() -> {
            Screen screen = kiosk.shell().navigator().screen(id).orElseThrow();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (kiosk.shell().navigator().current() == screen && screen.showsData()) {
                    end.set(System.nanoTime());
                    scene.removePostLayoutPulseListener(listener[0]);
                    drawn.countDown();
                } else {
                    Platform.requestNextPulse();
                }
            };
            start.set(System.nanoTime());
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
        return end.get() - start.get();
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

    private static double percentile(List<Long> v, double p) {
        long[] s = v.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.floor(p * s.length))];
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
