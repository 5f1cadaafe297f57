package org.ecokiosk.operations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.ecokiosk.audit.AuditLog;
import org.ecokiosk.ingest.ImportFailedException;
import org.ecokiosk.ingest.air.AirHourlyImport;
import org.ecokiosk.ingest.content.ContentLoader;
import org.ecokiosk.model.DistrictZone;
import org.ecokiosk.snapshot.TestSnapshots;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Today", which no measurement may be dated after, is the configured clock's date in its zone
 * (Asia/Shanghai unless kiosk.zone says otherwise), never the machine's date in the machine's zone:
 * at 00:30 in Chongqing the day's first hours are today's, although UTC still says yesterday.
 */
class TodayFromTheClockTest {
    /** 00:30 on 30 November in Chongqing; still 29 November in UTC. */
    private static final Instant HALF_PAST_MIDNIGHT = Instant.parse("2026-11-29T16:30:00Z");
    private static Path built;
    @TempDir
    Path dir;

    @BeforeAll
    static void build(@TempDir Path shared) throws Exception {
        built = TestSnapshots.fromContent(shared);
    }

    private Imports imports(ZoneId zone) {
        return new Imports(new AuditTrail(new AuditLog(dir.resolve("audit.jsonl")), OperationsFixture.ACTOR,
                Clock.fixed(HALF_PAST_MIDNIGHT, zone)));
    }

    /** The first hours of {@code day} at one station, in the PRSA layout. */
    private Path hoursOf(LocalDate day) throws Exception {
        StringBuilder csv = new StringBuilder("No,year,month,day,hour,PM2.5,PM10,SO2,NO2,CO,O3,TEMP,PRES,DEWP,RAIN,wd,"
                + "WSPM,station\n");
        for (int h = 0; h < 3; h++) {
            csv.append(h + 1).append(',').append(day.getYear()).append(',').append(day.getMonthValue()).append(',')
                    .append(day.getDayOfMonth()).append(',').append(h).append(",20,40,5,30,600,50,1,1020,-5,0,N,2,Test\n");
        }
        return Files.writeString(dir.resolve("hours-" + day + ".csv"), csv);
    }

    private Path copyOfBuilt() throws Exception {
        Path s = dir.resolve("s.sqlite");
        Files.copy(built, s);
        return s;
    }

    @Test
    void theDistrictsFirstHoursOfTheDayAreTodaysWhileUtcSaysYesterday() throws Exception {
        Path s = copyOfBuilt();
        AirHourlyImport.Summary done = imports(DistrictZone.ID).airHourly(s,
                List.of(hoursOf(LocalDate.of(2026, 11, 30))), Fixtures.content());
        assertEquals(3, done.hours());

        Path t = dir.resolve("t.sqlite");
        Files.copy(built, t);
        byte[] before = Files.readAllBytes(t);
        ImportFailedException utc = assertThrows(ImportFailedException.class, () -> imports(ZoneOffset.UTC)
                .airHourly(t, List.of(hoursOf(LocalDate.of(2026, 11, 30))), Fixtures.content()));
        assertTrue(utc.getMessage().contains("outside 2000 to today"), utc.getMessage());
        assertArrayEquals(before, Files.readAllBytes(t));
    }

    @Test
    void tomorrowsHoursAreRefusedByTheClockNotByTheMachinesDate() throws Exception {
        Path s = copyOfBuilt();
        ImportFailedException refused = assertThrows(ImportFailedException.class, () -> imports(DistrictZone.ID)
                .airHourly(s, List.of(hoursOf(LocalDate.of(2026, 12, 1))), Fixtures.content()));
        assertTrue(refused.getMessage().contains("outside 2000 to today"), refused.getMessage());
        // the hash the audit records comes from the import's own verification of its base
        AirHourlyImport.Summary done = imports(DistrictZone.ID).airHourly(s,
                List.of(hoursOf(LocalDate.of(2026, 11, 30))), Fixtures.content());
        assertEquals(org.ecokiosk.snapshot.SnapshotVerifier.verify(built).meta().orElseThrow().contentSha256(),
                done.hashBefore().orElseThrow());
    }

    @Test
    void contentIsDatedAgainstTheDayItIsGivenAndTheDistrictsTodayByDefault() throws Exception {
        assertThrows(ImportFailedException.class, () -> ContentLoader.load(Fixtures.content(), LocalDate.of(2001, 1, 1)),
                "news planned for 2027 is too far ahead of 2001");
        ContentLoader.load(Fixtures.content(), DistrictZone.today());
        assertEquals(ZoneId.of("Asia/Shanghai"), DistrictZone.clock().getZone());
        assertEquals(DistrictZone.ID, org.ecokiosk.config.KioskConfig.DEFAULT_ZONE, "one default zone");
    }
}
