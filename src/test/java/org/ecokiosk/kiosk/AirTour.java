package org.ecokiosk.kiosk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.ecokiosk.cli.KioskRoot;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.kiosk.shell.Screen;
import org.ecokiosk.model.Language;
import org.ecokiosk.testing.Fixtures;

/**
 * The air screen in every mode at one window size, on a real window (run under Xvfb): for each
 * language, text size and contrast, the window and the whole scrolled page as PNG files. A
 * developer's tool, not a test: {@code AirTour OUT WIDTH HEIGHT [fixture|stations]} — "fixture" is
 * the bundled content with its sample series, "stations" the two-station dashboard snapshot.
 */
public final class AirTour {
    private AirTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int width = Integer.parseInt(args[1]);
        int height = Integer.parseInt(args[2]);
        boolean stations = args.length > 3 && args[3].equals("stations");
        Files.createDirectories(out);
        Path snapshot = stations ? AirDashboardTest.snapshot() : KioskFixture.snapshot();
        java.time.Clock clock = stations ? java.time.Clock.fixed(EnvironmentSnapshots.LATEST_2026.plusDays(1)
                .atTime(0, 30).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant(),
                java.time.ZoneId.of("Asia/Shanghai")) : KioskFixture.TODAY;
        KioskConfig config = KioskConfig.load(Fixtures.kioskConfig(Files.createTempDirectory("air-tour")))
                .withIdleSeconds(3600);
        KioskRoot root = KioskRoot.open(config, java.util.Optional.of(snapshot), clock, out);
        SnapshotSession session = root.session().orElseThrow();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        KioskAssembly[] kiosk = new KioskAssembly[1];
        Scene[] scene = new Scene[1];
        onFx(() -> {
            kiosk[0] = root.kiosk(height, () -> { }).orElseThrow();
            scene[0] = kiosk[0].createScene(width, height);
            Stage stage = new Stage();
            stage.setScene(scene[0]);
            stage.show();
        });
        String tag = (stations ? "stations" : "fixture") + "-" + width + "x" + height;
        for (Language language : Language.values()) {
            for (boolean large : new boolean[] {false, true}) {
                for (boolean contrast : new boolean[] {false, true}) {
                    onFx(() -> {
                        kiosk[0].shell().messages().languageProperty().set(language);
                        kiosk[0].shell().textScale().largeProperty().set(large);
                        kiosk[0].shell().theme().highContrastProperty().set(contrast);
                        kiosk[0].shell().navigator().show("home");
                        kiosk[0].shell().navigator().show("air");
                    });
                    Screen screen = kiosk[0].shell().navigator().current();
                    for (int i = 0; i < 200 && !screen.showsData(); i++) {
                        Thread.sleep(50);
                    }
                    Thread.sleep(1200);
                    String name = tag + "-" + language.code() + (large ? "-large" : "") + (contrast ? "-hc" : "");
                    onFx(() -> {
                        try {
                            ImageIO.write(SwingFXUtils.fromFXImage(scene[0].snapshot(null), null), "png",
                                    out.resolve(name + "-window.png").toFile());
                            Node page = ((ScrollPane) scene[0].lookup("#air-screen")).getContent();
                            ImageIO.write(SwingFXUtils.fromFXImage(page.snapshot(null, null), null), "png",
                                    out.resolve(name + "-page.png").toFile());
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
                }
            }
        }
        onFx(() -> kiosk[0].close());
        session.close();
        root.close();
        Platform.exit();
    }

    private static void onFx(Runnable r) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(60, TimeUnit.SECONDS);
    }
}
