package org.ecokiosk.cli;

/** Exit codes every command keeps (DESIGN.md): scripts and staff depend on them. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int INVALID_INPUT = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;
    /** The computer stopped the work, not the input: disk full, folder read-only, out of memory. Nothing changed. */
    public static final int ENVIRONMENT = 4;

    private ExitCodes() {
    }
}
