package org.ecokiosk.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecokiosk.audit.AuditEntry;
import org.ecokiosk.audit.AuditLog;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.ingest.ImportFailedException;
import org.ecokiosk.ingest.disclosure.DisclosureFiles;
import org.ecokiosk.ingest.imports.ImportKind;
import org.ecokiosk.ingest.imports.ImportOutcome;
import org.ecokiosk.ingest.imports.Importer;
import org.ecokiosk.ingest.imports.Publisher;
import org.ecokiosk.report.BuiltReport;
import org.ecokiosk.report.ReportBuilder;
import org.ecokiosk.report.ReportKind;
import org.ecokiosk.report.ReportRequest;
import org.ecokiosk.snapshot.AtomicFiles;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.snapshot.SnapshotStore;
import org.ecokiosk.snapshot.SnapshotVerifier;

/**
 * Everything admin mode does, without a UI: every method blocks (call it off the FX thread)
 * and writes its audit entry. Imports go into a candidate copy in the state folder, never into
 * a published file; only {@link #publishCandidate()} changes what the kiosks show.
 */
public final class AdminActions {
    private final KioskConfig config;
    private final SnapshotStore store;
    private final Path reportsDir;
    private final Optional<Path> fallbackSnapshot;
    private final Clock clock;
    private final AdminAudit audit;

    /**
     * @param fallbackSnapshot shown when the store has no current snapshot (a kiosk on a snapshot
     *                         given on its command line)
     */
    public AdminActions(KioskConfig config, Path reportsDir, Optional<Path> fallbackSnapshot, Clock clock) {
        this.config = config;
        this.store = new SnapshotStore(config.snapshotStore());
        this.reportsDir = reportsDir;
        this.fallbackSnapshot = fallbackSnapshot;
        this.clock = clock;
        this.audit = new AdminAudit(AuditLog.besideStore(config.snapshotStore()), config.kioskId(), clock);
    }

    public String who() {
        return audit.who();
    }

    public Path reportsDir() {
        return reportsDir;
    }

    /** The snapshot the kiosks show now (reports are built from it; imports start from a copy of it). */
    public Path publishedSnapshot() throws IOException {
        Optional<Path> current = store.current();
        if (current.isPresent()) {
            return current.get();
        }
        return fallbackSnapshot.orElseThrow(() -> new IOException("no published snapshot in " + store.dir()));
    }

    // --- session -------------------------------------------------------------------------

    /** {@code how}: "kiosk" (hidden gesture + PIN) or "command line". */
    public void sessionStarted(String how) throws IOException {
        String hash = currentHash();
        audit.record("admin-enter", "", List.of(), Map.of(), hash, hash, "ok", "admin mode opened from the " + how);
    }

    /** {@code why}: "back to kiosk", "idle N min", "window closed". */
    public void sessionEnded(String why) throws IOException {
        String hash = currentHash();
        audit.record("admin-leave", "", List.of(), Map.of(), hash, hash, "ok", why);
    }

    // --- reports -------------------------------------------------------------------------

    public ReportYears reportYears() throws IOException, SnapshotException {
        try (SnapshotReader reader = SnapshotReader.open(publishedSnapshot())) {
            return ReportYears.of(reader, LocalDate.now(clock));
        }
    }

    /**
     * Builds one report into the reports folder.
     *
     * @throws ImportFailedException the disclosure input is missing or its figures do not add up (with lines)
     */
    public BuiltReport buildReport(ReportKind kind, int year) throws ImportFailedException, SnapshotException,
            IOException {
        Path snapshot = publishedSnapshot();
        try (SnapshotReader reader = SnapshotReader.open(snapshot)) {
            String hash = reader.meta().contentSha256();
            ReportRequest request;
            try {
                request = request(kind, year);
            } catch (ImportFailedException refused) {
                audit.record("report", kind.code(), List.of(), Map.of("year", year, "problems",
                        refused.problems().size()), hash, hash, "rejected", "disclosure input has problems");
                throw refused;
            }
            BuiltReport built = ReportBuilder.write(request, reader, reportsDir);
            audit.record("report", kind.code(), List.of(built.pdf().toString()), Map.of("year", year), hash, hash,
                    "ok", "pdf sha256 " + built.sha256() + (built.sampleData() ? ", sample data" : ""));
            return built;
        }
    }

    private ReportRequest request(ReportKind kind, int year) throws ImportFailedException {
        return switch (kind) {
            case BULLETIN -> ReportRequest.bulletin(year);
            case PLAN_PROGRESS -> ReportRequest.planProgress(year);
            case DISCLOSURE -> ReportRequest.disclosure(
                    DisclosureFiles.read(DisclosureFiles.defaultCsv(config.contentDir(), year), year));
        };
    }

    // --- import, preview, publish, rollback ----------------------------------------------

