package org.ecokiosk.cli;

/**
 * The jar's entry point. Deliberately not a JavaFX Application: launching an Application
 * subclass from the classpath fails with "JavaFX runtime components are missing".
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // before any command can start JavaFX: no GPU, no es2 probe loading Mesa/LLVM for nothing
        RenderingPipeline.applyToThisJvm();
        int code = EcoKioskCommand.execute(args);
        if (code != ExitCodes.OK || args.length > 0) {
            System.exit(code);
        }
    }
}
