package org.ecokiosk.cli;

import java.io.PrintWriter;
import org.ecokiosk.fleet.FleetException;

/** How the fleet commands say no: the reason in plain words, each problem on its own line, exit 1. */
final class FleetFailure {
    private FleetFailure() {
    }

    static int report(PrintWriter err, FleetException e) {
        err.println("error: " + e.getMessage());
        for (String detail : e.details()) {
            err.println("  " + detail);
        }
        return ExitCodes.INVALID_INPUT;
    }
}
