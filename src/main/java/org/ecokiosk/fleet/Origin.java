package org.ecokiosk.fleet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.model.SnapshotMeta;
import org.ecokiosk.snapshot.AtomicFiles;
import org.ecokiosk.snapshot.SnapshotVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder the district's web server serves to the kiosks: {@code snapshots/<content-sha256>.sqlite}
 * and {@code manifest.json}. A snapshot file is placed (and never changed) before the manifest
 * that names it is renamed into place, so a kiosk never sees a manifest whose snapshot is missing.
 * After a publish the origin is pruned: the snapshot the manifest names stays, and so do the
 * {@code keepPrevious} most recently published before it (a kiosk may be half-way through
 * downloading one); older snapshot files are removed.
 */
public final class Origin {
    public static final String MANIFEST = "manifest.json";
    private static final Logger LOG = LoggerFactory.getLogger(Origin.class);
    private static final java.util.regex.Pattern SNAPSHOT_FILE = java.util.regex.Pattern.compile("[0-9a-f]{64}\\.sqlite");

    private final Path dir;
    private final Clock clock;

    public Origin(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    public Path dir() {
        return dir;
    }

    public Path manifestFile() {
        return dir.resolve(MANIFEST);
    }

    /**
     * What publish wrote; {@code alertNote} when an earlier alert could not be carried over;
     * {@code removed}: the old snapshot files pruned.
     */
    public record Published(Manifest manifest, Path snapshot, Optional<String> alertNote, List<Path> removed) {
    }

    /**
     * Checks {@code snapshot} (verify, then the publish checks), places it and signs a manifest
     * naming it. An alert of the current manifest is carried over when its signature checks
     * against {@code publicKey} (the key beside the private key, as keygen writes them).
     */
    public Published publish(Path snapshot, PrivateKey key, Optional<PublicKey> publicKey, SnapshotChecks checks)
            throws FleetException, IOException {
        return publish(snapshot, key, publicKey, checks, org.ecokiosk.config.FleetOffice.DEFAULT_KEEP_PREVIOUS);
    }

    /** As above, keeping {@code keepPrevious} earlier snapshots on the origin (fleet.origin.keep). */
    public Published publish(Path snapshot, PrivateKey key, Optional<PublicKey> publicKey, SnapshotChecks checks,
                             int keepPrevious) throws FleetException, IOException {
        if (keepPrevious < 0) {
            throw new IllegalArgumentException("keepPrevious must not be negative");
        }
        SnapshotMeta meta = verified(snapshot, checks);
        Path target = dir.resolve(Manifest.pathFor(meta.contentSha256()));
        if (!Files.isRegularFile(target) || !SnapshotVerifier.verify(target).ok()) {
            Path temp = AtomicFiles.siblingTemp(target, ".part");
            try {
                Files.copy(snapshot, temp);
                AtomicFiles.readableByAll(temp);
                AtomicFiles.replace(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        }
        Instant now = clock.instant();
        // the file's time says when it was last published, which pruning orders by (a republished
        // old snapshot counts as the newest); a web server's Last-Modified moves with it, harmlessly
        Files.setLastModifiedTime(target, java.nio.file.attribute.FileTime.from(now));
        Optional<String> note = Optional.empty();
        Optional<Manifest> previous = Optional.empty();
        Optional<String> current = readManifestText();
        if (current.isPresent()) {
            if (publicKey.isEmpty()) {
                note = Optional.of("no fleet.pub beside the key, so the current alert (if any) was not carried over");
            } else {
                try {
                    previous = Optional.of(SignedManifest.verify(current.get(), publicKey.get()));
                } catch (FleetException e) {
                    note = Optional.of("the current manifest's alert was not carried over (" + e.getMessage() + ")");
                }
            }
        }
        Manifest manifest = new Manifest(Manifest.FORMAT, Manifest.pathFor(meta.contentSha256()), meta.contentSha256(),
                FileDigest.sha256(target), Files.size(target), meta.schemaVersion(), meta.dataAsOf(),
                meta.containsSample(), now, signedAfter(previous, now), previous.flatMap(m -> m.alertAt(now)));
        writeManifest(manifest, key);
        LOG.info("published {} to {} (file sha256 {})", meta.contentSha256(), dir, manifest.fileSha256());
        return new Published(manifest, target, note, prune(target, keepPrevious));
    }

    /**
     * Re-signs the current manifest with {@code alert} (empty clears it); the snapshot stays.
     * The current manifest must carry a valid signature of this office: a manifest someone
     * edited on the server is never signed over.
     */
    public Manifest setAlert(Optional<FleetAlert> alert, PrivateKey key, PublicKey publicKey)
            throws FleetException, IOException {
        String text = readManifestText().orElseThrow(() -> new FleetException("there is no " + manifestFile()
                + " yet: publish a snapshot first (eco-kiosk fleet publish)"));
        Manifest current = SignedManifest.verify(text, publicKey);
        Manifest next = current.withAlert(alert, signedAfter(Optional.of(current), clock.instant()));
        writeManifest(next, key);
        return next;
    }

    /** The current manifest, checked against {@code publicKey}. */
    public Manifest current(PublicKey publicKey) throws FleetException, IOException {
        String text = readManifestText().orElseThrow(() -> new FleetException("there is no " + manifestFile()));
        return SignedManifest.verify(text, publicKey);
    }

    /**
     * Removes snapshot files beyond the {@code keepPrevious} most recently published, never
     * {@code named} (the manifest's) and never a file that is not {@code <sha256>.sqlite}. Runs
     * after the new manifest is in place: a kiosk that read the old one still finds its snapshot
     * among the kept ones. A file that cannot be removed is logged, not fatal: the publish stands.
     */
    private List<Path> prune(Path named, int keepPrevious) throws IOException {
        Path folder = named.getParent();
        List<Path> others;
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            others = files.filter(f -> SNAPSHOT_FILE.matcher(f.getFileName().toString()).matches())
                    .filter(f -> !f.equals(named)).filter(Files::isRegularFile).collect(java.util.stream.Collectors
                            .toCollection(java.util.ArrayList::new));
        }
        others.sort(java.util.Comparator.comparing(Origin::publishedTime).reversed()
                .thenComparing(Path::getFileName));
        List<Path> removed = new java.util.ArrayList<>();
        for (Path old : others.subList(Math.min(keepPrevious, others.size()), others.size())) {
            try {
                Files.deleteIfExists(old);
                removed.add(old);
            } catch (IOException e) {
                LOG.warn("could not remove the old snapshot {}: {}", old, e.getMessage());
            }
        }
        if (!removed.isEmpty()) {
            LOG.info("pruned {} old snapshot(s) from {}, kept {} earlier", removed.size(), folder,
                    others.size() - removed.size());
        }
        return List.copyOf(removed);
    }

    private static java.nio.file.attribute.FileTime publishedTime(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    private SnapshotMeta verified(Path snapshot, SnapshotChecks checks) throws FleetException {
        SnapshotVerifier.Result check = SnapshotVerifier.verify(snapshot);
        if (!check.ok()) {
            throw new FleetException("snapshot " + snapshot + " does not verify: " + check.problem()
                    + "; nothing was published");
        }
        List<String> problems;
        try {
            problems = checks.problems(snapshot);
        } catch (Exception e) {
            throw new FleetException("the publish checks could not read " + snapshot + ": " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new FleetException("snapshot " + snapshot + " fails the publish checks (" + problems.size()
                    + " problem(s)); nothing was published", problems);
        }
        return check.meta().orElseThrow();
    }

    private Optional<String> readManifestText() throws IOException {
        try {
            return Optional.of(Files.readString(manifestFile(), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private void writeManifest(Manifest manifest, PrivateKey key) throws IOException {
        AtomicFiles.writeString(manifestFile(), SignedManifest.sign(manifest, key));
    }

    /** Kiosks refuse a manifest signed before the last one they accepted: the time moves forward even when the office clock was put back. */
    private static Instant signedAfter(Optional<Manifest> previous, Instant now) {
        return previous.map(Manifest::signedAt).filter(p -> !now.isAfter(p)).map(p -> p.plusMillis(1)).orElse(now);
    }
}
