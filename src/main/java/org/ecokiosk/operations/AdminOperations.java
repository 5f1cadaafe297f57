package org.ecokiosk.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.config.FleetOffice;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.fleet.FleetAlert;
import org.ecokiosk.fleet.FleetException;
import org.ecokiosk.fleet.FleetOverview;
import org.ecokiosk.fleet.Manifest;
import org.ecokiosk.ingest.ImportFailedException;
import org.ecokiosk.model.audit.AuditAction;
import org.ecokiosk.model.audit.AuditEntry;
import org.ecokiosk.model.audit.AuditOutcome;
import org.ecokiosk.report.ReportKind;
import org.ecokiosk.snapshot.AtomicFiles;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.snapshot.SnapshotStore;

/**
 * Everything admin mode does, without a UI: every method blocks (call it off the FX thread)
 * and audits through the same operations as the command line. Imports go into a candidate
 * copy in the state folder, never into a published file; only {@link #publishCandidate()}
 * changes what the kiosks show.
 */
public final class AdminOperations {
    private final KioskConfig config;
    private final SnapshotStore store;
    private final Path reportsDir;
    private final Optional<Path> fallbackSnapshot;
    private final AuditTrail trail;
    private final Imports imports;
    private final Publishing publishing;
    private final Reports reports;
    private final FleetOrigins fleet;

    /**
     * @param fallbackSnapshot shown when the store has no current snapshot (a kiosk on a snapshot
     *                         given on its command line)
     */
    public AdminOperations(KioskConfig config, Path reportsDir, Optional<Path> fallbackSnapshot, AuditTrail trail) {
        this.config = config;
        this.store = new SnapshotStore(config.snapshotStore());
        this.reportsDir = reportsDir;
        this.fallbackSnapshot = fallbackSnapshot;
        this.trail = trail;
        this.imports = new Imports(trail);
        this.publishing = new Publishing(trail);
        this.reports = new Reports(trail);
        this.fleet = new FleetOrigins(trail);
    }

    /** Who the log names for this session: the OS user and the kiosk. */
    public String who() {
        return trail.actor().describe();
    }

    public Path reportsDir() {
        return reportsDir;
    }

    /** The snapshot the kiosks show now (reports are built from it; imports start from a copy of it). */
    public Path publishedSnapshot() throws Refused, IOException {
        Optional<Path> current = store.current();
        if (current.isPresent()) {
            return current.get();
        }
        return fallbackSnapshot.orElseThrow(() -> new Refused("no published snapshot in " + store.dir()));
    }

    // --- session -------------------------------------------------------------------------

    /** {@code how}: "kiosk" (hidden gesture + PIN) or "command line". */
    public void sessionStarted(String how) throws IOException {
        String hash = currentHash();
        trail.event(AuditAction.ADMIN_ENTER, AuditOutcome.OK, AuditFacts.none().hashes(hash, hash)
                .detail("admin mode opened from the " + how));
    }

    /** {@code why}: "back to kiosk", "idle N min", "window closed". */
    public void sessionEnded(String why) throws IOException {
        String hash = currentHash();
        trail.event(AuditAction.ADMIN_LEAVE, AuditOutcome.OK, AuditFacts.none().hashes(hash, hash).detail(why));
    }

    // --- reports -------------------------------------------------------------------------

    public ReportYears reportYears() throws Refused, IOException, SnapshotException {
        try (SnapshotReader reader = SnapshotReader.open(publishedSnapshot())) {
            return ReportYears.of(reader, LocalDate.now(trail.clock()));
        }
    }

    /** The report kinds by code ("bulletin", "disclosure", "plan-progress"), in the order officers see them. */
    public List<String> reportKinds() {
        return Arrays.stream(ReportKind.values()).map(ReportKind::code).toList();
    }

    /**
     * Builds one report of the published snapshot into the reports folder.
     *
     * @throws ImportFailedException the disclosure input is missing or its figures do not add up (with lines)
     */
    public ReportResult buildReport(String kind, int year) throws Refused, ImportFailedException, SnapshotException,
            IOException {
        ReportKind reportKind = ReportKind.fromCode(kind).orElseThrow(() -> new Refused("no report kind " + kind));
        return reports.build(reportKind, year, publishedSnapshot(), reportsDir,
                Reports.defaultDisclosureCsv(config.contentDir(), year));
    }

    // --- import, preview, publish, rollback ----------------------------------------------

