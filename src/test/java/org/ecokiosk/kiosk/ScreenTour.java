package org.ecokiosk.kiosk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.ecokiosk.cli.KioskRoot;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.kiosk.shell.Screen;
import org.ecokiosk.model.Language;
import org.ecokiosk.testing.Fixtures;

/**
 * Looks at screens as residents would, on a real window (run under Xvfb): for each display mode
 * and screen, shows it, waits for its data and writes {@code <out>/<screen>-<lang>[-large][-hc]-<W>x<H>.png}.
 * The one screenshot tool for reviews; a developer's tool, not a test:
 * {@code ScreenTour OUT WIDTH HEIGHT [screen ...]}. A screen {@code facilities+N} or {@code news+N}
 * opens the N-th card's details ({@code facilities+} the first). System properties:
 * <ul>
 * <li>{@code tour.large=true} 大字, {@code tour.contrast=true} high contrast,
 *     {@code tour.language=zh|en} one language (default both);</li>
 * <li>{@code tour.modes=zh,en-large,zh-large-hc,...} the modes themselves (overrides the three
 *     above), {@code tour.modes=all} every language × text size × contrast;</li>
 * <li>{@code tour.full=true} also the whole scrolled page as {@code ...-full.png};</li>
 * <li>{@code tour.snapshot=fixture|stations|FILE} the bundled fixture (default), the two-station
 *     air dashboard snapshot, or a snapshot file (then on the real clock);</li>
 * <li>{@code tour.settle=MILLIS} how long to let layout and charts settle (default 700);</li>
 * <li>{@code tour.prepared=true} first waits until home has prepared every screen (the pages a
 *     resident's first visit shows, in the default mode).</li>
 * </ul>
 */
public final class ScreenTour {
    private static final List<String> ALL_SCREENS =
            List.of("home", "air", "water", "noise", "green", "plan", "towns", "facilities", "news");

    private ScreenTour() {
    }

    /** One display mode: language, text size, contrast; its name is part of each file name. */
    record Mode(Language language, boolean large, boolean contrast) {
        static Mode parse(String name) {
            return new Mode(name.startsWith("en") ? Language.EN : Language.ZH, name.contains("large"), name.contains("hc"));
        }

        String name() {
            return language.code() + (large ? "-large" : "") + (contrast ? "-hc" : "");
        }
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int width = Integer.parseInt(args[1]);
        int height = Integer.parseInt(args[2]);
        List<String> screens = args.length > 3 ? List.of(args).subList(3, args.length) : ALL_SCREENS;
        Files.createDirectories(out);
        KioskConfig config = KioskConfig.load(Fixtures.kioskConfig(Files.createTempDirectory("screen-tour")))
                .withIdleSeconds(3600);
        String snapshotChoice = System.getProperty("tour.snapshot", "fixture");
        // wired by the composition root, as the kiosk residents use
        KioskRoot root = KioskRoot.open(config, Optional.of(snapshot(snapshotChoice)), clock(snapshotChoice), out);
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
        if (Boolean.getBoolean("tour.prepared")) {
            // as a resident finds them: prepared while home idled, then moved into the window
            kiosk[0].prepared().get(120, TimeUnit.SECONDS);
        }
        long settle = Long.getLong("tour.settle", 700);
        for (Mode mode : modes()) {
            onFx(() -> {
                kiosk[0].shell().messages().languageProperty().set(mode.language());
                kiosk[0].shell().textScale().largeProperty().set(mode.large());
                kiosk[0].shell().theme().highContrastProperty().set(mode.contrast());
            });
            for (String spec : screens) {
                String id = spec.replaceAll("\\+.*", "");
                onFx(() -> showAfresh(kiosk[0], id));
                Screen screen = kiosk[0].shell().navigator().current().orElseThrow();
                for (int i = 0; i < 200 && !screen.showsData(); i++) {
                    Thread.sleep(50);
                }
                Thread.sleep(settle);
                String name = id;
                if (spec.contains("+")) {
                    onFx(() -> openCard(scene[0], id, detailIndex(spec)));
                    Thread.sleep(Math.max(settle, 3000));
                    name = spec.replace("+", "-detail").replace("detail0", "detail");
                }
                Path file = out.resolve(name + "-" + mode.name() + "-" + width + "x" + height + ".png");
                onFx(() -> capture(scene[0], screen, file));
            }
        }
        onFx(() -> kiosk[0].close());
        root.close();
        Platform.exit();
    }

