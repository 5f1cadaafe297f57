package org.ecokiosk.snapshot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.ecokiosk.model.SnapshotMeta;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder a kiosk reads from. Published snapshots live beside a one-line {@code current}
 * pointer and a {@code history} list (oldest first). A publish copies the candidate in under a
 * temporary name, verifies and checks that copy, renames it into place, then swaps the pointer
 * by write-fsync-rename: a crash at any moment leaves the pointer naming a complete snapshot,
 * the old one or the new one. Snapshot files are never modified after they are placed, so a
 * kiosk reading one is never disturbed.
 *
 * <p>Publish and rollback hold the store's lock ({@value #LOCK}, an OS file lock) from the
 * first check to the last prune, so two office PCs or admin mode and the command line can never
 * interleave: the second fails at once, changing nothing. Pruning never deletes the file the
 * pointer names. Temporary files of killed runs are removed under the same lock.
 */
public final class SnapshotStore {
    static final String CURRENT = "current";
    static final String HISTORY = "history";
    static final String LOCK = ".publish.lock";
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotStore.class);

    private final Path dir;
    private final Consumer<String> steps;

    public SnapshotStore(Path dir) {
        this(dir, step -> { });
    }

    /** {@code steps} hears every named step of a publish or rollback, for tests that interleave them. */
    SnapshotStore(Path dir, Consumer<String> steps) {
        this.dir = dir;
        this.steps = steps;
    }

    public Path dir() {
        return dir;
    }

    /** The snapshot the pointer names, when there is one and the file exists. */
    public Optional<Path> current() throws IOException {
        return currentName().map(dir::resolve).filter(Files::isRegularFile);
    }

    private Optional<String> currentName() throws IOException {
        Path pointer = dir.resolve(CURRENT);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        String name = Files.readString(pointer, StandardCharsets.UTF_8).trim();
        if (name.isEmpty() || name.contains("/") || name.contains("\\")) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    /** Published file names, oldest first. */
    public List<String> history() throws IOException {
        Path file = dir.resolve(HISTORY);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::trim).filter(s -> !s.isEmpty())
                .toList();
    }

    /**
     * Publishes with the structural checks only ({@link SnapshotVerifier}); staff publishes go
     * through {@link #publish(Path, int, PlacedCheck)} with the content rules.
     */
    public Path publish(Path candidate, int keep) throws SnapshotException, IOException {
        return publish(candidate, keep, PlacedCheck.structureOnly());
    }

    /**
     * Copies {@code candidate} into the store, verifies the copy and runs {@code check} on it,
     * places it and makes it current, keeping the {@code keep} most recent snapshots.
     *
     * @throws LockBusyException another publish or rollback holds the store (nothing changed)
     * @throws SnapshotException the candidate is not a sound, self-contained snapshot
     * @throws E {@code check} refused the content
     */
    public <E extends Exception> Path publish(Path candidate, int keep, PlacedCheck<E> check)
            throws SnapshotException, IOException, E {
        try (ExclusiveLock lock = lock("publish " + candidate.getFileName())) {
            removeStaleTemporariesLocked();
            Optional<String> notAlone = Files.isRegularFile(candidate) ? StandaloneFile.problem(candidate)
                    : Optional.of("there is no such file");
            if (notAlone.isPresent()) {
                throw new SnapshotException("refusing to publish " + candidate + ": " + notAlone.get());
            }
            Path temp = AtomicFiles.siblingTemp(dir.resolve("incoming.sqlite"), ".part");
            try {
                Files.copy(candidate, temp);
                reached("copied");
                SnapshotVerifier.Result verified = SnapshotVerifier.verify(temp);
                if (!verified.ok()) {
                    throw new SnapshotException("refusing to publish " + candidate + ": " + verified.problem());
                }
                reached("verified");
                check.check(temp);
                reached("checked");
                SnapshotMeta meta = verified.meta().orElseThrow();
                String name = "snapshot-" + meta.builtAt().toString().replaceAll("[^0-9TZ]", "") + "-"
                        + meta.contentSha256().substring(0, 12) + ".sqlite";
                Path placed = dir.resolve(name);
                if (sameContent(placed, meta.contentSha256())) {
                    // already placed by an earlier publish: never rewrite a file a kiosk may be reading
                    Files.delete(temp);
                } else {
                    AtomicFiles.readableByAll(temp);
                    AtomicFiles.replace(temp, placed);
                }
                reached("placed");
                List<String> history = new ArrayList<>(history());
                history.remove(name);
                history.add(name);
                // the pointer first: killed before the history is written, a rollback still goes back to
                // the snapshot before this one (history's newest entry), never forward to this one
                AtomicFiles.writeString(dir.resolve(CURRENT), name + "\n");
                reached("current-written");
                AtomicFiles.writeString(dir.resolve(HISTORY), String.join("\n", history) + "\n");
                reached("history-written");
                prune(history, keep);
                reached("pruned");
                return placed;
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Makes the previously published snapshot current again (structural checks only). */
    public Path rollback() throws SnapshotException, IOException {
        return rollback(PlacedCheck.structureOnly());
    }

    /**
     * Makes the newest earlier snapshot that verifies and passes {@code check} current again;
     * earlier snapshots that do not are skipped (and logged).
     */
    public <E extends Exception> Path rollback(PlacedCheck<E> check) throws SnapshotException, IOException, E {
        try (ExclusiveLock lock = lock("rollback")) {
            removeStaleTemporariesLocked();
            List<String> history = new ArrayList<>(history());
            Optional<String> current = currentName();
            current.ifPresent(history::remove);
            E refusedLast = null;
            while (!history.isEmpty()) {
                String previous = history.get(history.size() - 1);
                Path file = dir.resolve(previous);
                SnapshotVerifier.Result verified = Files.isRegularFile(file) ? SnapshotVerifier.verify(file)
                        : SnapshotVerifier.Result.failed("the file is gone");
                reached("rollback-verified");
                if (verified.ok()) {
                    Optional<E> refused = refusal(check, file);
                    if (refused.isEmpty()) {
                        // history first: killed before the pointer moves, the kiosk keeps the newer
                        // snapshot and running rollback again still lands on this one
                        AtomicFiles.writeString(dir.resolve(HISTORY), String.join("\n", history) + "\n");
                        reached("rollback-history-written");
                        AtomicFiles.writeString(dir.resolve(CURRENT), previous + "\n");
                        reached("rollback-current-written");
                        return file;
                    }
                    refusedLast = refused.get();
                    LOG.warn("rollback skips {}: its content breaks the publish rules", previous);
                } else {
                    LOG.warn("rollback skips {}: {}", previous, verified.problem());
                }
                history.remove(history.size() - 1);
            }
            if (refusedLast != null) {
                throw refusedLast;
            }
            throw new SnapshotException("there is no earlier snapshot to roll back to");
        }
    }

    /**
     * Removes what killed publishes and rollbacks left behind ({@code .part} copies, {@code .tmp}
     * pointers); skipped without a word when a publish is running right now.
     */
    public void removeStaleTemporaries() throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (ExclusiveLock lock = lock("tidying up")) {
            removeStaleTemporariesLocked();
        } catch (LockBusyException running) {
            LOG.debug("not tidying {}: {}", dir, running.getMessage());
        }
    }

    private void removeStaleTemporariesLocked() throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                if (StaleFiles.isTemporary(f.getFileName().toString()) && !f.getFileName().toString().equals(LOCK)) {
                    LOG.info("removing {} left by an interrupted publish", f.getFileName());
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /** What {@code check} threw for {@code file}, if it refused it. */
    @SuppressWarnings("unchecked")
    private static <E extends Exception> Optional<E> refusal(PlacedCheck<E> check, Path file)
            throws SnapshotException {
        try {
            check.check(file);
            return Optional.empty();
        } catch (RuntimeException | SnapshotException e) {
            throw e;
        } catch (Exception refused) {
            return Optional.of((E) refused);
        }
    }

    private ExclusiveLock lock(String doing) throws IOException, LockBusyException {
        return ExclusiveLock.acquire(dir.resolve(LOCK), doing, "another publish is running on the snapshot store "
                + dir + ": nothing was changed; try again when it has finished");
    }

    private boolean sameContent(Path placed, String hash) {
        if (!Files.isRegularFile(placed)) {
            return false;
        }
        SnapshotVerifier.Result existing = SnapshotVerifier.verify(placed);
        return existing.ok() && existing.meta().orElseThrow().contentSha256().equals(hash);
    }

    private void prune(List<String> history, int keep) throws IOException {
        // at least the snapshot just made current stays, whatever keep says
        List<String> kept = history.subList(Math.max(0, history.size() - Math.max(1, keep)), history.size());
        Optional<String> current = currentName();
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                boolean isCurrent = current.isPresent() && current.get().equals(n);
                if (n.startsWith("snapshot-") && n.endsWith(".sqlite") && !kept.contains(n) && !isCurrent) {
                    Files.deleteIfExists(f);
                }
            }
        }
        if (kept.size() < history.size()) {
            AtomicFiles.writeString(dir.resolve(HISTORY), String.join("\n", kept) + "\n");
        }
    }

    private void reached(String step) {
        steps.accept(step);
        CrashTestHook.reached(step);
    }
}
