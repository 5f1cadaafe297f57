package org.ecokiosk.ingest.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.ingest.ImportFailedException;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.snapshot.SnapshotStore;
import org.ecokiosk.snapshot.SnapshotVerifier;

/**
 * Publish and rollback as staff do them, from the command line or admin mode: the store's copy
 * of the candidate is verified (integrity, schema, content SHA-256) and the full content rules
 * run on it before the store's pointer moves, all under the store's lock. Results carry the content hashes the audit log needs.
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
     * Publishes {@code candidate} under the store's lock: the store copies it in, verifies the
     * copy, and the full content rules ({@link PublishChecks}) run on that copy before the pointer
     * moves, so what was checked is exactly what kiosks open.
     *
     * @throws SnapshotException the candidate does not verify, or another publish is running
     * @throws ImportFailedException the candidate's content breaks the import rules
     */
    public Switch publish(Path candidate, int keep) throws SnapshotException, ImportFailedException, IOException {
        Optional<Path> previous = store.current();
        String before = hashOf(previous);
        String shown = candidate.getFileName().toString();
        Path placed = store.publish(candidate, keep, copy -> refuseBadContent(copy, shown));
        return new Switch(previous, before, placed, metaHash(placed));
    }

    /**
     * @throws SnapshotException there is no earlier snapshot to go back to (that verifies and
     *         passes the content rules), or another publish is running
     */
    public Switch rollback() throws SnapshotException, IOException {
        Optional<Path> from = store.current();
        String before = hashOf(from);
        Path to;
        try {
            to = store.rollback(copy -> refuseBadContent(copy, copy.getFileName().toString()));
        } catch (ImportFailedException refused) {
            throw new SnapshotException("no earlier snapshot passes the publish checks; nothing was changed. "
                    + "The newest earlier one: " + refused.getMessage());
        }
        return new Switch(from, before, to, metaHash(to));
    }

    private static void refuseBadContent(Path copy, String shownAs) throws ImportFailedException, SnapshotException {
        List<Problem> problems = PublishChecks.check(copy, shownAs);
        if (!problems.isEmpty()) {
            throw new ImportFailedException(problems);
        }
    }

    private static String metaHash(Path placed) throws SnapshotException {
        try (SnapshotReader reader = SnapshotReader.open(placed)) {
            return reader.meta().contentSha256();
        }
    }

    /** The current snapshot's content hash, "" when there is none (or it does not verify). */
    public String currentHash() throws IOException {
        return hashOf(store.current());
    }

    private static String hashOf(Optional<Path> snapshot) {
        return snapshot.flatMap(p -> SnapshotVerifier.verify(p).meta()).map(m -> m.contentSha256()).orElse("");
    }
}
