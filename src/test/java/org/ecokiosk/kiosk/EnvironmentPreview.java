package org.ecokiosk.kiosk;

import java.util.ArrayList;
import java.util.List;
import org.ecokiosk.cli.Launcher;

/**
 * Starts the kiosk as residents see it on any snapshot, for looking at screens: the arguments
 * of {@code eco-kiosk kiosk} (e.g. {@code --snapshot F --windowed}), through the real command line.
 */
public final class EnvironmentPreview {
    private EnvironmentPreview() {
    }

    public static void main(String[] args) {
        List<String> all = new ArrayList<>(List.of("kiosk"));
        all.addAll(List.of(args));
        Launcher.main(all.toArray(String[]::new));
    }
}