    public List<ImportChoice> importKinds() {
        return ImportChoice.all();
    }

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
    public ImportResult importFiles(ImportChoice kind, List<Path> files) throws Refused, ImportFailedException,
            SnapshotException, IOException {
        Path candidate = candidateFile();
        if (!Files.isRegularFile(candidate)) {
            copyPublishedTo(candidate);
        }
        return imports.run(kind.kind(), candidate, files, config.contentDir());
    }

    private void copyPublishedTo(Path candidate) throws Refused, IOException {
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
            String hash = Hashes.of(candidate.get());
            Files.deleteIfExists(candidate.get());
            trail.ok(AuditAction.DISCARD, AuditFacts.none().files(List.of(candidate.get().toString())).hashes(hash, "")
                    .detail("candidate discarded, not published"));
        }
    }

    /** Publishes the candidate to the store; running kiosks switch to it through their store watcher. */
    public SnapshotSwitch publishCandidate() throws Refused, SnapshotException, ImportFailedException, IOException {
        Optional<Path> candidate = candidate();
        if (candidate.isEmpty()) {
            Refused nothing = new Refused("there is nothing imported to publish");
            trail.failed(AuditAction.PUBLISH, AuditFacts.none().detail("store " + store.dir()), nothing);
            throw nothing;
        }
        SnapshotSwitch done = publishing.publish(store, candidate.get(), config.keepSnapshots());
        // published: the next import starts from what the kiosks now show
        Files.deleteIfExists(candidate.get());
        return done;
    }

    /** The kiosks go back to the snapshot published before the current one. */
    public SnapshotSwitch rollback() throws SnapshotException, IOException {
        return publishing.rollback(store);
    }

    // --- fleet: the alert every kiosk shows, and the fleet's status -----------------------

    /** The configuration file, named in messages that say which setting is missing. */
    public Path configFile() {
        return config.file();
    }

    /** The zone the kiosk shows times in (alert end times are typed and shown in it). */
    public java.time.ZoneId zone() {
        return config.zone();
    }

    /** What this PC is set up for: signing alerts (fleet.origin.dir + fleet.office.key), reading status (fleet.status.dir). */
    public FleetOffice fleetOffice() {
        return config.fleet().office();
    }

    /** The alert in force in the origin's signed manifest now, if any. */
    public Optional<FleetAlert> currentAlert() throws Refused, FleetException, IOException {
        FleetOffice office = signingOffice();
        return fleet.currentAlert(office.originDir().orElseThrow(), office.privateKey().orElseThrow(),
                config.fleet().publicKey());
    }

    /** Signs {@code request} into the origin's manifest with the configured key (audited, as the CLI's). */
    public Manifest issueAlert(AlertRequest request) throws Refused, FleetException, IOException {
        FleetOffice office = signingOffice();
        return fleet.issueAlert(office.originDir().orElseThrow(), office.privateKey().orElseThrow(),
                config.fleet().publicKey(), request);
    }

    /** Removes the alert from the origin's manifest (audited, as the CLI's). */
    public Manifest clearAlert() throws Refused, FleetException, IOException {
        FleetOffice office = signingOffice();
        return fleet.clearAlert(office.originDir().orElseThrow(), office.privateKey().orElseThrow(),
                config.fleet().publicKey());
    }

    /** The fleet as {@code eco-kiosk fleet status --dir} sees it, from the configured status folder. */
    public FleetOverview.Fleet fleetStatus() throws Refused, FleetException, IOException {
        Path dir = config.fleet().office().statusDir().orElseThrow(() -> new Refused(
                "no status folder is configured: set fleet.status.dir in " + config.file()));
        return FleetOverview.read(dir, trail.clock().instant(), FleetOverview.DEFAULT_STALE_AFTER);
    }

    private FleetOffice signingOffice() throws Refused {
        FleetOffice office = config.fleet().office();
        if (!office.signs()) {
            throw new Refused("no fleet key is configured: set fleet.origin.dir and fleet.office.key in "
                    + config.file());
        }
        return office;
    }

    // --- audit ---------------------------------------------------------------------------

    /** The newest {@code n} entries, newest first (as an officer reads a log on screen). */
    public List<AuditEntry> recentAudit(int n) throws IOException {
        List<AuditEntry> oldestFirst = new ArrayList<>(trail.log().last(n));
        Collections.reverse(oldestFirst);
        return List.copyOf(oldestFirst);
    }

    public Path auditFile() {
        return trail.log().file();
    }

    private String currentHash() throws IOException {
        Optional<Path> current = store.current();
        return current.isPresent() ? Hashes.of(current) : Hashes.of(fallbackSnapshot);
    }
}
