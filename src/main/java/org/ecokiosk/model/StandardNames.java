package org.ecokiosk.model;

/**
 * A standard's code as it is printed: rule-set ids are written without the space ("HJ633-2026",
 * stable keys in snapshots and JSON), while screens and reports print "HJ 633-2026". One rule for
 * the kiosk and the PDFs, so both name a rule set alike.
 */
public final class StandardNames {
    private StandardNames() {
    }

    /** "HJ633-2026" → "HJ 633-2026", "GB3095-2026" → "GB 3095-2026"; an id already spaced is unchanged. */
    public static String printed(String id) {
        return id.replaceFirst("^([A-Z/]+)(\\d)", "$1 $2");
    }
}
