package org.ecokiosk.cli;

/** Exit codes every command keeps (DESIGN.md): scripts and staff depend on them. */
final class ExitCodes {
    static final int OK = 0;
    static final int INVALID_INPUT = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
