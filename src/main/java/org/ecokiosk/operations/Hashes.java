package org.ecokiosk.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.ecokiosk.snapshot.SnapshotVerifier;

/** Content SHA-256 of a snapshot for the audit log: "" when there is none or it does not verify. */
final class Hashes {
    private Hashes() {
    }

    static String of(Path snapshot) {
        return Files.isRegularFile(snapshot) ? of(Optional.of(snapshot)) : "";
    }

    static String of(Optional<Path> snapshot) {
        return snapshot.flatMap(p -> SnapshotVerifier.verify(p).meta()).map(m -> m.contentSha256()).orElse("");
    }
}
