package org.ecokiosk.ingest.air;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ecokiosk.ingest.ImportFailedException;
import org.ecokiosk.ingest.InputFiles;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.ingest.Problems;
import org.ecokiosk.ingest.SnapshotBuilds;
import org.ecokiosk.model.AirDay;
import org.ecokiosk.model.AirHour;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.model.SnapshotMeta;
import org.ecokiosk.model.Station;
import org.ecokiosk.snapshot.AirHourSink;
import org.ecokiosk.snapshot.SnapshotContent;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotWriter;
import org.ecokiosk.snapshot.VerifiedSnapshot;

/**
 * import air-hourly: hourly files (PRSA or national layout, told apart by their header) into a
 * new snapshot built from S — or from content/ when S does not exist yet — which replaces S only
 * when every file was read without a problem. Hours stream into the new file as they are read;
 * daily values are then derived for every station-day the files touched, from all the hours the
 * new snapshot holds for that day (so a day split over two imports is still derived whole).
 */
public final class AirHourlyImport {
    private static final int DAYS_PER_BATCH = 2_000;

    /**
     * What an import did; {@code hashBefore} is the content hash of the snapshot it built on, as
     * verifying it found (empty when the snapshot was first built from content/).
     */
    public record Summary(SnapshotMeta meta, int files, long hours, int days, List<String> newStations,
                          Optional<String> hashBefore) {
        public Summary {
            newStations = List.copyOf(newStations);
        }
    }

    private AirHourlyImport() {
    }

    /** {@link #run(Path, Path, List, Instant, LocalDate)} with today in the district. */
    public static Summary run(Path snapshot, Path contentDir, List<Path> files, Instant builtAt)
            throws ImportFailedException, SnapshotException, IOException {
        return run(snapshot, contentDir, files, builtAt, org.ecokiosk.model.DistrictZone.today());
    }

    /**
     * The import, stamped {@code builtAt}; {@code today} (from the configured clock) bounds the
     * dates: no hour after it, in the files, in content/ or in the base.
     */
    public static Summary run(Path snapshot, Path contentDir, List<Path> files, Instant builtAt, LocalDate today)
            throws ImportFailedException, SnapshotException, IOException {
        Problems problems = new Problems();
        for (Path f : files) {
            InputFiles.problemOf(f).ifPresent(problems::add);
        }
        problems.throwIfAny();
        try (var lock = SnapshotBuilds.lockForImport(snapshot)) {
            return runLocked(snapshot, contentDir, files, builtAt, today, problems);
        }
    }

    private static Summary runLocked(Path snapshot, Path contentDir, List<Path> files, Instant builtAt,
                                     LocalDate today, Problems problems)
            throws ImportFailedException, SnapshotException, IOException {
        boolean fromBase = Files.exists(snapshot);
        Path base = fromBase ? SnapshotBuilds.baseFor(snapshot) : snapshot;
        try {
            Optional<VerifiedSnapshot> verified = fromBase ? Optional.of(refuseBrokenBase(base, snapshot, today))
                    : Optional.empty();
            return build(verified, snapshot, contentDir, files, builtAt, today, problems);
        } finally {
            if (SnapshotBuilds.isUpgradedCopy(base, snapshot)) {
                Files.deleteIfExists(base);
            }
        }
    }

    private static Summary build(Optional<VerifiedSnapshot> base, Path snapshot, Path contentDir, List<Path> files,
                                 Instant builtAt, LocalDate today, Problems problems)
            throws ImportFailedException, SnapshotException, IOException {
        boolean fromBase = base.isPresent();
        SnapshotContent first = fromBase ? SnapshotContent.empty() : SnapshotBuilds.contentOf(contentDir, today);
        long[] hours = new long[1];
        int[] days = new int[1];
        List<String> created = new ArrayList<>();
        SnapshotMeta meta = SnapshotBuilds.build(base, first, snapshot,
                "import air-hourly: " + files.size() + " file(s)", builtAt, writer -> {
                    ImportedHours imported;
                    List<AirDay> batch = new ArrayList<>();
                    try (AirHourSink sink = writer.airHourSink()) {
                        imported = new ImportedHours(sink, baseDays(writer), today, day -> {
                            batch.add(day);
                            if (batch.size() == DAYS_PER_BATCH) {
                                writer.append(SnapshotContent.builder().airDays(batch).build());
                                batch.clear();
                            }
                        });
                        for (Path file : files) {
                            readFile(file, imported, problems);
                        }
                        imported.finishStreamedDays();
                    }
                    writer.append(SnapshotContent.builder().airDays(batch).build());
                    problems.throwIfAny();
                    if (imported.written() == 0) {
                        throw new ImportFailedException(files.stream().map(f -> Problem.ofFile(f.toString(),
                                "文件只有表头，没有任何数据行；快照未做更改",
                                "the file has a header but no data rows; the snapshot was not changed")).toList());
                    }
                    hours[0] = imported.written();
                    created.addAll(addStations(writer, imported.stationCities()));
                    deriveReadBackDays(writer, imported);
                    days[0] = imported.touchedDayCount();
                });
        return new Summary(meta, files.size(), hours[0], days[0], created,
                base.map(b -> b.meta().contentSha256()));
    }

