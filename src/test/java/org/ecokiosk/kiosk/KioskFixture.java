package org.ecokiosk.kiosk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.ecokiosk.cli.KioskRoot;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A kiosk wired by the composition root, on a snapshot of the test content with the test
 * configuration, for the GUI tests. Registered beside TestFX's extension, it opens a kiosk in
 * TestFX's window before each test and closes it after:
 *
 * <pre>{@code
 * @ExtendWith(ApplicationExtension.class)
 * class SomeScreenTest {
 *     @RegisterExtension
 *     final KioskFixture fixture = KioskFixture.shown().size(1280, 800);
 * }</pre>
 *
 * <p>A test starts only once home has prepared the other screens ({@link KioskAssembly#prepared()}):
 * preparation lays each page out under the window's own root while home idles, and TestFX walks
 * that scene from the test thread, so a robot that taps during it can meet a page being taken
 * out ("scene is null" inside clickOn, an IndexOutOfBounds inside a wait). {@link #swapTo} waits
 * for the preparation a snapshot switch starts again, for the same reason.
 */
public final class KioskFixture implements BeforeEachCallback, AfterEachCallback {
    /** "Today" for the GUI tests: the bundled news and pages are published, the December open day is ahead. */
    public static final Clock TODAY = TestContentSnapshot.TODAY;
    /** How long a preparation may take on a loaded machine (it is a few seconds on an idle one). */
    private static final long PREPARED_WITHIN_SECONDS = 120;

    /** Where a test's kiosk gets its snapshot: {@code dir} is the test's own folder, {@code config} read from it. */
    @FunctionalInterface
    public interface SnapshotSource {
        Path snapshot(KioskConfig config, Path dir) throws Exception;
    }

    private SnapshotSource source = (config, dir) -> snapshot();
    private Clock clock = TODAY;
    private int idleSeconds = 600;
    private int width = 1920;
    private int height = 1080;
    private Consumer<KioskFixture> whenShown = fixture -> { };
    private boolean waitForPreparation = true;

    private Path dir;
    private KioskConfig config;
    private KioskRoot root;
    private KioskAssembly kiosk;
    private final AtomicBoolean exited = new AtomicBoolean();

    private KioskFixture() {
    }

    /** A kiosk shown at 1920×1080 on the test content's snapshot, "now" {@link #TODAY}, idle after ten minutes. */
    public static KioskFixture shown() {
        return new KioskFixture();
    }

    public KioskFixture size(int width, int height) {
        this.width = width;
        this.height = height;
        return this;
    }

    public KioskFixture idleSeconds(int seconds) {
        this.idleSeconds = seconds;
        return this;
    }

    /** On the snapshot {@code source} gives, with {@code clock} as "now". */
    public KioskFixture on(SnapshotSource source, Clock clock) {
        this.source = source;
        this.clock = clock;
        return this;
    }

    /** Runs {@code then} on the FX thread once the window shows, before the preparation (to catch the kiosk as it starts). */
    public KioskFixture whenShown(Consumer<KioskFixture> then) {
        this.whenShown = then;
        return this;
    }

    /**
     * The test starts as soon as the window shows, while home is still to prepare the other
     * screens: for tests of the preparation itself, which then wait for {@link #prepared()} before
     * they look at anything else.
     */
    public KioskFixture beforePreparation() {
        this.waitForPreparation = false;
        return this;
    }

    /** The test content's snapshot, built once for all GUI tests. */
    public static Path snapshot() throws Exception {
        return TestContentSnapshot.path();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(() -> {
            open();
            stage.setScene(kiosk.createScene(width, height));
            stage.show();
            whenShown.accept(this);
            return null;
        }).get(60, TimeUnit.SECONDS);
        if (waitForPreparation) {
            prepared();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    /**
     * A kiosk laid out in a scene of {@code width}×{@code height} that no window shows (the headless
     * screen is 1920×1080, and a taller window, a portrait totem, would overflow its buffer); no robot
     * walks it, the test looks on the FX thread. Call on the FX thread; {@link #close()} it after the test.
     */
    public static KioskFixture offScreen(int width, int height, Scene[] scene) throws Exception {
        KioskFixture fixture = shown().size(width, height);
        fixture.open();
        scene[0] = fixture.kiosk.createScene(width, height);
        return fixture;
    }

    /** {@link #offScreen}, called from a test's thread: the kiosk and its scene are made on the FX thread. */
    public static KioskFixture offScreenFromTest(int width, int height, Scene[] scene) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> offScreen(width, height, scene)).get(20, TimeUnit.SECONDS);
    }

    /**
     * Shows screen {@code id} in an off-screen scene once its data is there, laid out by hand: with
     * no window there are no pulses, so what the first passes queued (a page rebuilt when shown, the
     * bar and tiles reacting to their width) runs before the last pass.
     */
    public void showLaidOut(Scene scene, String id) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            kiosk.shell().navigator().show(id);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        }).get();
        org.ecokiosk.kiosk.shell.Screen screen = kiosk.shell().navigator().current().orElseThrow();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, screen::showsData);
        WaitForAsyncUtils.waitForFxEvents(5);
        for (int round = 0; round < 2; round++) {
            WaitForAsyncUtils.asyncFx(() -> {
                for (int pass = 0; pass < 3; pass++) {
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                }
            }).get();
            WaitForAsyncUtils.waitForFxEvents(3);
        }
    }

    /** On the FX thread: the kiosk as the composition root builds it, in a folder of its own. */
    private void open() throws Exception {
        // each test counts PIN tries in its own folder, so one test's wrong tries cannot lock another
        dir = Files.createTempDirectory("kiosk-state");
        config = KioskConfig.load(Fixtures.kioskConfig(dir)).withIdleSeconds(idleSeconds);
        root = KioskRoot.open(config, Optional.of(source.snapshot(config, dir)), clock, reports());
        kiosk = root.kiosk(height, () -> exited.set(true)).orElseThrow();
    }

    /** Until home has prepared every other screen and the FX thread is done with what that queued. */
    public void prepared() throws Exception {
        prepared(kiosk);
    }

    /**
     * {@link #prepared()} for a kiosk a test shows another way (through the composition root's
     * window): a robot that looks or taps while home prepares can meet a page being taken out.
     */
    public static void prepared(KioskAssembly kiosk) throws Exception {
        kiosk.prepared().get(PREPARED_WITHIN_SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * What the store watcher does when a publish lands: the session switches to {@code next}, the
     * screens reload; returns once the preparation this starts again is done.
     */
    public void swapTo(Path next) throws Exception {
        switchTo(next);
        prepared();
    }

    /** The switch of {@link #swapTo} alone, for a kiosk no robot walks ({@link #offScreen}): returns once the screens reload. */
    public void switchTo(Path next) throws Exception {
        CountDownLatch switched = new CountDownLatch(1);
        session().switchTo(next, () -> {
            kiosk.snapshotChanged();
            switched.countDown();
        }, refused -> {
            throw new AssertionError("refused: " + refused);
        });
        if (!switched.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the session did not switch to " + next);
        }
    }

    /**
     * The text of the label {@code query} finds, the one on the page showing when a page kept hidden
     * in the window (shell's page stack) has one too.
     */
    public static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Labeled.class).stream().filter(KioskFixture::showing).findFirst()
                .orElseGet(() -> robot.lookup(query).queryAs(Labeled.class)).getText();
    }

    /**
     * True when {@code node} is in a window and neither it nor any parent is hidden: what a visitor
     * can see, unlike a node of a page the shell keeps hidden in the window for its next visit.
     */
    public static boolean showing(javafx.scene.Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Until {@code query} is there and the FX thread has finished what it was doing: a page is built
     * node by node on the FX thread, and a look from the test thread can catch it half built.
     */
    public static void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(query).queryAll().stream().anyMatch(KioskFixture::showing));
        WaitForAsyncUtils.waitForFxEvents();
    }

    public KioskAssembly kiosk() {
        return kiosk;
    }

    public SnapshotSession session() {
        return root.session().orElseThrow();
    }

    public KioskConfig config() {
        return config;
    }

    /** Where the kiosk's admin mode writes reports. */
    public Path reports() {
        return dir.resolve("reports");
    }

    /** True once the kiosk asked to exit (the admin menu's 退出). */
    public boolean exited() {
        return exited.get();
    }

    /** As the kiosk shuts down: its timers stop on the FX thread, then the session (and store watcher) close. */
    public void close() {
        if (kiosk != null) {
            Platform.runLater(kiosk::close);
            WaitForAsyncUtils.waitForFxEvents();
        }
        if (root != null) {
            root.close();
        }
    }
}
