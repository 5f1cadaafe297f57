package org.ecokiosk.ingest.imports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecokiosk.ingest.Excerpt;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.snapshot.TestSnapshots;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A message quotes a bad cell as a short, printable excerpt ({@link Excerpt}), wherever the cell
 * was refused: a published figure's value, a water class or section, a noise zone or period, and the publish
 * checks' own messages about a hand-edited snapshot (a facility or section that does not exist,
 * a class that is not one).
 */
class QuotedCellExcerptTest {
    /** A terminal escape, then far more than an excerpt may quote. */
    private static final String HOSTILE = "\u001b[2J" + "x".repeat(3_000);

    @TempDir
    Path dir;
    ImportCandidate candidate;
    Path snapshot;

    @BeforeEach
    void base() throws Exception {
        candidate = ImportCandidate.in(dir);
        snapshot = candidate.snapshot();
    }

    private List<Problem> refused(ImportKind kind, Path... files) throws Exception {
        return candidate.refused(kind, files);
    }

    private Path file(String name, String text) throws Exception {
        return candidate.file(name, text);
    }

    /** Every part of every problem is short and printable; the one about {@code field} names its line. */
    private static void quotedShort(List<Problem> problems, String field, int line) {
        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().anyMatch(p -> p.field().equals(field) && p.line() == line), problems.toString());
        for (Problem p : problems) {
            for (String part : List.of(p.field(), p.messageZh(), p.messageEn())) {
                assertFalse(part.contains("\u001b"), "an escape reached a message: " + p);
                assertFalse(part.contains("x".repeat(Excerpt.MAX_QUOTED + 1)), "a long echo: " + part.length() + " chars");
                assertTrue(part.length() < 400, "a message of " + part.length() + " chars");
            }
        }
    }

    @Test
    void aPublishedFigureThatIsNoNumberIsQuotedShort() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("published"));
        Files.copy(Fixtures.content("../published/shapingba-2022.source.csv"), folder.resolve("bad.source.csv"));
        Path figures = Files.writeString(folder.resolve("bad.csv"),
                "topic,item,value,unit,note\nair,优良天数,\"" + HOSTILE + "\",天,\nwater,嘉陵江,\"" + HOSTILE + "\",类,\n");
        List<Problem> problems = refused(ImportKind.PUBLISHED, figures);
        quotedShort(problems, "value", 2);
        quotedShort(problems, "value", 3);
    }

    @Test
    void aWaterClassAndASectionThatAreNoneAreQuotedShort() throws Exception {
        quotedShort(refused(ImportKind.WATER, file("class.csv",
                "section,date,do,class\nws-jialing,2026-05-10,8.1,\"" + HOSTILE + "\"\n")), "class", 2);
        quotedShort(refused(ImportKind.WATER, file("section.csv",
                "section,date,do\n\"" + HOSTILE + "\",2026-05-10,8.1\n")), "section", 2);
    }

    @Test
    void aNoiseZoneAndPeriodThatAreNoneAreQuotedShort() throws Exception {
        quotedShort(refused(ImportKind.NOISE, file("zone.csv",
                "kind,zone,site,year,period,leq\nzone,\"" + HOSTILE + "\",f1,2022,day,54.1\n")), "zone", 2);
        quotedShort(refused(ImportKind.NOISE, file("period.csv",
                "kind,zone,site,year,period,leq\nregional,,r1,2022,\"" + HOSTILE + "\",54.1\n")), "period", 2);
    }

    @Test
    void publishChecksQuoteAHandEditedSnapshotShort() throws Exception {
        String hostileSql = "char(27) || '[2J' || replace(hex(zeroblob(1500)), '00', 'xx')";
        TestSnapshots.editAndRehash(snapshot, "PRAGMA foreign_keys = OFF",
                "UPDATE open_day SET facility = " + hostileSql + " WHERE rowid = (SELECT min(rowid) FROM open_day)",
                "UPDATE water_sample SET reported_class = " + hostileSql
                        + " WHERE rowid = (SELECT min(rowid) FROM water_sample)");
        List<Problem> problems = PublishChecks.check(snapshot);
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("#open_day")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("#water_sample")), problems.toString());
        for (Problem p : problems) {
            for (String part : List.of(p.field(), p.messageZh(), p.messageEn())) {
                assertFalse(part.contains("\u001b"), "an escape reached a message: " + p);
                assertFalse(part.contains("x".repeat(Excerpt.MAX_QUOTED + 1)), "a long echo: " + part.length() + " chars");
            }
        }
    }
}
