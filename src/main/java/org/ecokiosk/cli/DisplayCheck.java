package org.ecokiosk.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a JavaFX window can open here. On Linux JavaFX needs an X display (under Wayland, the
 * compositor's Xwayland); without one it dies inside the toolkit with two stack traces. The kiosk
 * and admin mode ask first and, with no display, say so in one line. The headless test platform
 * (Monocle) needs none.
 */
final class DisplayCheck {
    static final String NO_DISPLAY = "eco-kiosk: no display — the kiosk needs a screen and DISPLAY is not set. "
            + "Run it in a graphical session, or without a screen: "
            + "xvfb-run -a -s \"-screen 0 1920x1080x24\" mvn javafx:run (apt-get install xvfb xauth libgtk-3-0). "
            + "Commands such as 'snapshot verify', 'report' and 'doctor' need no display.";

    /** Set by the pom's javafx:run: that plugin prints a stack trace of its own for any non-zero exit. */
    static final String MAVEN_LAUNCH_PROPERTY = "ecokiosk.launcher";

    private DisplayCheck() {
    }

    /**
     * Prints the one line and returns the exit code when no window can open here: 1, or 0 under
     * {@code mvn javafx:run}, where the line is the answer and a failure would add a stack trace.
     */
    static Optional<Integer> refuse() {
        Optional<String> problem = problem(System.getProperty("os.name", ""), System.getProperty("glass.platform", ""),
                System.getenv());
        problem.ifPresent(line -> new PrintWriter(System.err, true, StandardCharsets.UTF_8).println(line));
        boolean underMaven = "javafx-maven-plugin".equals(System.getProperty(MAVEN_LAUNCH_PROPERTY));
        return problem.map(line -> underMaven ? ExitCodes.OK : ExitCodes.INVALID_INPUT);
    }

    static Optional<String> problem(String osName, String glassPlatform, Map<String, String> env) {
        boolean usesX11 = !osName.startsWith("Windows") && !osName.startsWith("Mac");
        boolean headlessToolkit = glassPlatform.equalsIgnoreCase("Monocle");
        if (!usesX11 || headlessToolkit || !env.getOrDefault("DISPLAY", "").isBlank()) {
            return Optional.empty();
        }
        return Optional.of(NO_DISPLAY);
    }
}
