package org.ecokiosk.cli;

/** Something the user gave is wrong (a missing file, a bad value); exit code 1 with this message. */
public final class InvalidInputException extends Exception {
    public InvalidInputException(String message) {
        super(message);
    }
}
