package org.ecokiosk.ingest.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What an import did: rows read from the files, how many replaced a row with the same key,
 * and the snapshot's content hash before (empty when it was first built from content/) and after.
 */
public record ImportOutcome(ImportKind kind, List<Path> files, Path snapshot, int rows, int replaced,
                            Optional<String> hashBefore, String hashAfter) {
    public ImportOutcome {
        files = List.copyOf(files);
    }

    public int added() {
        return rows - replaced;
    }
}
