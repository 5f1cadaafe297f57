package org.ecokiosk.fleet;

import java.util.List;

/**
 * Something in the fleet chain cannot be trusted or reached; the message says what, in plain
 * words, and {@link #details()} lists the individual problems when there are several (the
 * publish checks' findings).
 */
public class FleetException extends Exception {
    private final List<String> details;

    public FleetException(String message) {
        this(message, List.of());
    }

    public FleetException(String message, List<String> details) {
        super(message);
        this.details = List.copyOf(details);
    }

    public FleetException(String message, Throwable cause) {
        super(message, cause);
        this.details = List.of();
    }

    public List<String> details() {
        return details;
    }
}
