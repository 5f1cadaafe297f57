package org.ecokiosk.ingest.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.ingest.ImportFailedException;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotStore;
import org.ecokiosk.snapshot.SnapshotVerifier;

/**
 * Publish and rollback as staff do them, from the command line or admin mode: the candidate is
 * verified (integrity, schema, content SHA-256) and the import checks run again before the
 * store's pointer moves. Results carry the content hashes the audit log needs.
 */
public final class Publisher {
    private final SnapshotStore store;

    public Publisher(SnapshotStore store) {
        this.store = store;
    }

    /** What a publish or rollback changed: the current snapshot's file and content hash before and after. */
    public record Switch(Optional<Path> from, String hashBefore, Path to, String hashAfter) {
    }

    /**
     * @throws SnapshotException the candidate does not verify (message says why)
     * @throws ImportFailedException the candidate's content breaks the import checks
     */
    public Switch publish(Path candidate, int keep) throws SnapshotException, ImportFailedException, IOException {
        SnapshotVerifier.Result check = SnapshotVerifier.verify(candidate);
        if (!check.ok()) {
            throw new SnapshotException("cannot publish " + candidate + ": " + check.problem());
        }
        List<Problem> problems = PublishChecks.check(candidate);
        if (!problems.isEmpty()) {
            throw new ImportFailedException(problems);
        }
        Optional<Path> previous = store.current();
        String before = hashOf(previous);
        Path placed = store.publish(candidate, keep);
        return new Switch(previous, before, placed, check.meta().orElseThrow().contentSha256());
    }

    /** @throws SnapshotException there is no earlier snapshot to go back to */
    public Switch rollback() throws SnapshotException, IOException {
        Optional<Path> from = store.current();
        String before = hashOf(from);
        Path to = store.rollback();
        return new Switch(from, before, to, hashOf(Optional.of(to)));
    }

    /** The current snapshot's content hash, "" when there is none (or it does not verify). */
    public String currentHash() throws IOException {
        return hashOf(store.current());
    }

    private static String hashOf(Optional<Path> snapshot) {
        return snapshot.flatMap(p -> SnapshotVerifier.verify(p).meta()).map(m -> m.contentSha256()).orElse("");
    }
}
