package org.ecokiosk.snapshot;

/** A snapshot could not be read, written or trusted; the message says why in plain words. */
public class SnapshotException extends Exception {
    public SnapshotException(String message) {
        super(message);
    }

    public SnapshotException(String message, Throwable cause) {
        super(message, cause);
    }
}
