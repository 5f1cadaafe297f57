package org.ecokiosk.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.cli.CliRunner;
import org.ecokiosk.model.UsageCount;
import org.ecokiosk.snapshot.SnapshotStore;
import org.ecokiosk.snapshot.UsageCounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Status documents PUT to a real HTTP server, usage counts kept until they arrive, and fleet status over them. */
class StatusReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    private OriginServer server;
    private UsageCounts counts;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T02:30:00Z"));

    @BeforeEach
    void setUp() throws Exception {
        server = new OriginServer(dir.resolve("origin"), dir.resolve("status"));
        counts = UsageCounts.open(dir.resolve("kiosk").resolve("usage").resolve("usage.sqlite"));
    }

    @AfterEach
    void tearDown() {
        server.close();
        counts.close();
    }

    private StatusReporter reporter(String kioskId) throws Exception {
        SnapshotStore store = new SnapshotStore(dir.resolve("kiosk").resolve("snapshots"));
        store.publish(FleetFixture.first(), 3);
        return new StatusReporter(new FleetHttp(), server.uri("status/"), kioskId, store, Optional.empty(), counts,
                clock);
    }

    @Test
    void theStatusDocumentArrivesByPutWithTheCountsAndTheyAreNotSentTwice() throws Exception {
        try (ScreenUsage usage = new ScreenUsage(counts, clock)) {
            usage.opened("air", "zh");
            usage.opened("air", "zh");
            usage.opened("water", "en");
            usage.flush();
        }
        StatusReporter reporter = reporter("沙坪坝-小龙坎-01");
        assertEquals(Optional.empty(), reporter.reportOnce());
        OriginServer.Seen put = server.seen("status/").get(0);
        assertEquals("PUT", put.method());
        Path doc = dir.resolve("status").resolve("沙坪坝-小龙坎-01.json");
        JsonNode sent = JSON.readTree(Files.readString(doc));
        assertEquals("沙坪坝-小龙坎-01", sent.get("kioskId").asText());
        assertEquals(64, sent.get("snapshot").get("contentSha256").asText().length());
        assertTrue(sent.get("freeDiskBytes").asLong() > 0);
        assertTrue(sent.has("uptimeSeconds"));
        assertTrue(sent.has("clockSkewSeconds"));
        assertEquals(2, sent.get("usageSinceLastReport").size());
        JsonNode air = sent.get("usageSinceLastReport").get(0);
        assertEquals("2026-12-01", air.get("day").asText());
        assertEquals("air", air.get("screen").asText());
        assertEquals(2, air.get("count").asInt());
        java.util.List<String> fields = new java.util.ArrayList<>();
        air.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("day", "screen", "language", "count"), fields, "anonymous: no time finer than the day");

        assertEquals(Optional.empty(), reporter.reportOnce());
        assertEquals(0, JSON.readTree(Files.readString(doc)).get("usageSinceLastReport").size());
    }

    @Test
    void whatCouldNotBeSentIsSentWithTheNextReport() throws Exception {
        counts.opened(LocalDate.parse("2026-11-30"), "plan", "zh");
        StatusReporter reporter = reporter("kiosk-02");
        server.failNextPuts(1);
        assertTrue(reporter.reportOnce().orElseThrow().contains("HTTP 503"));
        assertEquals(List.of(new UsageCount(LocalDate.parse("2026-11-30"), "plan", "zh", 1)), counts.unreported());
        counts.opened(LocalDate.parse("2026-12-01"), "plan", "zh");
        assertEquals(Optional.empty(), reporter.reportOnce());
        JsonNode sent = JSON.readTree(Files.readString(dir.resolve("status").resolve("kiosk-02.json")));
        assertEquals(2, sent.get("usageSinceLastReport").size());
        assertEquals(List.of(), counts.unreported());
        assertEquals(2, counts.between(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-12-31")).size());
    }

    @Test
    void fleetStatusShowsEveryKioskAndFlagsTheStaleOnes() throws Exception {
        counts.opened(LocalDate.now(), "air", "zh");
        StatusReporter fresh = new StatusReporter(new FleetHttp(), server.uri("status/"), "fresh-kiosk",
                new SnapshotStore(dir.resolve("none")), Optional.empty(), counts,
                java.time.Clock.systemUTC());
        assertEquals(Optional.empty(), fresh.reportOnce());
        StatusReporter old = new StatusReporter(new FleetHttp(), server.uri("status/"), "quiet-kiosk",
                new SnapshotStore(dir.resolve("none")), Optional.empty(), counts,
                java.time.Clock.fixed(Instant.now().minus(Duration.ofHours(5)), java.time.ZoneOffset.UTC));
        assertEquals(Optional.empty(), old.reportOnce());
        Files.writeString(dir.resolve("status").resolve("notes.json"), "{\"hello\": 1}");

        CliRunner.Result table = CliRunner.run("fleet", "status", "--dir", dir.resolve("status").toString());
        assertEquals(0, table.exitCode(), table.err());
        String freshLine = table.out().lines().filter(l -> l.startsWith("fresh-kiosk")).findFirst().orElseThrow();
        String quietLine = table.out().lines().filter(l -> l.startsWith("quiet-kiosk")).findFirst().orElseThrow();
        assertTrue(freshLine.endsWith("ok"), freshLine);
        assertTrue(quietLine.contains("STALE"), quietLine);
        assertTrue(table.err().contains("notes.json"), table.err());

        CliRunner.Result json = CliRunner.run("fleet", "status", "--dir", dir.resolve("status").toString(), "--json");
        JsonNode root = JSON.readTree(json.out());
        assertEquals(2, root.get("kiosks").asInt());
        assertEquals(1, root.get("stale").asInt());
        assertEquals("fresh-kiosk", root.get("fleet").get(0).get("kioskId").asText());
        assertFalse(root.get("fleet").get(0).get("stale").asBoolean());
        assertTrue(root.get("fleet").get(1).get("stale").asBoolean());
        assertEquals(1, root.get("fleet").get(0).get("screensOpenedSinceLastReport").asInt());
        // each kiosk's monthly totals are cumulative: both documents carry the shared counter's one opening
        assertEquals(java.time.Year.now().getValue(), root.get("screensOpened").get("year").asInt());
        assertEquals(2, root.get("screensOpened").get("byScreen").get("air").asInt());
        assertTrue(table.out().contains("screens opened in " + java.time.Year.now().getValue() + ", all kiosks: 2"),
                table.out());
    }

    @Test
    void backoffDoublesUpToSixteenIntervalsAndReturnsAfterASuccess() {
        Backoff b = new Backoff(Duration.ofSeconds(100), new java.util.Random(1));
        long first = b.next(false).toSeconds();
        assertTrue(first >= 190 && first <= 210, "twice: " + first);
        for (int i = 0; i < 10; i++) {
            b.next(false);
        }
        long capped = b.next(false).toSeconds();
        assertTrue(capped >= 1520 && capped <= 1680, "sixteen times: " + capped);
        long back = b.next(true).toSeconds();
        assertTrue(back >= 95 && back <= 105, "regular again: " + back);
    }
}
