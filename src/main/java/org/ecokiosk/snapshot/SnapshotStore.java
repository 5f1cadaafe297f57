package org.ecokiosk.snapshot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.model.SnapshotMeta;

/**
 * The folder a kiosk reads from. Published snapshots live beside a one-line {@code current}
 * pointer and a {@code history} list (oldest first). A publish copies the verified file in
 * under a new name, then swaps the pointer by write-fsync-rename: a crash at any moment leaves
 * the pointer naming a complete snapshot, the old one or the new one. Snapshot files are never
 * modified after they are placed, so a kiosk reading one is never disturbed.
 */
public final class SnapshotStore {
    static final String CURRENT = "current";
    static final String HISTORY = "history";

    private final Path dir;

    public SnapshotStore(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** The snapshot the pointer names, when there is one and the file exists. */
    public Optional<Path> current() throws IOException {
        Path pointer = dir.resolve(CURRENT);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        String name = Files.readString(pointer, StandardCharsets.UTF_8).trim();
        if (name.isEmpty() || name.contains("/") || name.contains("\\")) {
            return Optional.empty();
        }
        Path file = dir.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
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
     * Verifies {@code candidate}, places a copy in the store and makes it current, keeping the
     * {@code keep} most recent snapshots for rollback.
     */
    public Path publish(Path candidate, int keep) throws SnapshotException, IOException {
        SnapshotVerifier.Result check = SnapshotVerifier.verify(candidate);
        if (!check.ok()) {
            throw new SnapshotException("refusing to publish " + candidate + ": " + check.problem());
        }
        SnapshotMeta meta = check.meta().orElseThrow();
        CrashTestHook.reached("verified");
        Files.createDirectories(dir);
        String name = "snapshot-" + meta.builtAt().toString().replaceAll("[^0-9TZ]", "") + "-"
                + meta.contentSha256().substring(0, 12) + ".sqlite";
        Path placed = dir.resolve(name);
        if (!Files.exists(placed)) {
            Path temp = AtomicFiles.siblingTemp(placed, ".part");
            try {
                Files.copy(candidate, temp, StandardCopyOption.COPY_ATTRIBUTES);
                CrashTestHook.reached("copied");
                AtomicFiles.replace(temp, placed);
                CrashTestHook.reached("placed");
            } finally {
                Files.deleteIfExists(temp);
            }
        }
        List<String> history = new ArrayList<>(history());
        history.remove(name);
        history.add(name);
        // the pointer first: killed before the history is written, a rollback still goes back to
        // the snapshot before this one (history's newest entry), never forward to this one
        AtomicFiles.writeString(dir.resolve(CURRENT), name + "\n");
        CrashTestHook.reached("current-written");
        AtomicFiles.writeString(dir.resolve(HISTORY), String.join("\n", history) + "\n");
        CrashTestHook.reached("history-written");
        prune(history, keep);
        CrashTestHook.reached("pruned");
        return placed;
    }

    /** Makes the previously published snapshot current again. */
    public Path rollback() throws SnapshotException, IOException {
        List<String> history = new ArrayList<>(history());
        Optional<Path> current = current();
        if (current.isPresent()) {
            history.remove(current.get().getFileName().toString());
        }
        while (!history.isEmpty()) {
            String previous = history.get(history.size() - 1);
            Path file = dir.resolve(previous);
            if (Files.isRegularFile(file) && SnapshotVerifier.verify(file).ok()) {
                // history first: killed before the pointer moves, the kiosk keeps the newer
                // snapshot and running rollback again still lands on this one
                AtomicFiles.writeString(dir.resolve(HISTORY), String.join("\n", history) + "\n");
                CrashTestHook.reached("rollback-history-written");
                AtomicFiles.writeString(dir.resolve(CURRENT), previous + "\n");
                return file;
            }
            history.remove(history.size() - 1);
        }
        throw new SnapshotException("there is no earlier snapshot to roll back to");
    }

    private void prune(List<String> history, int keep) throws IOException {
        List<String> kept = history.subList(Math.max(0, history.size() - keep), history.size());
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                if (n.startsWith("snapshot-") && n.endsWith(".sqlite") && !kept.contains(n)) {
                    Files.deleteIfExists(f);
                }
            }
        }
        if (kept.size() < history.size()) {
            AtomicFiles.writeString(dir.resolve(HISTORY), String.join("\n", kept) + "\n");
        }
    }
}
