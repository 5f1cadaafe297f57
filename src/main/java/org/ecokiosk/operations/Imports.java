package org.ecokiosk.operations;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ecokiosk.ingest.ImportFailedException;
import org.ecokiosk.ingest.air.AirHourlyImport;
import org.ecokiosk.ingest.imports.ImportKind;
import org.ecokiosk.ingest.imports.ImportOutcome;
import org.ecokiosk.ingest.imports.Importer;
import org.ecokiosk.model.audit.AuditAction;
import org.ecokiosk.snapshot.SnapshotException;

/**
 * {@code import KIND --snapshot S FILE...} as staff do it from the command line or admin mode:
 * a new snapshot from S plus the files (all or nothing, see {@link Importer}), with one audit
 * entry whether it imported, was refused or failed.
 */
public final class Imports {
    /** The kind name of hourly air data, which has an importer of its own (it streams). */
    public static final String AIR_HOURLY = "air-hourly";

    private final AuditTrail trail;

    public Imports(AuditTrail trail) {
        this.trail = trail;
    }

    public ImportResult run(ImportKind kind, Path snapshot, List<Path> files, Path contentDir)
            throws ImportFailedException, SnapshotException, IOException {
        AuditFacts facts = AuditFacts.none().kind(kind.command()).files(names(files));
        ImportOutcome done;
        try {
            done = new Importer(contentDir, trail.clock()).run(kind, snapshot, files);
        } catch (ImportFailedException | SnapshotException | IOException | RuntimeException e) {
            trail.failed(AuditAction.IMPORT, facts.detail("snapshot " + snapshot + " unchanged"), e);
            throw e;
        }
        trail.ok(AuditAction.IMPORT, facts.counts(Map.of("rows", done.rows(), "added", done.added(), "replaced",
                done.replaced())).hashes(done.hashBefore().orElse(""), done.hashAfter()).detail("snapshot " + snapshot));
        return new ImportResult(kind.command(), snapshot, files, done.rows(), done.replaced(), done.hashBefore(),
                done.hashAfter());
    }

    /** Hourly air data (PRSA or national layout): hours imported, daily values derived. */
    public AirHourlyImport.Summary airHourly(Path snapshot, List<Path> files, Path contentDir)
            throws ImportFailedException, SnapshotException, IOException {
        AuditFacts facts = AuditFacts.none().kind(AIR_HOURLY).files(names(files));
        AirHourlyImport.Summary done;
        try {
            // the import verifies its base once and says its hash: verifying it here too read every hour again
            done = AirHourlyImport.run(snapshot, contentDir, files, trail.clock().instant(),
                    java.time.LocalDate.now(trail.clock()));
        } catch (ImportFailedException | SnapshotException | IOException | RuntimeException e) {
            trail.failed(AuditAction.IMPORT, facts.detail("snapshot " + snapshot + " unchanged"), e);
            throw e;
        }
        trail.ok(AuditAction.IMPORT, facts.counts(Map.of("hours", (int) Math.min(Integer.MAX_VALUE, done.hours()),
                        "days", done.days(), "newStations", done.newStations().size()))
                .hashes(done.hashBefore().orElse(""), done.meta().contentSha256()).detail("snapshot " + snapshot));
        return done;
    }

    static List<String> names(List<Path> files) {
        return files.stream().map(Path::toString).toList();
    }
}
