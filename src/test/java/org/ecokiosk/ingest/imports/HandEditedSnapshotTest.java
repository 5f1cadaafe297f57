package org.ecokiosk.ingest.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.ecokiosk.ingest.ImportFailedException;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.snapshot.SnapshotStore;
import org.ecokiosk.snapshot.SnapshotVerifier;
import org.ecokiosk.snapshot.TestSnapshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A snapshot edited by hand and re-hashed verifies (the hash is a corruption check, not a
 * signature), so publish and import run every content rule on it: negative AQIs, dates in 2099,
 * javascript: booking links and HTML in page titles never reach a kiosk, and are never built on.
 */
class HandEditedSnapshotTest {
    @TempDir
    Path dir;

    private Path edited(String name, String... sql) throws Exception {
        Path s = TestSnapshots.fromContent(dir, name, TestSnapshots.BUILT_AT);
        TestSnapshots.editAndRehash(s, sql);
        assertTrue(SnapshotVerifier.verify(s).ok(), "re-hashed, it verifies");
        return s;
    }

    @Test
    void everyKindOfHandEditIsRefusedAtPublishAndTheStoreStaysAsItWas() throws Exception {
        SnapshotStore store = new SnapshotStore(dir.resolve("store"));
        org.ecokiosk.operations.Publishing publisher = new org.ecokiosk.operations.Publishing(
                new org.ecokiosk.operations.AuditTrail(new org.ecokiosk.audit.AuditLog(dir.resolve("audit.jsonl")),
                        new org.ecokiosk.model.audit.Actor("officer", "test-kiosk", "host", java.util.Optional.empty()),
                        Clock.systemUTC()));
        Path good = TestSnapshots.fromContent(dir, "good.sqlite", TestSnapshots.BUILT_AT);
        Path current = publisher.publish(store, good, 5).to();
        List<List<String>> edits = List.of(
                List.of("UPDATE air_day SET aqi = -40 WHERE date = (SELECT min(date) FROM air_day)", "air_day"),
                List.of("UPDATE open_day SET date = '2099-06-01' WHERE date = (SELECT min(date) FROM open_day)", "open_day"),
                List.of("UPDATE facility SET booking_url = 'javascript:alert(1)'", "facility"),
                List.of("UPDATE page SET title_zh = '<img src=x onerror=alert(1)>'", "page"),
                List.of("UPDATE facility SET name_zh = '井口' || char(8238) || '厂'", "facility"),
                List.of("UPDATE water_measurement SET value = -3", "water_sample"));
        int i = 0;
        for (List<String> edit : edits) {
            Path bad = edited("bad" + i++ + ".sqlite", edit.get(0));
            ImportFailedException e = assertThrows(ImportFailedException.class, () -> publisher.publish(store, bad, 5),
                    edit.get(0));
            String tables = e.problems().stream().map(Problem::file).collect(Collectors.joining(" "));
            assertTrue(tables.contains("#" + edit.get(1)), edit.get(0) + " → " + tables);
            assertEquals(current, store.current().orElseThrow());
            assertEquals(List.of(), PublishChecks.check(good));
            assertTrue(!PublishChecks.check(bad).isEmpty());
        }
    }

    @Test
    void anImportDoesNotBuildOnAHandEditedBase() throws Exception {
        Path base = edited("base.sqlite", "UPDATE open_day SET date = '2099-06-01' WHERE date = (SELECT min(date) FROM open_day)");
        byte[] before = Files.readAllBytes(base);
        Path towns = dir.resolve("towns.csv");
        Files.writeString(towns, "code,name_zh,name_en,batch_year,status,summary_zh,summary_en,sample\n"
                + "town-new,新镇,New,2024,candidate,,,false\n");
        ImportFailedException e = assertThrows(ImportFailedException.class, () ->
                new Importer(Path.of("content"), Clock.systemDefaultZone()).run(ImportKind.TOWNS, base, List.of(towns)));
        assertTrue(e.problems().get(0).messageEn().contains("breaks the content rules itself"));
        assertTrue(e.problems().stream().anyMatch(p -> p.file().endsWith("#open_day")));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(base)));
    }

    /** Fresh hand edits (guard review): every table a resident's screen reads from, and the images. */
    @Test
    void freshHandEditsOfEveryTableAreFoundByThePublishChecks() throws Exception {
        List<List<String>> edits = List.of(
                List.of("UPDATE air_hour SET pm25 = -5 WHERE hour = (SELECT min(hour) FROM air_hour)", "air_hour"),
                List.of("INSERT INTO station (code, name_zh, name_en, city, origin) VALUES ('../etc', 'x', 'x', 'Chongqing', 'sample')", "station"),
                List.of("UPDATE page SET body_zh = body_zh || '<script>alert(1)</script>'", "page"),
                List.of("UPDATE page SET publish_until = '2000-01-01'", "page"),
                List.of("UPDATE eco_town SET summary_zh = summary_zh || char(7)", "eco_town"),
                List.of("UPDATE facility SET kind = 'hospital'", "facility"),
                List.of("UPDATE facility SET description_zh = replace(hex(zeroblob(150000)), '00', 'xx')", "facility"),
                List.of("UPDATE facility SET virtual_tour_url = 'https://10.1.2.3/tour'", "facility"),
                List.of("UPDATE air_day SET date = '1999-12-31' WHERE date = (SELECT min(date) FROM air_day)", "air_day"),
                List.of("UPDATE image SET bytes = substr(bytes, 1, 200)", "image"));
        int i = 0;
        for (List<String> edit : edits) {
            Path bad = edited("fresh" + i++ + ".sqlite", edit.get(0));
            List<Problem> problems = PublishChecks.check(bad);
            String tables = problems.stream().map(Problem::file).collect(Collectors.joining(" "));
            assertTrue(tables.contains("#" + edit.get(1)), edit.get(0) + " → " + tables);
            problems.forEach(p -> assertTrue(p.describe().length() < 600, "a short message, no raw cell: " + p.describe()));
        }
    }
}
