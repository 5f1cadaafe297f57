package org.ecokiosk.ingest.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ecokiosk.ingest.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two files of one import holding the same row (a colleague exported a month twice, or sent
 * yesterday's file again): never last-wins without a word, never a database error; both places
 * are named, file:line and file:line. A header-only file changes nothing.
 */
class DuplicatesAcrossFilesTest {
    @TempDir
    Path dir;
    ImportCandidate candidate;

    @BeforeEach
    void base() throws Exception {
        candidate = ImportCandidate.in(dir);
    }

    /**
     * One kind's same row in two files: the first file's text and the line of the row in it, the
     * second's and its line. The second place is the problem's own; the first is named in it.
     */
    static Stream<Arguments> sameRowInTwoFiles() {
        String water = "section,date,do,codmn,nh3n,tp\n";
        String towns = "code,name_zh,name_en,batch_year,status,summary_zh,summary_en,sample\n";
        String values = "indicator_code,year,value,origin,note_zh,note_en\n";
        String days = "facility_code,date,start,end,quota,note_zh,note_en,sample\n";
        String noise = "kind,zone,site,year,period,leq\n";
        String green = "code,name_zh,year,value,unit\n";
        return Stream.of(
                // a database constraint before, not a message naming both places
                Arguments.of("water samples", ImportKind.WATER,
                        water + "ws-jialing,2026-05-10,8.1,2.5,0.3,0.08\n", 2,
                        water + "ws-jialing,2026-05-11,8.0,2.5,0.3,0.08\nws-jialing,2026-05-10,8.1,2.5,0.3,0.08\n", 3),
                // the same row said differently: once by code, once by the section's Chinese name
                Arguments.of("a water sample by code and by Chinese name", ImportKind.WATER,
                        "section,date,do\nws-jialing,2026-05-10,8.1\n", 2,
                        "断面,日期,溶解氧\n嘉陵江沙坪坝区段,2026-05-10,8.2\n", 2),
                Arguments.of("towns", ImportKind.TOWNS,
                        towns + "town-x,新镇,New,2024,candidate,,,false\n", 2,
                        towns + "town-x,新镇二,New 2,2024,candidate,,,false\n", 2),
                Arguments.of("indicator values", ImportKind.VALUES,
                        values + "zl2-09,2024,30,import,,\n", 2,
                        values + "\nzl2-09,2024,31,import,,\n", 3),
                Arguments.of("open days", ImportKind.OPEN_DAYS,
                        days + "fac-jingkou-wwtp,2027-03-20,09:30,11:30,30,,,false\n", 2,
                        days + "fac-jingkou-wwtp,2027-03-20,09:30,11:00,20,,,false\n", 2),
                // quoted the second time
                Arguments.of("facilities", ImportKind.FACILITIES,
                        FACILITIES + "fac-new,新设施,New,recycling,,,,,,,,false\n", 2,
                        FACILITIES + "fac-other,另一设施,Other,waste,,,,,,,,false\n"
                                + "\"fac-new\",新设施二,New 2,waste,,,,,,,,false\n", 3),
                Arguments.of("noise readings", ImportKind.NOISE,
                        noise + "zone,2,某点位,2024,day,55.1\n", 2,
                        noise + "zone,2,某点位,2024,day,55.9\n", 2),
                Arguments.of("green metrics", ImportKind.GREEN,
                        green + "green-cover,建成区绿化覆盖率,2024,41.2,%\n", 2,
                        green + "green-cover,建成区绿化覆盖率,2024,41.5,%\n", 2));
    }

    private static final String FACILITIES = "code,name_zh,name_en,kind,address_zh,address_en,booking_phone,"
            + "booking_url,virtual_tour_url,description_zh,description_en,sample\n";

    @ParameterizedTest(name = "{0}")
    @MethodSource("sameRowInTwoFiles")
    void theSameRowInTwoFilesNamesBothPlaces(String what, ImportKind kind, String firstText, int firstLine,
            String secondText, int secondLine) throws Exception {
        Path first = candidate.file("first.csv", firstText);
        Path second = candidate.file("second.csv", secondText);
        List<Problem> problems = candidate.refused(kind, first, second);
        assertEquals(1, problems.size(), problems.toString());
        Problem p = problems.get(0);
        assertEquals(second.toString(), p.file());
        assertEquals(secondLine, p.line());
        assertTrue(p.messageEn().contains(first + ":" + firstLine), p.describe());
    }

    static Stream<Arguments> headerOnly() {
        return Stream.of(Arguments.of(ImportKind.FACILITIES, FACILITIES),
                Arguments.of(ImportKind.NOISE, "kind,zone,site,year,period,leq\n\n\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headerOnly")
    void aHeaderOnlyFileChangesNothing(ImportKind kind, String text) throws Exception {
        List<Problem> problems = candidate.refused(kind, candidate.file("header-only.csv", text));
        assertTrue(problems.get(0).messageEn().contains("no data rows"), problems.toString());
    }
}
