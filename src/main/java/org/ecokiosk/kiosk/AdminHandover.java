package org.ecokiosk.kiosk;

import javafx.scene.Scene;

/**
 * How the kiosk hands its window to admin mode once the PIN is right. The kiosk may not depend
 * on admin (DESIGN.md), so the composition root passes admin mode in as this. Admin mode shows
 * itself in {@code scene} and calls {@code backToKiosk} when it ends; the kiosk then takes the
 * scene back, resets it for the next visitor and restarts its idle loop.
 */
@FunctionalInterface
public interface AdminHandover {
    void enter(Scene scene, Runnable backToKiosk);
}