    /** Where imports accumulate until published or discarded (in the state folder: not shown by any kiosk). */
    public Path candidateFile() {
        return config.stateDir().resolve("admin").resolve("candidate.sqlite");
    }

    public Optional<Path> candidate() {
        Path file = candidateFile();
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /**
     * Imports {@code files} into the candidate, first made as a copy of the published snapshot.
     * On any problem the candidate is left as it was and every problem is in the exception.
     */
    public ImportOutcome importFiles(ImportKind kind, List<Path> files) throws ImportFailedException,
            SnapshotException, IOException {
        Path candidate = candidateFile();
        List<String> names = files.stream().map(Path::toString).toList();
        if (!Files.isRegularFile(candidate)) {
            copyPublishedTo(candidate);
        }
        ImportOutcome done;
        try {
            done = new Importer(config.contentDir(), clock).run(kind, candidate, files);
        } catch (ImportFailedException rejected) {
            audit.record("import", kind.command(), names, Map.of("problems", rejected.problems().size()), "", "",
                    "rejected", "candidate " + candidate + " unchanged");
            throw rejected;
        }
        audit.record("import", kind.command(), names, Map.of("rows", done.rows(), "added", done.added(), "replaced",
                done.replaced()), done.hashBefore().orElse(""), done.hashAfter(), "ok", "candidate " + candidate);
        return done;
    }

    private void copyPublishedTo(Path candidate) throws IOException {
        Path published = publishedSnapshot();
        Files.createDirectories(candidate.toAbsolutePath().getParent());
        Path temp = AtomicFiles.siblingTemp(candidate, ".copy");
        try {
            Files.copy(published, temp);
            AtomicFiles.replace(temp, candidate);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Forgets the candidate: the next import starts again from the published snapshot. */
    public void discardCandidate() throws IOException {
        Optional<Path> candidate = candidate();
        if (candidate.isPresent()) {
            String hash = hashOf(candidate.get());
            Files.deleteIfExists(candidate.get());
            audit.record("discard", "", List.of(candidate.get().toString()), Map.of(), hash, "", "ok",
                    "candidate discarded, not published");
        }
    }

    /** Publishes the candidate to the store; running kiosks switch to it through their store watcher. */
    public Publisher.Switch publishCandidate() throws SnapshotException, ImportFailedException, IOException {
        Path candidate = candidate().orElseThrow(() -> new SnapshotException("there is nothing imported to publish"));
        int keep = config.keepSnapshots();
        Publisher.Switch done;
        try {
            done = new Publisher(store).publish(candidate, keep);
        } catch (SnapshotException unsound) {
            audit.record("publish", "", List.of(candidate.toString()), Map.of(), "", "", "rejected",
                    "verify failed: " + unsound.getMessage());
            throw unsound;
        } catch (ImportFailedException problems) {
            audit.record("publish", "", List.of(candidate.toString()), Map.of(), "", "", "rejected",
                    problems.problems().size() + " content problem(s)");
            throw problems;
        }
        audit.record("publish", "", List.of(candidate.toString()), Map.of("keep", keep), done.hashBefore(),
                done.hashAfter(), "ok", "store " + store.dir() + ", current " + done.to().getFileName());
        // published: the next import starts from what the kiosks now show
        Files.deleteIfExists(candidate);
        return done;
    }

    /** The kiosks go back to the snapshot published before the current one. */
    public Publisher.Switch rollback() throws SnapshotException, IOException {
        Publisher publisher = new Publisher(store);
        try {
            Publisher.Switch done = publisher.rollback();
            audit.record("rollback", "", List.of(), Map.of(), done.hashBefore(), done.hashAfter(), "ok",
                    "store " + store.dir() + ", current " + done.to().getFileName());
            return done;
        } catch (SnapshotException nothingEarlier) {
            String current = publisher.currentHash();
            audit.record("rollback", "", List.of(), Map.of(), current, current, "rejected", nothingEarlier.getMessage());
            throw nothingEarlier;
        }
    }

    // --- audit ---------------------------------------------------------------------------

    /** The newest {@code n} entries, newest first (as an officer reads a log on screen). */
    public List<AuditEntry> recentAudit(int n) throws IOException {
        List<AuditEntry> oldestFirst = new java.util.ArrayList<>(audit.log().last(n));
        java.util.Collections.reverse(oldestFirst);
        return List.copyOf(oldestFirst);
    }

    public Path auditFile() {
        return audit.log().file();
    }

    private String currentHash() throws IOException {
        Optional<Path> current = store.current();
        return current.isPresent() ? hashOf(current.get()) : fallbackSnapshot.map(AdminActions::hashOf).orElse("");
    }

    private static String hashOf(Path snapshot) {
        return SnapshotVerifier.verify(snapshot).meta().map(m -> m.contentSha256()).orElse("");
    }
}
