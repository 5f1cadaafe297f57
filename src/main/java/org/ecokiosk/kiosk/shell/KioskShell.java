package org.ecokiosk.kiosk.shell;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.geometry.Dimension2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.ecokiosk.config.PinGuard;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.shell.Screen;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.model.Language;

/**
 * The window's content: the bar, the current screen, and overlays (the PIN pad). Owns what a
 * visitor can change (language, 大字, screen) and puts it all back for the next visitor.
 */
public final class KioskShell {
    /** How long the hidden corner must be held before the PIN pad appears. */
    static final Duration ADMIN_HOLD = Duration.seconds(3);

    private final Messages messages;
    private final Navigator navigator;
    private final TextScale scale;
    private final Language defaultLanguage;
    private final StackPane root = new StackPane();
    private final BorderPane frame = new BorderPane();
    private final PageStack pages = new PageStack();
    /** The PIN pad and the menu after it: made at the first hold of the corner, not for the first frame. */
    private final java.util.function.Supplier<PinPrompt> makePin;
    private final java.util.function.Supplier<AdminMenu> makeAdminMenu;
    private PinPrompt pinPrompt;
    private AdminMenu adminMenu;
    private final ContrastTheme theme;
    private final ScreenPreparation preparation;
    private Attract attract;
    private boolean shutDown;

    /** The loop a kiosk left alone shows; a touch anywhere on it brings the next visitor home. */
    public interface Attract {
        Node view();

        /** Starts (loads highlights, rotates). */
        void start();

        void stop();
    }

    public KioskShell(Messages messages, SnapshotSession session, Navigator navigator, TextScale scale,
                      ContrastTheme theme, Language defaultLanguage, java.time.ZoneId zone,
                      Function<char[], CompletableFuture<PinGuard.Outcome>> pinCheck,
                      Runnable onExit, java.util.Optional<AdminEntry> admin) {
        this.messages = messages;
        this.navigator = navigator;
        this.scale = scale;
        this.defaultLanguage = defaultLanguage;
        this.theme = theme;
        root.setId("kiosk-root");
        root.getStyleClass().add("kiosk-root");
        TopBar bar = new TopBar(messages, session, navigator, scale, theme);
        frame.setTop(bar);
        // a screen taller than the window overflows at the bottom, never pushes the bar (and the
        // admin corner) above the top edge, as a centred frame would
        StackPane.setAlignment(frame, javafx.geometry.Pos.TOP_LEFT);
        root.getChildren().add(frame);
        frame.setCenter(pages);
        navigator.currentProperty().addListener((obs, was, now) -> {
            if (now == null) {
                pages.clear();
            } else {
                pages.show(now.view());
            }
        });
        makeAdminMenu = () -> new AdminMenu(messages, admin, () -> {
            hideOverlays();
            admin.ifPresent(AdminEntry::enter);
        }, onExit, this::hideOverlays);
        makePin = () -> new PinPrompt(messages, zone, pinCheck, this::showAdminMenu, this::hidePin);
        installAdminGesture(bar);
        preparation = new ScreenPreparation(navigator, root,
                () -> new Dimension2D(frame.getWidth(), Math.max(0, frame.getHeight() - bar.getHeight())));
        scale.applyTo(root);
        scale.follow(root);
        theme.applyTo(root);
        // these restyle the whole window: the hidden pages are styled again when next shown, not all now
        scale.largeProperty().addListener((obs, was, now) -> pages.dropHidden());
        scale.baseSizeProperty().addListener((obs, was, now) -> pages.dropHidden());
        theme.highContrastProperty().addListener((obs, was, now) -> pages.dropHidden());
        // and a page built in the other language must not wait in the window (a hidden page is
        // rebuilt when next shown, as before; taken out now, a language tap lays out no hidden page)
        messages.languageProperty().addListener((obs, was, now) -> pages.dropHidden());
        messages.languageProperty().set(defaultLanguage);
    }

