package org.ecokiosk.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a snapshot says about itself. {@code dataAsOf} is the newest date of any figure in it,
 * shown to residents as "data as of"; {@code containsSample} is true when any figure is sample data.
 */
public record SnapshotMeta(int schemaVersion, Instant builtAt, String source, String contentSha256,
                           boolean containsSample, LocalDate dataAsOf) {
}
