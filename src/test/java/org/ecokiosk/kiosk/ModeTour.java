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
 * {@link ScreenTour} through the display modes too: for each mode (zh, en, zh-large, en-large,
 * zh-hc, en-hc, zh-large-hc ...) and screen, writes {@code <out>/<screen>-<mode>-<W>x<H>.png}.
 * A developer's tool for reviews under Xvfb, not a test:
 * {@code ModeTour OUT WIDTH HEIGHT MODES [screen ...]} with MODES comma-separated.
 */
public final class ModeTour {
    private ModeTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int width = Integer.parseInt(args[1]);
        int height = Integer.parseInt(args[2]);
        List<String> modes = List.of(args[3].split(","));
        List<String> screens = args.length > 4 ? List.of(args).subList(4, args.length)
                : List.of("home", "air", "water", "noise", "green", "plan", "towns", "facilities", "news");
        Files.createDirectories(out);
        Path snapshot = KioskFixture.snapshot();
        KioskConfig config = KioskConfig.load(Fixtures.kioskConfig(Files.createTempDirectory("mode-tour")))
                .withIdleSeconds(3600);
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
        for (String mode : modes) {
            Language language = mode.startsWith("en") ? Language.EN : Language.ZH;
            onFx(() -> {
                kiosk[0].shell().messages().languageProperty().set(language);
                kiosk[0].shell().textScale().largeProperty().set(mode.contains("large"));
                kiosk[0].shell().theme().highContrastProperty().set(mode.contains("hc"));
            });
            for (String spec : screens) {
                // "facilities+" opens the first facility's details; "news+" the first article
                String id = spec.replaceAll("\\+.*", "");
                int nth = spec.matches(".*\\+\\d+") ? Integer.parseInt(spec.replaceAll(".*\\+", "")) : 0;
                onFx(() -> kiosk[0].shell().navigator().show(id));
                Screen screen = kiosk[0].shell().navigator().current();
                for (int i = 0; i < 200 && !screen.showsData(); i++) {
                    Thread.sleep(50);
                }
                Thread.sleep(700);
                if (spec.contains("+")) {
                    onFx(() -> {
                        java.util.List<javafx.scene.Node> cards = List.copyOf(scene[0].getRoot().lookupAll(
                                id.equals("news") ? ".news-card" : ".facility-card"));
                        javafx.scene.Node first = cards.isEmpty() ? null : cards.get(Math.min(nth, cards.size() - 1));
                        if (first != null) {
                            first.fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_CLICKED,
                                    1, 1, 1, 1, javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false,
                                    true, false, false, true, false, true, null));
                        }
                    });
                    Thread.sleep(3000);
                }
                Path file = out.resolve(spec.replace("+", "-detail") .replace("detail0", "detail")+ "-" + mode + "-" + width + "x" + height + ".png");
                onFx(() -> {
                    try {
                        ImageIO.write(SwingFXUtils.fromFXImage(scene[0].snapshot(null), null), "png", file.toFile());
                        if (System.getProperty("tour.full") != null
                                && screen.view() instanceof javafx.scene.control.ScrollPane pane) {
                            Path full = out.resolve(file.getFileName().toString().replace(".png", "-full.png"));
                            ImageIO.write(SwingFXUtils.fromFXImage(pane.getContent().snapshot(null, null), null), "png",
                                    full.toFile());
                        }
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
