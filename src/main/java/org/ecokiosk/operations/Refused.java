package org.ecokiosk.operations;

/**
 * A request staff or officers made that cannot be done as asked — nothing to publish, no
 * snapshot to report on, a PIN of the wrong form. Nothing changed; the message says why.
 */
public final class Refused extends Exception {
    public Refused(String message) {
        super(message);
    }
}
