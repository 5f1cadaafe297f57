package org.ecokiosk.ingest.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.ecokiosk.ingest.ImportFailedException;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.snapshot.TestSnapshots;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two files of one import holding the same row (a colleague exported a month twice, or sent
 * yesterday's file again): never last-wins without a word, never a database error; both places
 * are named, file:line and file:line. A header-only file changes nothing.
 */
class DuplicatesAcrossFilesTest {
    @TempDir
    Path dir;
    Path snapshot;
    byte[] before;

    @BeforeEach
    void base() throws Exception {
        snapshot = TestSnapshots.fromContent(dir);
        before = Files.readAllBytes(snapshot);
    }

    private Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private List<Problem> refused(ImportKind kind, Path... files) {
        ImportFailedException e = assertThrows(ImportFailedException.class, () ->
                new Importer(Path.of("content"), Clock.systemDefaultZone()).run(kind, snapshot, List.of(files)));
        assertArrayEquals(before, readSnapshot(), "the snapshot changed");
        e.problems().forEach(p -> assertFalse(p.describe().contains("SQLITE"), p.describe()));
        return e.problems();
    }

    private byte[] readSnapshot() {
        try {
            return Files.readAllBytes(snapshot);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertNamesBoth(List<Problem> problems, Path first, int firstLine, Path second, int secondLine) {
        assertEquals(1, problems.size(), problems.toString());
        Problem p = problems.get(0);
        assertEquals(second.toString(), p.file());
        assertEquals(secondLine, p.line());
        assertTrue(p.messageEn().contains(first + ":" + firstLine), p.describe());
    }

    @Test
    void waterSamplesInTwoFilesAreNamedNotASqliteConstraint() throws Exception {
        String header = "section,date,do,codmn,nh3n,tp\n";
        Path a = file("a.csv", header + "ws-jialing,2026-05-10,8.1,2.5,0.3,0.08\n");
        Path b = file("b.csv", header + "ws-jialing,2026-05-11,8.0,2.5,0.3,0.08\nws-jialing,2026-05-10,8.1,2.5,0.3,0.08\n");
        assertNamesBoth(refused(ImportKind.WATER, a, b), a, 2, b, 3);
    }

    @Test
    void townsIndicatorValuesAndOpenDaysInTwoFilesAreNamed() throws Exception {
        String towns = "code,name_zh,name_en,batch_year,status,summary_zh,summary_en,sample\n";
        Path t1 = file("t1.csv", towns + "town-x,新镇,New,2024,candidate,,,false\n");
        Path t2 = file("t2.csv", towns + "town-x,新镇二,New 2,2024,candidate,,,false\n");
        assertNamesBoth(refused(ImportKind.TOWNS, t1, t2), t1, 2, t2, 2);

        String values = "indicator_code,year,value,origin,note_zh,note_en\n";
        Path v1 = file("v1.csv", values + "zl2-09,2024,30,import,,\n");
        Path v2 = file("v2.csv", values + "\nzl2-09,2024,31,import,,\n");
        assertNamesBoth(refused(ImportKind.VALUES, v1, v2), v1, 2, v2, 3);

        String days = "facility_code,date,start,end,quota,note_zh,note_en,sample\n";
        Path d1 = file("d1.csv", days + "fac-jingkou-wwtp,2027-03-20,09:30,11:30,30,,,false\n");
        Path d2 = file("d2.csv", days + "fac-jingkou-wwtp,2027-03-20,09:30,11:00,20,,,false\n");
        assertNamesBoth(refused(ImportKind.OPEN_DAYS, d1, d2), d1, 2, d2, 2);
    }

    @Test
    void aHeaderOnlyFileChangesNothing() throws Exception {
        Path empty = file("facilities.csv", "code,name_zh,name_en,kind,address_zh,address_en,booking_phone,booking_url,"
                + "virtual_tour_url,description_zh,description_en,sample\n");
        List<Problem> problems = refused(ImportKind.FACILITIES, empty);
        assertTrue(problems.get(0).messageEn().contains("no data rows"), problems.toString());
        Path noise = file("noise.csv", "kind,zone,site,year,period,leq\n\n\n");
        assertTrue(refused(ImportKind.NOISE, noise).get(0).messageEn().contains("no data rows"));
    }

    /** Fresh cases (guard review): the same row said differently, and kinds not covered above. */
    @Test
    void aWaterSampleNamedOnceByCodeAndOnceByChineseNameIsOneSampleTwice() throws Exception {
        Path a = file("code.csv", "section,date,do\nws-jialing,2026-05-10,8.1\n");
        Path b = file("name.csv", "断面,日期,溶解氧\n嘉陵江沙坪坝区段,2026-05-10,8.2\n");
        assertNamesBoth(refused(ImportKind.WATER, a, b), a, 2, b, 2);
    }

    @Test
    void facilitiesNoiseAndGreenInTwoFilesAreNamed() throws Exception {
        String facilities = "code,name_zh,name_en,kind,address_zh,address_en,booking_phone,booking_url,"
                + "virtual_tour_url,description_zh,description_en,sample\n";
        Path f1 = file("f1.csv", facilities + "fac-new,新设施,New,recycling,,,,,,,,false\n");
        Path f2 = file("f2.csv", facilities + "fac-other,另一设施,Other,waste,,,,,,,,false\n"
                + "\"fac-new\",新设施二,New 2,waste,,,,,,,,false\n");
        assertNamesBoth(refused(ImportKind.FACILITIES, f1, f2), f1, 2, f2, 3);

        String noise = "kind,zone,site,year,period,leq\n";
        Path n1 = file("n1.csv", noise + "zone,2,某点位,2024,day,55.1\n");
        Path n2 = file("n2.csv", noise + "zone,2,某点位,2024,day,55.9\n");
        assertNamesBoth(refused(ImportKind.NOISE, n1, n2), n1, 2, n2, 2);

        String green = "code,name_zh,year,value,unit\n";
        Path g1 = file("g1.csv", green + "green-cover,建成区绿化覆盖率,2024,41.2,%\n");
        Path g2 = file("g2.csv", green + "green-cover,建成区绿化覆盖率,2024,41.5,%\n");
        assertNamesBoth(refused(ImportKind.GREEN, g1, g2), g1, 2, g2, 2);
    }
}
