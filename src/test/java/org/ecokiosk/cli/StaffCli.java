package org.ecokiosk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;

/** Runs the command line in-process for the staff-workflow tests and keeps what it printed. */
final class StaffCli {
    record Run(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private StaffCli() {
    }

    static Run run(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] text = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int code = EcoKioskCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), text);
        return new Run(code, out.toString(), err.toString());
    }
}
