package org.ecokiosk.operations;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What an import did: rows read from the files, how many replaced a row with the same key,
 * and the snapshot's content hash before (empty when it was first built from content/) and after.
 */
public record ImportResult(String kind, Path snapshot, List<Path> files, int rows, int replaced,
                           Optional<String> hashBefore, String hashAfter) {
    public ImportResult {
        files = List.copyOf(files);
    }

    public int added() {
        return rows - replaced;
    }
}
