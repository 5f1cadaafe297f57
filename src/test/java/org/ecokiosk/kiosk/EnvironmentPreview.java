package org.ecokiosk.kiosk;

import javafx.application.Application;

/** Starts the kiosk as residents see it (full screen unless --windowed) on any snapshot, for looking at screens. */
public final class EnvironmentPreview {
    private EnvironmentPreview() {
    }

    public static void main(String[] args) {
        Application.launch(KioskApp.class, args);
    }
}
