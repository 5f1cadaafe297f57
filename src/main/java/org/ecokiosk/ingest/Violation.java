package org.ecokiosk.ingest;

/**
 * A broken content rule, before it is known where it happened: an import turns it into a
 * problem at file:line:column, a publish check into one at table#key.
 */
public record Violation(String field, String messageZh, String messageEn) {
}
