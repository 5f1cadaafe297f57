package org.ecokiosk.admin;

import org.ecokiosk.kiosk.KioskAssembly;
import org.ecokiosk.kiosk.session.SnapshotSession;

/**
 * Builds the kiosk residents will see on {@code session}, for the preview window. The
 * composition root supplies it, so a preview is wired exactly as the kiosk is (minus admin mode
 * and the store watcher: a preview stays on what it was opened on).
 */
@FunctionalInterface
public interface PreviewKiosk {
    KioskAssembly build(SnapshotSession session, Runnable onExit);
}
