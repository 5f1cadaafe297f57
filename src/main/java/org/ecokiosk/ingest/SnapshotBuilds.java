package org.ecokiosk.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.ecokiosk.ingest.content.ContentLoader;
import org.ecokiosk.ingest.sample.SampleSeries;
import org.ecokiosk.model.SnapshotMeta;
import org.ecokiosk.snapshot.AtomicFiles;
import org.ecokiosk.snapshot.SnapshotContent;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotWriter;
import org.ecokiosk.snapshot.VerifiedSnapshot;

/**
 * Builds snapshot files all-or-nothing: the new file is written beside the target under a
 * temporary name and renamed over it only when everything was read and written.
 */
public final class SnapshotBuilds {
    private SnapshotBuilds() {
    }

    /**
     * Holds {@code target} for one import: a second import into the same file meanwhile — from this
     * PC or another one on a shared folder — fails at once (each would otherwise build on the same
     * base and the last rename would win), and what a killed import left beside it is removed.
     * The lock file lives beside the target ({@link org.ecokiosk.snapshot.ImportLock}).
     */
    public static org.ecokiosk.snapshot.ExclusiveLock lockForImport(Path target) throws IOException, SnapshotException {
        return org.ecokiosk.snapshot.ImportLock.acquire(target);
    }

    /**
     * The file an import builds on: {@code snapshot} itself, or, when it was built by the older
     * schema, an upgraded copy beside it with the same content (and content hash), which the
     * caller deletes when done ({@link #isUpgradedCopy}). Call it while holding the import lock.
     */
    public static Path baseFor(Path snapshot) throws SnapshotException, IOException {
        if (!org.ecokiosk.snapshot.SnapshotUpgrade.needed(snapshot)) {
            return snapshot;
        }
        Path upgraded = AtomicFiles.siblingTemp(snapshot, ".building");
        try {
            org.ecokiosk.snapshot.SnapshotUpgrade.copy(snapshot, upgraded);
            return upgraded;
        } catch (SnapshotException e) {
            Files.deleteIfExists(upgraded);
            throw e;
        }
    }

    /** True when {@link #baseFor} gave a copy rather than the snapshot itself. */
    public static boolean isUpgradedCopy(Path base, Path snapshot) {
        return !base.equals(snapshot);
    }

    /** Work done on a snapshot under construction; any exception abandons the build. */
    public interface WriterWork {
        void writeTo(SnapshotWriter writer) throws ImportFailedException, SnapshotException, IOException;
    }

    /** {@link #fromContent(Path, Path, Instant, LocalDate)} as of today in the district. */
    public static SnapshotMeta fromContent(Path contentDir, Path out, Instant builtAt)
            throws ImportFailedException, SnapshotException, IOException {
        return fromContent(contentDir, out, builtAt, org.ecokiosk.model.DistrictZone.today());
    }

    /**
     * A snapshot of the content/ folder alone (with the sample series when content/ enables it),
     * its dates judged as of {@code today} (from the configured clock).
     */
    public static SnapshotMeta fromContent(Path contentDir, Path out, Instant builtAt, LocalDate today)
            throws ImportFailedException, SnapshotException, IOException {
        return write(Optional.empty(), contentOf(contentDir, today), out, "content:" + contentDir.getFileName(),
                builtAt);
    }

    /** {@link #contentOf(Path, LocalDate)} as of today in the district. */
    public static SnapshotContent contentOf(Path contentDir) throws ImportFailedException {
        return contentOf(contentDir, org.ecokiosk.model.DistrictZone.today());
    }

    /** What content/ puts in a snapshot: the loaded files (dates judged as of {@code today}) plus, if enabled, the sample series. */
    public static SnapshotContent contentOf(Path contentDir, LocalDate today) throws ImportFailedException {
        return SampleSeries.addIfEnabled(contentDir, ContentLoader.load(contentDir, today));
    }

    /**
     * Writes {@code base} (when there is one, verified by the caller) plus {@code addition} to
     * {@code out}. When {@code out} is {@code base}'s file, it is replaced only on success.
     */
    public static SnapshotMeta write(Optional<VerifiedSnapshot> base, SnapshotContent addition, Path out, String source,
                                     Instant builtAt)
            throws SnapshotException, IOException {
        try {
            return build(base, addition, out, source, builtAt, writer -> { });
        } catch (ImportFailedException impossible) {
            throw new IllegalStateException("no work, no input problems", impossible);
        }
    }

    /**
     * Starts from {@code base} (verified by the caller; or an empty snapshot), appends {@code first}, lets {@code work}
     * stream more into the writer, then finishes and renames over {@code out}. If anything
     * throws, the temporary file is deleted and {@code out} is left exactly as it was.
     */
    public static SnapshotMeta build(Optional<VerifiedSnapshot> base, SnapshotContent first, Path out, String source,
                                     Instant builtAt, WriterWork work)
            throws ImportFailedException, SnapshotException, IOException {
        Path temp = AtomicFiles.siblingTemp(out, ".building");
        try (SnapshotWriter writer = base.isEmpty() ? SnapshotWriter.createNew(temp)
                : SnapshotWriter.startFrom(base.get(), temp)) {
            writer.append(first);
            work.writeTo(writer);
            SnapshotMeta meta = writer.finish(source, builtAt);
            AtomicFiles.replace(temp, out);
            return meta;
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
