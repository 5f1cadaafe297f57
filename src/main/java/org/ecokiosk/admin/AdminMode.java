package org.ecokiosk.admin;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.scene.Scene;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.shell.AdminEntry;
import org.ecokiosk.kiosk.shell.AdminModeProvider;
import org.ecokiosk.model.Language;

/**
 * Admin mode inside the kiosk (found by the kiosk through META-INF/services): after the PIN,
 * the kiosk's window shows the admin view in place of the kiosk, until "back to kiosk" or the
 * admin idle time — then the kiosk returns, reset for the next visitor.
 */
public final class AdminMode implements AdminModeProvider {
    /** Where reports go when the kiosk runs from its folder, as with {@code eco-kiosk report}. */
    static final Path DEFAULT_REPORTS = Path.of("reports");

    private final Path reportsDir;
    private final Clock clock;
    private final Background work = new Background();

    /** For ServiceLoader. */
    public AdminMode() {
        this(DEFAULT_REPORTS, Clock.systemDefaultZone());
    }

    public AdminMode(Path reportsDir, Clock clock) {
        this.reportsDir = reportsDir;
        this.clock = clock;
    }

    @Override
    public AdminEntry create(Context context) {
        return () -> enter(context);
    }

    private void enter(Context context) {
        Optional<Path> shown = Optional.ofNullable(context.session()).map(s -> s.fileProperty().get());
        AdminActions actions = new AdminActions(context.config(), reportsDir, shown, clock);
        Messages messages = new Messages();
        messages.languageProperty().set(Language.fromCode(context.config().defaultLanguage()));
        AdminSession[] session = new AdminSession[1];
        AdminView view = new AdminView(actions, messages, work, context.config(), "admin.back",
                () -> session[0].end("back to kiosk"));
        session[0] = new AdminSession(actions, work, context.config().adminIdleMinutes(), context.backToKiosk(),
                () -> { });
        Scene scene = context.stage().getScene();
        addStylesheet(scene);
        scene.setRoot(view.root());
        session[0].start(view.root(), "kiosk");
    }

    static void addStylesheet(Scene scene) {
        String css = AdminMode.class.getResource(AdminView.STYLESHEET).toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
    }
}
