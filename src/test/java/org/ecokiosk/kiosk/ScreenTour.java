package org.ecokiosk.kiosk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.ecokiosk.cli.KioskRoot;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.kiosk.shell.Screen;
import org.ecokiosk.model.Language;
import org.ecokiosk.testing.Fixtures;

/**
 * Looks at screens as residents would, on a real window (run under Xvfb): for each language
 * and screen, shows it, waits for its data and writes {@code <out>/<screen>-<lang>[-large][-hc]-<W>x<H>.png}.
 * A developer's tool, not a test: {@code ScreenTour OUT WIDTH HEIGHT [screen ...]}; with
 * {@code -Dtour.large=true} in 大字, with {@code -Dtour.contrast=true} in high contrast.
 */
public final class ScreenTour {
    private ScreenTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int width = Integer.parseInt(args[1]);
        int height = Integer.parseInt(args[2]);
        List<String> screens = args.length > 3 ? List.of(args).subList(3, args.length)
                : List.of("home", "air", "water", "noise", "green", "plan", "towns", "facilities", "news");
        Files.createDirectories(out);
        Path snapshot = KioskFixture.snapshot();
        KioskConfig config = KioskConfig.load(Fixtures.kioskConfig(Files.createTempDirectory("screen-tour")))
                .withIdleSeconds(3600);
        // wired by the composition root, as the kiosk residents use
        KioskRoot root = KioskRoot.open(config, java.util.Optional.of(snapshot), KioskFixture.TODAY, out);
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
        boolean large = Boolean.getBoolean("tour.large");
        boolean contrast = Boolean.getBoolean("tour.contrast");
        String mode = (large ? "-large" : "") + (contrast ? "-hc" : "");
        for (Language language : Language.values()) {
            onFx(() -> {
                kiosk[0].shell().messages().languageProperty().set(language);
                kiosk[0].shell().textScale().largeProperty().set(large);
                kiosk[0].shell().theme().highContrastProperty().set(contrast);
            });
            for (String id : screens) {
                onFx(() -> kiosk[0].shell().navigator().show(id));
                Screen screen = kiosk[0].shell().navigator().current();
                for (int i = 0; i < 200 && !screen.showsData(); i++) {
                    Thread.sleep(50);
                }
                Thread.sleep(600); // a few pulses for layout and charts
                Path file = out.resolve(id + "-" + language.code() + mode + "-" + width + "x" + height + ".png");
                onFx(() -> {
                    try {
                        ImageIO.write(SwingFXUtils.fromFXImage(scene[0].snapshot(null), null), "png", file.toFile());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
        }
        onFx(() -> kiosk[0].close());
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
