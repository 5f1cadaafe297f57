package org.ecokiosk.kiosk.shell;

import javafx.stage.Stage;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.kiosk.session.SnapshotSession;

/**
 * The admin package plugs its mode into the kiosk through this service (java.util.ServiceLoader,
 * META-INF/services): the kiosk may not depend on admin (DESIGN.md), yet admin mode opens
 * from the kiosk's PIN pad. Without a provider on the class path the menu offers only exit.
 */
public interface AdminModeProvider {

    /** What admin mode gets from the kiosk. {@code backToKiosk} restores the kiosk, reset for the next visitor. */
    record Context(Stage stage, KioskConfig config, SnapshotSession session, Runnable backToKiosk) {
    }

    AdminEntry create(Context context);
}
