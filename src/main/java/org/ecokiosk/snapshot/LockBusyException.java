package org.ecokiosk.snapshot;

/** Someone else holds the lock (another publish, rollback or import): nothing was changed. */
public final class LockBusyException extends SnapshotException {
    public LockBusyException(String message) {
        super(message);
    }
}
