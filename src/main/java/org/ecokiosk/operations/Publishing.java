package org.ecokiosk.operations;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecokiosk.ingest.ImportFailedException;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.ingest.imports.PublishChecks;
import org.ecokiosk.model.audit.AuditAction;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.snapshot.SnapshotStore;

/**
 * Publish and rollback as staff do them, from the command line or admin mode: the store's copy
 * of the candidate is verified (integrity, schema, content SHA-256) and the full content rules
 * run on it before the pointer moves, all under the store's lock (the store's own publish and
 * rollback are the atomic steps). Each publish or rollback — done, refused or failed — is one
 * audit entry.
 */
public final class Publishing {
    private final AuditTrail trail;

    public Publishing(AuditTrail trail) {
        this.trail = trail;
    }

    /**
     * @throws SnapshotException the candidate does not verify (message says why)
     * @throws ImportFailedException the candidate's content breaks the import checks
     */
    public SnapshotSwitch publish(SnapshotStore store, Path candidate, int keep)
            throws SnapshotException, ImportFailedException, IOException {
        return publish(store, candidate, keep, "");
    }

    /** The time a snapshot built for {@link #publishFirst} is stamped with (the trail's clock). */
    public java.time.Instant now() {
        return trail.clock().instant();
    }

    /** The first start of a kiosk with an empty store: {@code built} was just made from content/. */
    public SnapshotSwitch publishFirst(SnapshotStore store, Path built, int keep)
            throws SnapshotException, ImportFailedException, IOException {
        return publish(store, built, keep, "first start: built from the content folder; ");
    }

    /**
     * A kiosk whose new software reads a newer schema than its store's current snapshot: {@code
     * upgraded} is that snapshot's upgraded copy (same content, same content hash), published with
     * the same checks as any other so the kiosk keeps showing the office's data after an upgrade.
     */
    public SnapshotSwitch publishUpgraded(SnapshotStore store, Path upgraded, int keep)
            throws SnapshotException, ImportFailedException, IOException {
        return publish(store, upgraded, keep, "software upgrade: the current snapshot rewritten in the new schema; ");
    }

    private SnapshotSwitch publish(SnapshotStore store, Path candidate, int keep, String why)
            throws SnapshotException, ImportFailedException, IOException {
        AuditFacts facts = AuditFacts.none().files(List.of(candidate.toString()));
        SnapshotSwitch done;
        try {
            done = checkedPublish(store, candidate, keep, today());
        } catch (SnapshotException | ImportFailedException | IOException | RuntimeException e) {
            trail.failed(AuditAction.PUBLISH, facts.detail(why + "store " + store.dir()), e);
            throw e;
        }
        trail.ok(AuditAction.PUBLISH, facts.counts(Map.of("keep", keep)).hashes(done.hashBefore(), done.hashAfter())
                .detail(why + "store " + store.dir() + ", current " + done.to().getFileName()));
        return done;
    }

    /**
     * Under the store's lock the store copies the candidate in, verifies the copy, and the full
     * content rules ({@link PublishChecks}) run on that copy before the pointer moves, so what
     * was checked is exactly what kiosks open.
     */
    /** Today by the trail's clock (the configured zone): what the content rules date against. */
    private java.time.LocalDate today() {
        return java.time.LocalDate.now(trail.clock());
    }

    private static SnapshotSwitch checkedPublish(SnapshotStore store, Path candidate, int keep, java.time.LocalDate today)
            throws SnapshotException, ImportFailedException, IOException {
        Optional<Path> previous = store.current();
        String before = Hashes.of(previous);
        String shown = candidate.getFileName().toString();
        Path placed = store.publish(candidate, keep, copy -> refuseBadContent(copy, shown, today));
        return new SnapshotSwitch(previous, before, placed, metaHash(placed));
    }

    private static void refuseBadContent(Path copy, String shownAs, java.time.LocalDate today)
            throws ImportFailedException, SnapshotException {
        List<Problem> problems = PublishChecks.check(copy, shownAs, today);
        if (!problems.isEmpty()) {
            throw new ImportFailedException(problems);
        }
    }

    private static String metaHash(Path placed) throws SnapshotException {
        try (SnapshotReader reader = SnapshotReader.open(placed)) {
            return reader.meta().contentSha256();
        }
    }

    /**
     * @throws SnapshotException there is no earlier snapshot to go back to (that verifies and
     *         passes the content rules), or another publish is running
     */
    public SnapshotSwitch rollback(SnapshotStore store) throws SnapshotException, IOException {
        Optional<Path> from = store.current();
        String before = Hashes.of(from);
        Path to;
        try {
            to = rollbackChecked(store, today());
        } catch (SnapshotException | IOException | RuntimeException e) {
            trail.failed(AuditAction.ROLLBACK, AuditFacts.none().hashes(before, before).detail("store " + store.dir()), e);
            throw e;
        }
        SnapshotSwitch done = new SnapshotSwitch(from, before, to, metaHash(to));
        trail.ok(AuditAction.ROLLBACK, AuditFacts.none().hashes(done.hashBefore(), done.hashAfter())
                .detail("store " + store.dir() + ", current " + to.getFileName()));
        return done;
    }

    private static Path rollbackChecked(SnapshotStore store, java.time.LocalDate today)
            throws SnapshotException, IOException {
        try {
            return store.rollback(copy -> refuseBadContent(copy, copy.getFileName().toString(), today));
        } catch (ImportFailedException refused) {
            throw new SnapshotException("no earlier snapshot passes the publish checks; nothing was changed. "
                    + "The newest earlier one: " + refused.getMessage());
        }
    }
}
