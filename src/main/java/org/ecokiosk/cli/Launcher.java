package org.ecokiosk.cli;

import java.util.List;
import org.ecokiosk.kiosk.KioskApp;

/**
 * The jar's entry point. Deliberately not a JavaFX Application: launching an Application
 * subclass from the classpath fails with "JavaFX runtime components are missing".
 */
public final class Launcher {
    private static final List<String> NO_WINDOW_FLAGS = List.of("-h", "--help", "-V", "--version");

    private Launcher() {
    }

    public static void main(String[] args) {
        // before any command can start JavaFX: no GPU, no es2 probe loading Mesa/LLVM for nothing
        RenderingPipeline.applyToThisJvm();
        boolean early = startsKioskWindow(args, System.getProperty("os.name", ""), System.getProperty("glass.platform", ""),
                System.getenv());
        if (early) {
            // the toolkit starts (and the fonts are read) while the command line is read below
            KioskApp.startEarly();
        }
        int code;
        try {
            code = EcoKioskCommand.execute(args);
        } finally {
            if (early) {
                KioskApp.abandonEarlyStart();
            }
        }
        if (code != ExitCodes.OK || args.length > 0) {
            System.exit(code);
        }
    }

    /**
     * The kiosk, the command a kiosk's autostart runs (with no arguments or {@code kiosk ...}), on
     * Linux with a display there: only then may the toolkit start before the command line is read.
     * Help and version show no window; without a display the command says so in one line
     * ({@link DisplayCheck}) instead of the toolkit's stack traces.
     */
    static boolean startsKioskWindow(String[] args, String osName, String glassPlatform, java.util.Map<String, String> env) {
        boolean kiosk = args.length == 0 || "kiosk".equals(args[0]);
        boolean noWindow = List.of(args).stream().anyMatch(NO_WINDOW_FLAGS::contains);
        return kiosk && !noWindow && osName.startsWith("Linux") && DisplayCheck.problem(osName, glassPlatform, env).isEmpty();
    }
}
