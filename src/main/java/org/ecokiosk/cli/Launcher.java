package org.ecokiosk.cli;

/**
 * The jar's entry point. Deliberately not a JavaFX Application: launching an Application
 * subclass from the classpath fails with "JavaFX runtime components are missing".
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        int code = EcoKioskCommand.execute(args);
        if (code != ExitCodes.OK || args.length > 0) {
            System.exit(code);
        }
    }
}
