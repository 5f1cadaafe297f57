package org.ecokiosk.fleet;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.snapshot.SnapshotStore;
import org.ecokiosk.snapshot.LockBusyException;
import org.ecokiosk.snapshot.SnapshotVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pull: fetch the manifest (conditional GET), check its signature, and when it names
 * another snapshot than the store shows, download it (resuming), check its size, SHA-256,
 * {@code snapshot verify} and the publish checks, and only then hand it to the store's own
 * publish, which swaps the current pointer atomically. Until that last step nothing in the
 * store is touched, so any failure leaves it exactly as it was. The same cycle runs from the
 * command line and on the kiosk's timer.
 */
public final class PullCycle {
    private static final Logger LOG = LoggerFactory.getLogger(PullCycle.class);
    /** A manifest is a few hundred bytes; anything this large is not one. */
    static final int MAX_MANIFEST_BYTES = 256 * 1024;

    private final FleetHttp http;
    private final URI manifestUrl;
    private final PublicKey key;
    private final SnapshotStore store;
    private final int keep;
    private final Path stateDir;
    private final SnapshotChecks checks;
    private final Clock clock;
    private String cachedIdentity = "";
    private String cachedContentSha = "";

    public PullCycle(FleetHttp http, URI manifestUrl, PublicKey key, SnapshotStore store, int keep, Path stateDir,
                     SnapshotChecks checks, Clock clock) {
        this.http = http;
        this.manifestUrl = manifestUrl;
        this.key = key;
        this.store = store;
        this.keep = keep;
        this.stateDir = stateDir;
        this.checks = checks;
        this.clock = clock;
    }

    /** The folder beside a store where a kiosk keeps its pull state and part files. */
    public static Path stateDirBeside(Path store) {
        Path abs = store.toAbsolutePath().normalize();
        return abs.getParent().resolve("fleet");
    }

