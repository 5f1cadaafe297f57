package org.ecokiosk.operations;

import java.nio.file.Path;
import java.util.Optional;

/** What a publish or rollback changed: the current snapshot's file and content hash before and after. */
public record SnapshotSwitch(Optional<Path> from, String hashBefore, Path to, String hashAfter) {
}
