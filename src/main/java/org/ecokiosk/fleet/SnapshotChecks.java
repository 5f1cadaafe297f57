package org.ecokiosk.fleet;

import java.nio.file.Path;
import java.util.List;

/**
 * The content checks a snapshot must pass before it is published or swapped in, beyond
 * {@code snapshot verify}. Their one home is the publish checks of the import code; the
 * composition root hands them in, so the fleet never keeps a copy of its own.
 */
@FunctionalInterface
public interface SnapshotChecks {
    /** Every problem found, one line each in plain words; empty when the snapshot may be published. */
    List<String> problems(Path snapshot) throws Exception;
}