    public Parent root() {
        return root;
    }

    public Navigator navigator() {
        return navigator;
    }

    public TextScale textScale() {
        return scale;
    }

    public Messages messages() {
        return messages;
    }

    /** Everything back to how a new visitor should find it. */
    public void resetForNextVisitor() {
        hideOverlays();
        messages.languageProperty().set(defaultLanguage);
        scale.largeProperty().set(false);
        theme.highContrastProperty().set(false);
        navigator.resetAll();
        navigator.home();
    }

    /**
     * Prepares every screen for its first visit while home idles, from {@code delay} on (again
     * from the start after a snapshot switch); see {@link ScreenPreparation}.
     */
    public void prepareScreensWhenIdle(Duration delay) {
        preparation.start(delay);
    }

    /** Completes once every screen is prepared; a start over (a snapshot switch) gives a new one. */
    public java.util.concurrent.CompletableFuture<Void> screensPrepared() {
        return preparation.prepared();
    }

    public ContrastTheme theme() {
        return theme;
    }

    /** The kiosk was left alone: reset everything a visitor changed, then run the attract loop over home. */
    public void enterAttract() {
        if (shutDown) {
            return;
        }
        resetForNextVisitor();
        if (attract == null || isAttractShowing()) {
            return;
        }
        root.getChildren().add(attract.view());
        attract.start();
    }

    /** A touch on the loop: back to home, reset again (nothing stays from before the loop). */
    public void leaveAttract() {
        if (attract == null || !isAttractShowing()) {
            return;
        }
        attract.stop();
        root.getChildren().remove(attract.view());
        resetForNextVisitor();
    }

    public boolean isAttractShowing() {
        return attract != null && root.getChildren().contains(attract.view());
    }

    public void setAttract(Attract loop) {
        this.attract = loop;
        Node view = loop.view();
        // the touch that ends the loop is used up here: it must not also press whatever lies beneath
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            e.consume();
            leaveAttract();
        });
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, MouseEvent::consume);
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
    }

    public void showPin() {
        if (pinPrompt == null) {
            pinPrompt = makePin.get();
        }
        if (!root.getChildren().contains(pinPrompt)) {
            pinPrompt.clear();
            root.getChildren().add(pinPrompt);
        }
    }

    void hidePin() {
        if (pinPrompt != null) {
            pinPrompt.clear();
            root.getChildren().remove(pinPrompt);
        }
    }

    private void showAdminMenu() {
        if (adminMenu == null) {
            adminMenu = makeAdminMenu.get();
        }
        root.getChildren().remove(pinPrompt);
        root.getChildren().add(adminMenu);
    }

    void hideOverlays() {
        hidePin();
        if (adminMenu != null) {
            root.getChildren().remove(adminMenu);
        }
    }

    public boolean isAdminMenuShowing() {
        return adminMenu != null && root.getChildren().contains(adminMenu);
    }

    public boolean isPinShowing() {
        return pinPrompt != null && root.getChildren().contains(pinPrompt);
    }

    /** Holding the bar's top-left corner for three seconds opens the PIN pad; a tap does nothing. */
    private void installAdminGesture(TopBar bar) {
        PauseTransition hold = new PauseTransition(ADMIN_HOLD);
        hold.setOnFinished(e -> showPin());
        bar.corner.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> hold.playFromStart());
        bar.corner.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> hold.stop());
        bar.corner.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hold.stop());
    }

    /**
     * The kiosk is closing: the attract loop stops and will not start again, so no timer left
     * in the last pulses can ask the (closing) snapshot session for work. Call on the FX thread
     * before the session closes.
     */
    public void shutdown() {
        shutDown = true;
        preparation.stop();
        if (attract != null) {
            attract.stop();
            root.getChildren().remove(attract.view());
        }
    }

    public boolean isShutDown() {
        return shutDown;
    }
}