    /** Shows the screen as a visitor arriving finds it: through home when it is already showing. */
    private static void showAfresh(KioskAssembly kiosk, String id) {
        if (kiosk.shell().navigator().current().orElseThrow().id().equals(id) && !id.equals("home")) {
            kiosk.shell().navigator().show("home");
        }
        kiosk.shell().navigator().show(id);
    }

    private static List<Mode> modes() {
        String named = System.getProperty("tour.modes", "");
        List<Mode> modes = new ArrayList<>();
        if (named.equals("all")) {
            for (Language language : Language.values()) {
                for (boolean large : new boolean[] {false, true}) {
                    for (boolean contrast : new boolean[] {false, true}) {
                        modes.add(new Mode(language, large, contrast));
                    }
                }
            }
        } else if (!named.isBlank()) {
            for (String name : named.split(",")) {
                modes.add(Mode.parse(name.trim()));
            }
        } else {
            String only = System.getProperty("tour.language", "");
            for (Language language : Language.values()) {
                if (only.isBlank() || only.equals(language.code())) {
                    modes.add(new Mode(language, Boolean.getBoolean("tour.large"), Boolean.getBoolean("tour.contrast")));
                }
            }
        }
        return modes;
    }

    private static Path snapshot(String choice) throws Exception {
        return switch (choice) {
            case "fixture" -> TestContentSnapshot.path();
            case "stations" -> AirDashboardTest.snapshot();
            default -> Path.of(choice);
        };
    }

    private static Clock clock(String choice) {
        ZoneId chongqing = ZoneId.of("Asia/Shanghai");
        return switch (choice) {
            case "fixture" -> TestContentSnapshot.TODAY;
            // half past midnight after the dashboard's last day, as its tests see it
            case "stations" -> Clock.fixed(EnvironmentSnapshots.LATEST_2026.plusDays(1).atTime(0, 30)
                    .atZone(chongqing).toInstant(), chongqing);
            default -> Clock.system(chongqing);
        };
    }

    private static int detailIndex(String spec) {
        return spec.matches(".*\\+\\d+") ? Integer.parseInt(spec.replaceAll(".*\\+", "")) : 0;
    }

    private static void openCard(Scene scene, String id, int nth) {
        List<Node> cards = List.copyOf(scene.getRoot().lookupAll(id.equals("news") ? ".news-card" : ".facility-card"));
        if (!cards.isEmpty()) {
            cards.get(Math.min(nth, cards.size() - 1)).fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED,
                    1, 1, 1, 1, MouseButton.PRIMARY, 1, false, false, false, false,
                    true, false, false, true, false, true, null));
        }
    }

    private static void capture(Scene scene, Screen screen, Path file) {
        write(scene.getRoot(), file, true);
        if (Boolean.getBoolean("tour.full")) {
            scrollPane(screen.view()).ifPresent(pane -> write(pane.getContent(),
                    file.resolveSibling(file.getFileName().toString().replace(".png", "-full.png")), false));
        }
    }

    /** The screen's page: its view when that scrolls, else the first visible scroll pane in it. */
    private static Optional<ScrollPane> scrollPane(Node view) {
        if (view instanceof ScrollPane pane) {
            return Optional.of(pane);
        }
        return view.lookupAll(".scroll-pane").stream().filter(Node::isVisible)
                .filter(ScrollPane.class::isInstance).map(ScrollPane.class::cast).findFirst();
    }

    private static void write(Node node, Path file, boolean window) {
        try {
            var image = window ? node.getScene().snapshot(null) : node.snapshot(null, null);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
