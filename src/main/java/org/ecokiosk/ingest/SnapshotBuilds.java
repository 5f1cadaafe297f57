package org.ecokiosk.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.ecokiosk.ingest.content.ContentLoader;
import org.ecokiosk.model.SnapshotMeta;
import org.ecokiosk.snapshot.AtomicFiles;
import org.ecokiosk.snapshot.SnapshotContent;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotWriter;

/**
 * Builds snapshot files all-or-nothing: the new file is written beside the target under a
 * temporary name and renamed over it only when everything was read and written.
 */
public final class SnapshotBuilds {
    private SnapshotBuilds() {
    }

    /** A snapshot of the content/ folder alone. */
    public static SnapshotMeta fromContent(Path contentDir, Path out, Instant builtAt)
            throws ImportFailedException, SnapshotException, IOException {
        SnapshotContent content = ContentLoader.load(contentDir);
        return write(null, content, out, "content:" + contentDir.getFileName(), builtAt);
    }

    /**
     * Writes {@code base} (or nothing when null) plus {@code addition} to {@code out}. When
     * {@code out} equals {@code base}, {@code base} is replaced only on success.
     */
    public static SnapshotMeta write(Path base, SnapshotContent addition, Path out, String source, Instant builtAt)
            throws SnapshotException, IOException {
        Path temp = AtomicFiles.siblingTemp(out, ".building");
        try (SnapshotWriter writer = base == null ? SnapshotWriter.createNew(temp) : SnapshotWriter.startFrom(base, temp)) {
            writer.append(addition);
            SnapshotMeta meta = writer.finish(source, builtAt);
            AtomicFiles.replace(temp, out);
            return meta;
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
