package org.ecokiosk.cli;

import java.io.PrintWriter;

/** Lets tests in other packages run the command line in process and see its exit code. */
public final class CliAccess {
    private CliAccess() {
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        int exit = EcoKioskCommand.execute(out, err, args);
        out.flush();
        err.flush();
        return exit;
    }
}