    /** Runs one cycle; never throws: every failure is in the result, in words. */
    public PullResult run() {
        try {
            Files.createDirectories(stateDir);
        } catch (IOException e) {
            return new PullResult(currentQuietly(), false, Optional.empty(),
                    Optional.of("cannot create the fleet state folder " + stateDir + ": " + e.getMessage()),
                    Optional.empty());
        }
        try (FileChannel ch = FileChannel.open(stateDir.resolve("pull.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = tryLock(ch)) {
            if (lock == null) {
                return failed(PullState.load(stateDir), "another pull of this store is running; try again shortly");
            }
            return locked();
        } catch (IOException e) {
            return new PullResult(currentQuietly(), false, Optional.empty(),
                    Optional.of("cannot use the fleet state folder " + stateDir + ": " + e.getMessage()),
                    Optional.empty());
        }
    }

    /** The alert of the last manifest this kiosk accepted, re-checked; for a kiosk starting without network. */
    public Optional<FleetAlert> rememberedAlert() {
        return remembered(PullState.load(stateDir)).flatMap(m -> m.alertAt(clock.instant()));
    }

    /** When the kiosk last completed a cycle, local clock. */
    public Optional<Instant> lastSuccess() {
        return instant(PullState.load(stateDir).lastSuccessAt);
    }

    /** What the status document reports about pulling. */
    public PullHistory history() {
        PullState s = PullState.load(stateDir);
        Optional<Long> skew = s.clockSkewSeconds.isEmpty() ? Optional.empty()
                : Optional.of(Long.parseLong(s.clockSkewSeconds));
        return new PullHistory(instant(s.lastSuccessAt), instant(s.lastAttemptAt),
                s.lastError.isEmpty() ? Optional.empty() : Optional.of(s.lastError), skew);
    }

    private static FileLock tryLock(FileChannel ch) throws IOException {
        try {
            return ch.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            return null;
        }
    }

    private PullResult locked() {
        PullState state = PullState.load(stateDir);
        if (!state.manifestUrl.equals(manifestUrl.toString())) {
            // another origin: its ETag means nothing here
            state.etag = "";
            state.lastModified = "";
            state.manifestUrl = manifestUrl.toString();
        }
        state.lastAttemptAt = clock.instant().toString();
        Manifest manifest;
        try {
            manifest = fetchManifest(state);
        } catch (FleetException e) {
            return failed(state, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(state, "the pull was stopped");
        }
        Optional<String> current = currentQuietly();
        boolean changed = false;
        if (current.isEmpty() || !current.get().equals(manifest.contentSha256())) {
            try {
                install(manifest, state);
                changed = true;
            } catch (FleetException e) {
                return failed(state, e.getMessage(), Optional.of(manifest));
            } catch (IOException e) {
                return failed(state, "could not place the snapshot in " + store.dir() + ": " + e.getMessage(),
                        Optional.of(manifest));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failed(state, "the pull was stopped", Optional.of(manifest));
            }
        }
        Instant now = clock.instant();
        state.lastSuccessAt = now.toString();
        state.lastError = "";
        saveQuietly(state);
        return new PullResult(currentQuietly(), changed, manifest.alertAt(now), Optional.empty(),
                Optional.of(now));
    }

    private Manifest fetchManifest(PullState state) throws FleetException, InterruptedException {
        Optional<Manifest> remembered = remembered(state);
        HttpRequest.Builder request = HttpRequest.newBuilder(manifestUrl).timeout(FleetHttp.RESPONSE_TIMEOUT)
                .header("User-Agent", FleetHttp.USER_AGENT).GET();
        if (remembered.isPresent()) {
            if (!state.etag.isEmpty()) {
                request.header("If-None-Match", state.etag);
            }
            if (!state.lastModified.isEmpty()) {
                request.header("If-Modified-Since", state.lastModified);
            }
        }
        HttpResponse<InputStream> response;
        try {
            response = http.client().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new FleetException(FleetHttp.describe(e, manifestUrl));
        }
        clockSkew(response).ifPresent(s -> state.clockSkewSeconds = Long.toString(s));
        int code = response.statusCode();
        if (code == 304 && remembered.isPresent()) {
            closeQuietly(response.body());
            return remembered.get();
        }
        String text;
        try (InputStream in = response.body()) {
            if (code != 200) {
                throw new FleetException("the server answered HTTP " + code + " for the manifest " + manifestUrl);
            }
            byte[] bytes = in.readNBytes(MAX_MANIFEST_BYTES + 1);
            if (bytes.length > MAX_MANIFEST_BYTES) {
                throw new FleetException("the manifest at " + manifestUrl + " is far too large to be one; refused");
            }
            text = new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FleetException("reading the manifest failed: " + FleetHttp.describe(e, manifestUrl));
        }
        Manifest manifest = SignedManifest.verify(text, key);
        Optional<Instant> accepted = instant(state.acceptedSignedAt);
        if (accepted.isPresent() && manifest.signedAt().isBefore(accepted.get())) {
            throw new FleetException("the manifest was signed at " + manifest.signedAt()
                    + ", before the one already accepted (" + accepted.get() + "): an old manifest replayed or a"
                    + " stale cache; refused");
        }
        state.manifest = text;
        state.acceptedSignedAt = manifest.signedAt().toString();
        state.etag = response.headers().firstValue("ETag").orElse("");
        state.lastModified = response.headers().firstValue("Last-Modified").orElse("");
        return manifest;
    }

    private Optional<Manifest> remembered(PullState state) {
        if (state.manifest.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SignedManifest.verify(state.manifest, key));
        } catch (FleetException e) {
            LOG.warn("the remembered manifest in {} no longer checks ({}); fetching afresh", stateDir, e.getMessage());
            return Optional.empty();
        }
    }

    private void install(Manifest m, PullState state) throws FleetException, IOException, InterruptedException {
        if (m.fileSha256().equals(state.refusedFileSha256)) {
            throw new FleetException("the published snapshot " + m.contentSha256() + " was refused before: "
                    + state.refusedReason);
        }
        if (m.schemaVersion() != org.ecokiosk.snapshot.SnapshotSchema.VERSION) {
            throw new FleetException("the published snapshot has schema version " + m.schemaVersion()
                    + "; this kiosk reads version " + org.ecokiosk.snapshot.SnapshotSchema.VERSION
                    + " (update the kiosk software)");
        }
        Path downloads = stateDir.resolve("downloads");
        Path part = downloads.resolve(m.fileSha256() + ".part");
        removeOtherParts(downloads, part);
        URI url = manifestUrl.resolve(m.snapshotPath());
        new Download(http).fetch(url, part, m.bytes());
        long size = Files.size(part);
        if (size != m.bytes()) {
            Files.deleteIfExists(part);
            throw new FleetException("the snapshot is " + size + " bytes, the manifest says " + m.bytes()
                    + "; discarded");
        }
        String sha = FileDigest.sha256(part);
        if (!sha.equals(m.fileSha256())) {
            Files.deleteIfExists(part);
            throw new FleetException("the downloaded snapshot's SHA-256 is " + sha + " but the signed manifest says "
                    + m.fileSha256() + " (changed on the server or in transit); discarded");
        }
        try {
            // checked before the store is touched at all (not even its lock file), then again by the
            // store on its own copy under its lock: what was checked is exactly what the kiosk opens
            SnapshotVerifier.Result verified = SnapshotVerifier.verify(part);
            if (!verified.ok()) {
                throw new FleetException("the published snapshot does not verify: " + verified.problem());
            }
            refuseUnless(part, m);
            store.publish(part, keep, copy -> refuseUnless(copy, m));
        } catch (LockBusyException busy) {
            throw new FleetException("the snapshot store is busy (" + busy.getMessage() + "); the checked download"
                    + " is kept and placed on the next try");
        } catch (FleetException | SnapshotException refused) {
            Files.deleteIfExists(part);
            state.refusedFileSha256 = m.fileSha256();
            state.refusedReason = refused.getMessage();
            throw refused instanceof FleetException f ? f : new FleetException(refused.getMessage());
        }
        Files.deleteIfExists(part);
        LOG.info("pulled snapshot {} ({} bytes) from {}", m.contentSha256(), m.bytes(), url);
    }

    private void refuseUnless(Path copy, Manifest m) throws FleetException, SnapshotException {
        String content;
        try (SnapshotReader reader = SnapshotReader.open(copy)) {
            content = reader.meta().contentSha256();
        }
        if (!content.equals(m.contentSha256())) {
            throw new FleetException("the snapshot's content hash is " + content + " but the manifest names "
                    + m.contentSha256());
        }
        List<String> problems;
        try {
            problems = checks.problems(copy);
        } catch (Exception e) {
            throw new FleetException("the publish checks could not read the snapshot: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new FleetException("the published snapshot fails the publish checks: " + problems.get(0)
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""), problems);
        }
    }

    private static void removeOtherParts(Path downloads, Path keepPart) throws IOException {
        if (!Files.isDirectory(downloads)) {
            return;
        }
        try (var files = Files.list(downloads)) {
            for (Path f : files.toList()) {
                if (!f.equals(keepPart) && f.getFileName().toString().endsWith(".part")) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /** The content SHA-256 of the store's current snapshot, read from its meta (cached per file). */
    private Optional<String> currentQuietly() {
        try {
            Optional<Path> current = store.current();
            if (current.isEmpty()) {
                return Optional.empty();
            }
            Path file = current.get();
            String identity = file.toAbsolutePath() + "|" + Files.size(file) + "|"
                    + Files.getLastModifiedTime(file).toMillis();
            if (!identity.equals(cachedIdentity)) {
                try (SnapshotReader reader = SnapshotReader.open(file)) {
                    cachedContentSha = reader.meta().contentSha256();
                }
                cachedIdentity = identity;
            }
            return Optional.of(cachedContentSha);
        } catch (IOException | SnapshotException e) {
            LOG.warn("cannot read the current snapshot of {}: {}", store.dir(), e.getMessage());
            return Optional.empty();
        }
    }

    private PullResult failed(PullState state, String why) {
        return failed(state, why, remembered(state));
    }

    private PullResult failed(PullState state, String why, Optional<Manifest> manifest) {
        LOG.warn("pull from {} failed: {}", manifestUrl, why);
        state.lastError = clock.instant() + " " + why;
        saveQuietly(state);
        Optional<FleetAlert> alert = manifest.flatMap(m -> m.alertAt(clock.instant()));
        return new PullResult(currentQuietly(), false, alert, Optional.of(why), instant(state.lastSuccessAt));
    }

    private void saveQuietly(PullState state) {
        try {
            state.save(stateDir);
        } catch (IOException e) {
            LOG.error("cannot save the pull state in {}: {}", stateDir, e.getMessage());
        }
    }

    private Optional<Long> clockSkew(HttpResponse<?> response) {
        Optional<String> date = response.headers().firstValue("Date");
        if (date.isEmpty()) {
            return Optional.empty();
        }
        try {
            Instant server = ZonedDateTime.parse(date.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(Duration.between(server, clock.instant()).toSeconds());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> instant(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing was to be read
        }
    }
}
