package org.ecokiosk.kiosk;

import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.ecokiosk.kiosk.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's window: full screen with no way out but the PIN pad, or a closable window for a
 * preview; with no snapshot at all, a calm out-of-service notice instead of the kiosk.
 */
public final class KioskWindow implements KioskApp.Window {
    private static final Logger LOG = LoggerFactory.getLogger(KioskWindow.class);

    /** {@code firstFrame}: print FIRST_FRAME when the first frame is drawn, then quit (start-up benchmark). */
    public record Options(boolean windowed, String title, boolean firstFrame) {
    }

    /** Builds the kiosk's scene in {@code stage} (the composition root wires it). */
    @FunctionalInterface
    public interface Content {
        Scene scene(Stage stage, double width, double height);
    }

    private final Optional<Content> content;
    private final Options options;
    private final Runnable onClose;
    private Stage stage;
    private boolean outOfService;
    private double width;
    private double height;

    /** @param onClose runs when the application stops (stop watching the store, close the snapshot) */
    public KioskWindow(Optional<Content> content, Options options, Runnable onClose) {
        this.content = content;
        this.options = options;
        this.onClose = onClose;
    }

    @Override
    public void show(Stage stage) {
        // an unattended kiosk logs what went wrong and carries on; residents never see a stack trace
        Thread.setDefaultUncaughtExceptionHandler((thread, error) ->
                LOG.error("uncaught error on thread {}", thread.getName(), error));
        Rectangle2D bounds = Screen.getPrimary().getBounds();
        double width = options.windowed() ? Math.min(1280, bounds.getWidth()) : bounds.getWidth();
        double height = options.windowed() ? Math.min(800, bounds.getHeight()) : bounds.getHeight();
        this.stage = stage;
        this.width = width;
        this.height = height;
        this.outOfService = outOfService || content.isEmpty();
        Scene scene = content.filter(c -> !outOfService).map(c -> c.scene(stage, width, height))
                .orElseGet(() -> outOfService(width, height));
        stage.setScene(scene);
        stage.setTitle(options.title());
        if (!options.windowed()) {
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
            // the only way out is the PIN pad, which calls Platform.exit()
            stage.setOnCloseRequest(event -> event.consume());
        }
        if (options.firstFrame()) {
            FirstFrame.report(scene);
        }
        stage.show();
        org.ecokiosk.kiosk.shell.KioskSupervision.attach(stage, !options.windowed());
    }

    /**
     * A kiosk that started without any snapshot shows the kiosk once one has arrived (pulled from
     * the office), in the same window and full-screen state. Call on the FX thread; does nothing
     * unless the out-of-service notice is showing.
     */
    public void replaceOutOfService(Content arrived) {
        if (stage == null || !outOfService) {
            return;
        }
        outOfService = false;
        stage.setScene(arrived.scene(stage, width, height));
    }

    /**
     * The kiosk gives way to the out-of-service notice: its snapshot, checked after the first
     * frame, was not there to show after all. Call on the FX thread; {@link #replaceOutOfService}
     * brings the kiosk back once a snapshot arrives.
     */
    public void showOutOfService() {
        if (outOfService) {
            return;
        }
        outOfService = true;
        if (stage != null) {
            stage.setScene(outOfService(width, height));
        }
    }

    /** The out-of-service notice is on screen (no snapshot yet). */
    public boolean showsOutOfService() {
        return outOfService;
    }

    private static Scene outOfService(double width, double height) {
        KioskFonts.load();
        Scene scene = new Scene(OutOfService.view(new Messages()), width, height);
        scene.getStylesheets().add(KioskWindow.class.getResource(KioskAssembly.STYLESHEET).toExternalForm());
        return scene;
    }

    @Override
    public void close() {
        onClose.run();
    }
}