    private static void readFile(Path file, ImportedHours hours, Problems problems) throws SnapshotException {
        Optional<AirCsvSource> opened = AirCsvSource.open(file, problems);
        if (opened.isEmpty()) {
            hours.stopWriting();
            return;
        }
        try (AirCsvSource source = opened.get()) {
            if (PrsaFile.matches(source.header())) {
                PrsaFile.read(source, hours, problems);
            } else if (NationalHourlyFile.matches(source.header())) {
                NationalHourlyFile.read(source, hours, problems);
            } else {
                problems.add(new Problem(file.toString(), 1, 0, "", "无法识别的表头：既不是 PRSA 格式（year, month, day, hour, "
                        + "PM2.5 … station）也不是国家站点小时格式（date, hour, type, 站点编码…）",
                        "unrecognised header: neither the PRSA layout (year, month, day, hour, PM2.5 … station) nor "
                                + "the national hourly layout (date, hour, type, station codes …)"));
                hours.stopWriting();
            }
        }
    }

    /** A hash-valid base may still be hand-edited and re-hashed: it must pass the publish rules before it is built on. */
    private static VerifiedSnapshot refuseBrokenBase(Path base, Path snapshot, LocalDate today)
            throws ImportFailedException, SnapshotException {
        VerifiedSnapshot verified;
        try {
            verified = VerifiedSnapshot.of(base);
        } catch (SnapshotException e) {
            throw new SnapshotException("the snapshot " + snapshot + " is not sound, nothing was imported: "
                    + e.getMessage(), e);
        }
        List<Problem> broken = org.ecokiosk.ingest.imports.PublishChecks.check(base, snapshot.getFileName().toString(),
                today);
        if (!broken.isEmpty()) {
            List<Problem> all = new ArrayList<>();
            all.add(Problem.ofFile(snapshot.toString(), "要导入的快照本身违反内容规则，未做任何导入（见下列问题）",
                    "the snapshot to import into breaks the content rules itself; nothing was imported (see below)"));
            all.addAll(broken);
            throw new ImportFailedException(all);
        }
        return verified;
    }

    /** Stations new to the snapshot, named by their code until staff name them; existing ones are left as they are. */
    private static List<String> addStations(SnapshotWriter writer, Map<String, String> found) throws SnapshotException {
        Set<String> known = writer.stationCodes();
        List<Station> fresh = new ArrayList<>();
        found.forEach((code, city) -> {
            if (!known.contains(code)) {
                fresh.add(new Station(code, LocalizedText.of(code, code), city, DataOrigin.IMPORTED));
            }
        });
        writer.append(SnapshotContent.builder().stations(fresh).build());
        return fresh.stream().map(Station::code).toList();
    }

    /** Per station, the first and last day with hours in the base (before anything is added). */
    private static Map<String, int[]> baseDays(SnapshotWriter writer) throws SnapshotException {
        Map<String, int[]> days = new java.util.HashMap<>();
        writer.airHourRanges().forEach((station, range) -> days.put(station,
                new int[] {ImportedHours.dayIndex(range.get(0)), ImportedHours.dayIndex(range.get(1))}));
        return days;
    }

    /** The days that could not be derived while streaming, derived from every hour the new snapshot holds. */
    private static void deriveReadBackDays(SnapshotWriter writer, ImportedHours imported) throws SnapshotException {
        List<AirDay> batch = new ArrayList<>();
        for (String station : imported.stationCities().keySet()) {
            BitSet touched = imported.readBackDays(station);
            if (touched.isEmpty()) {
                continue;
            }
            LocalDate from = ImportedHours.dateOf(touched.nextSetBit(0));
            LocalDate to = ImportedHours.dateOf(touched.length() - 1);
            List<AirHour> sameDay = new ArrayList<>(24);
            LocalDate[] current = {null};
            List<AirDay> derived = new ArrayList<>();
            writer.readAirHours(station, from, to, hour -> {
                LocalDate date = hour.hour().toLocalDate();
                if (current[0] != null && !date.equals(current[0])) {
                    finishDay(station, current[0], sameDay, touched, derived);
                }
                current[0] = date;
                sameDay.add(hour);
            });
            if (current[0] != null) {
                finishDay(station, current[0], sameDay, touched, derived);
            }
            for (AirDay day : derived) {
                batch.add(day);
                if (batch.size() == DAYS_PER_BATCH) {
                    writer.append(SnapshotContent.builder().airDays(batch).build());
                    batch.clear();
                }
            }
        }
        writer.append(SnapshotContent.builder().airDays(batch).build());
    }

    private static void finishDay(String station, LocalDate date, List<AirHour> hours, BitSet touched,
                                  List<AirDay> out) {
        if (touched.get(ImportedHours.dayIndex(date))) {
            out.add(DailyAirDerivation.derive(station, date, hours, DataOrigin.IMPORTED));
        }
        hours.clear();
    }
}
