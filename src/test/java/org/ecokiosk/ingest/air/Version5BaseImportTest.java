package org.ecokiosk.ingest.air;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ecokiosk.ingest.SnapshotBuilds;
import org.ecokiosk.ingest.imports.ImportKind;
import org.ecokiosk.ingest.imports.Importer;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.snapshot.SnapshotSchema;
import org.ecokiosk.snapshot.SnapshotVerifier;
import org.ecokiosk.snapshot.TestSnapshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A snapshot built by the version before schema 6 is upgraded by the import that builds on it:
 * the result is a schema 6 file with exactly the content (and content hash) the same import
 * gives on a schema 6 base, and nothing is left beside it.
 */
class Version5BaseImportTest {
    @TempDir
    Path dir;

    private Path pair(String name) throws Exception {
        Path current = dir.resolve(name + "-6.sqlite");
        SnapshotBuilds.fromContent(AirHourlyImportTest.CONTENT, current, AirHourlyImportTest.BUILT);
        AirHourlyImport.run(current, AirHourlyImportTest.CONTENT,
                List.of(AirHourlyImportTest.FIXTURES.resolve("prsa-excerpt.csv")), AirHourlyImportTest.BUILT);
        Path old = dir.resolve(name + "-5.sqlite");
        Files.copy(current, old);
        TestSnapshots.downgradeToVersion5(old);
        assertTrue(!SnapshotVerifier.verify(old).ok(), "a version 5 file is not read as such");
        return current;
    }

    private Path old(Path current) {
        return current.resolveSibling(current.getFileName().toString().replace("-6", "-5"));
    }

    @Test
    void anHourlyImportUpgradesItsBaseAndGivesTheSameContent() throws Exception {
        Path current = pair("air");
        Path old = old(current);
        List<Path> more = List.of(AirHourlyImportTest.FIXTURES.resolve("national-20250301-gbk.csv"));
        AirHourlyImport.run(current, AirHourlyImportTest.CONTENT, more, AirHourlyImportTest.BUILT);
        AirHourlyImport.Summary summary = AirHourlyImport.run(old, AirHourlyImportTest.CONTENT, more,
                AirHourlyImportTest.BUILT);
        assertEquals(SnapshotSchema.VERSION, summary.meta().schemaVersion());
        assertTrue(SnapshotVerifier.verify(old).ok(), SnapshotVerifier.verify(old).problem());
        assertEquals(SnapshotVerifier.verify(current).meta().orElseThrow().contentSha256(),
                summary.meta().contentSha256());
        try (SnapshotReader r = SnapshotReader.open(old)) {
            assertEquals(24, r.airHours("Aotizhongxin", LocalDate.of(2013, 3, 1), LocalDate.of(2013, 3, 1)).size(),
                    "the base's hours are there, read by key");
        }
        assertOnlySnapshotsAndLocksIn(dir);
    }

    @Test
    void anyOtherImportUpgradesItsBaseToo() throws Exception {
        Path current = pair("towns");
        Path old = old(current);
        Path towns = dir.resolve("towns.csv");
        Files.writeString(towns, "code,name_zh,name_en,batch_year,status,summary_zh,summary_en,sample\n"
                + "town-new,新镇,New,2024,candidate,,,false\n");
        Importer importer = new Importer(AirHourlyImportTest.CONTENT, Clock.systemDefaultZone());
        String expected = importer.run(ImportKind.TOWNS, current, List.of(towns)).hashAfter();
        assertEquals(expected, importer.run(ImportKind.TOWNS, old, List.of(towns)).hashAfter());
        assertTrue(SnapshotVerifier.verify(old).ok(), SnapshotVerifier.verify(old).problem());
        assertOnlySnapshotsAndLocksIn(dir);
    }

    private static void assertOnlySnapshotsAndLocksIn(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            List<String> left = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith(".") && !n.startsWith(".import-lock.")).toList();
            assertEquals(List.of(), left, "no upgraded copy or other temporary file left behind");
        }
    }
}
