package org.ecokiosk.ingest.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ecokiosk.ingest.ImportFailedException;
import org.ecokiosk.ingest.InputFiles;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.ingest.Problems;
import org.ecokiosk.ingest.SnapshotBuilds;
import org.ecokiosk.model.SnapshotMeta;
import org.ecokiosk.snapshot.AtomicFiles;
import org.ecokiosk.snapshot.SnapshotContent;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.VerifiedSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code import KIND --snapshot S FILE...}: a new snapshot from S (or, when S does not exist
 * yet, from the content folder) plus the files. Every file is read to its end and every
 * problem reported; only when there are none is the new snapshot built beside S and renamed
 * over it, so S is either untouched or completely replaced.
 */
public final class Importer {
    private static final Logger LOG = LoggerFactory.getLogger(Importer.class);

    /**
     * Largest file of any staff kind. Ten years of a district's water samples are well under
     * 1 MB; a file this big is the wrong export (the 64 MB limit of CsvTable is for air data).
     */
    public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

    private final Path contentDir;
    private final Clock clock;

    public Importer(Path contentDir, Clock clock) {
        this.contentDir = contentDir;
        this.clock = clock;
    }

    public ImportOutcome run(ImportKind kind, Path snapshot, List<Path> files)
            throws ImportFailedException, SnapshotException, IOException {
        Problems problems = new Problems();
        for (Path f : files) {
            Optional<Problem> unreadable = InputFiles.problemOf(f);
            if (unreadable.isPresent()) {
                problems.add(unreadable.get());
            } else if (Files.size(f) > MAX_FILE_BYTES) {
                long mb = Files.size(f) / (1024 * 1024);
                problems.add(Problem.ofFile(f.toString(), "文件太大（" + mb + " MB，上限 8 MB），这类数据不会这么大，请确认选对了文件",
                        "the file is too large (" + mb + " MB, limit 8 MB); data of this kind is never that big: is it the right file?"));
            }
        }
        problems.throwIfAny();
        try (var lock = SnapshotBuilds.lockForImport(snapshot)) {
            return runLocked(kind, snapshot, files, problems);
        }
    }

    private ImportOutcome runLocked(ImportKind kind, Path snapshot, List<Path> files, Problems problems)
            throws ImportFailedException, SnapshotException, IOException {
        Instant builtAt = clock.instant();
        LocalDate today = LocalDate.ofInstant(builtAt, clock.getZone());
        Optional<String> before = Optional.empty();
        Path base = snapshot;
        Path temporaryBase = null;
        VerifiedSnapshot verified;
        try {
            if (Files.exists(snapshot)) {
                base = SnapshotBuilds.baseFor(snapshot);
                if (SnapshotBuilds.isUpgradedCopy(base, snapshot)) {
                    temporaryBase = base;  // deleted below, like a base built from content/
                }
                try {
                    verified = VerifiedSnapshot.of(base);
                } catch (SnapshotException e) {
                    throw new SnapshotException("the snapshot " + snapshot + " is not sound, nothing was imported: "
                            + e.getMessage(), e);
                }
                before = Optional.of(verified.meta().contentSha256());
                // a hash-valid base may still be hand-edited and re-hashed: it gets the publish rules too
                List<Problem> baseProblems = PublishChecks.check(base, snapshot.getFileName().toString(), today);
                if (!baseProblems.isEmpty()) {
                    List<Problem> all = new java.util.ArrayList<>();
                    all.add(Problem.ofFile(snapshot.toString(), "要导入的快照本身违反内容规则，未做任何导入（见下列问题）",
                            "the snapshot to import into breaks the content rules itself; nothing was imported (see below)"));
                    all.addAll(baseProblems);
                    throw new ImportFailedException(all);
                }
            } else {
                LOG.info("{} does not exist: starting from the content folder {}", snapshot, contentDir);
                temporaryBase = AtomicFiles.siblingTemp(snapshot, ".content");
                SnapshotBuilds.fromContent(contentDir, temporaryBase, builtAt, today);
                base = temporaryBase;
                verified = VerifiedSnapshot.of(base);
            }
            BaseFacts facts = BaseFacts.read(base);
            SnapshotContent addition = KindReaders.read(kind, files, facts, today, problems);
            problems.throwIfAny();
            int rows = rowCount(addition);
            if (rows == 0) {
                // a header-only file is nearly always the wrong export: say so, and leave S as it is
                throw new ImportFailedException(files.stream().map(f -> Problem.ofFile(f.toString(),
                        "文件只有表头，没有任何数据行；快照未做更改", "the file has a header but no data rows; the snapshot was not changed"))
                        .toList());
            }
            int replaced = replacedCount(addition, facts);
            String source = "import " + kind.command() + ": " + files.stream().map(f -> f.getFileName().toString())
                    .collect(Collectors.joining(", "));
            SnapshotMeta meta = SnapshotBuilds.write(Optional.of(verified), addition, snapshot, source, builtAt);
            return new ImportOutcome(kind, files, snapshot, rows, replaced, before, meta.contentSha256());
        } finally {
            if (temporaryBase != null) {
                Files.deleteIfExists(temporaryBase);
            }
        }
    }

    private static int rowCount(SnapshotContent c) {
        return c.indicators().size() + c.indicatorValues().size() + c.waterSections().size() + c.waterSamples().size()
                + c.noiseReadings().size() + c.greenMetrics().size() + c.ecoTowns().size() + c.facilities().size()
                + c.openDays().size() + c.pages().size() + c.images().size() + c.publishedFigures().size()
                + c.stations().size();
    }

    private static int replacedCount(SnapshotContent c, BaseFacts base) {
        List<String> keys = new java.util.ArrayList<>();
        c.indicators().forEach(r -> keys.add(Keys.of(r)));
        c.indicatorValues().forEach(r -> keys.add(Keys.of(r)));
        c.waterSections().forEach(r -> keys.add(Keys.of(r)));
        c.publishedFigures().forEach(r -> keys.add(Keys.of(r)));
        c.waterSamples().forEach(r -> keys.add(Keys.of(r)));
        c.noiseReadings().forEach(r -> keys.add(Keys.of(r)));
        c.greenMetrics().forEach(r -> keys.add(Keys.of(r)));
        c.ecoTowns().forEach(r -> keys.add(Keys.of(r)));
        c.facilities().forEach(r -> keys.add(Keys.of(r)));
        c.openDays().forEach(r -> keys.add(Keys.of(r)));
        c.stations().forEach(r -> keys.add(Keys.of(r)));
        c.pages().forEach(r -> keys.add(Keys.of(r)));
        c.images().forEach(i -> keys.add("image|" + i.name()));
        return (int) keys.stream().filter(k -> base.existingKeys().contains(k) || isKnownImage(k, base)).count();
    }

    private static boolean isKnownImage(String key, BaseFacts base) {
        return key.startsWith("image|") && base.imageNames().contains(key.substring("image|".length()));
    }
}
