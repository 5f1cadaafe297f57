package org.ecokiosk.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.snapshot.SnapshotStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publish → pull → swap against a real HTTP server on 127.0.0.1, and every way it must refuse. */
class FleetPullTest {
    @TempDir
    Path dir;
    private Path originDir;
    private OriginServer server;
    private Origin origin;
    private PrivateKey privateKey;
    private PublicKey publicKey;
    private SnapshotStore store;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));

    @BeforeEach
    void setUp() throws Exception {
        originDir = dir.resolve("origin");
        Files.createDirectories(originDir);
        server = new OriginServer(originDir, dir.resolve("status"));
        FleetKeys.Written keys = FleetKeys.generate(dir.resolve("keys"));
        privateKey = FleetKeys.readPrivate(keys.privateKey());
        publicKey = FleetKeys.readPublic(keys.publicKey());
        origin = new Origin(originDir, clock);
        store = new SnapshotStore(dir.resolve("kiosk").resolve("snapshots"));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private PullCycle cycle(PublicKey trusted) {
        return new PullCycle(new FleetHttp(Duration.ofSeconds(5)), server.uri("manifest.json"), trusted, store, 3,
                dir.resolve("kiosk").resolve("fleet"), FleetFixture.noProblems(), clock);
    }

    private PullCycle cycle() {
        return cycle(publicKey);
    }

    private String contentOf(Path snapshot) throws Exception {
        try (SnapshotReader r = SnapshotReader.open(snapshot)) {
            return r.meta().contentSha256();
        }
    }

    private String currentContent() throws Exception {
        return contentOf(store.current().orElseThrow());
    }

    /** The kiosk already shows the first snapshot; the office then publishes the second. */
    private Manifest kioskOnFirstThenSecondPublished() throws Exception {
        origin.publish(FleetFixture.first(), privateKey, Optional.of(publicKey), FleetFixture.noProblems());
        assertTrue(cycle().run().changed());
        clock.advance(Duration.ofMinutes(5));
        return origin.publish(FleetFixture.second(), privateKey, Optional.of(publicKey), FleetFixture.noProblems())
                .manifest();
    }

    @Test
    void publishPullSwap() throws Exception {
        Manifest m = origin.publish(FleetFixture.first(), privateKey, Optional.of(publicKey), FleetFixture.noProblems())
                .manifest();
        assertTrue(Files.isRegularFile(originDir.resolve("snapshots").resolve(m.contentSha256() + ".sqlite")));
        PullResult r = cycle().run();
        assertEquals(Optional.empty(), r.error());
        assertTrue(r.changed());
        assertEquals(Optional.of(m.contentSha256()), r.snapshot());
        assertEquals(m.contentSha256(), currentContent());

        clock.advance(Duration.ofMinutes(5));
        Manifest next = origin.publish(FleetFixture.second(), privateKey, Optional.of(publicKey),
                FleetFixture.noProblems()).manifest();
        PullResult second = cycle().run();
        assertTrue(second.changed(), second.toString());
        assertEquals(next.contentSha256(), currentContent());
        assertEquals(2, store.history().size());
    }

    @Test
    void unchangedManifestIsA304AndDownloadsNothing() throws Exception {
        origin.publish(FleetFixture.first(), privateKey, Optional.of(publicKey), FleetFixture.noProblems());
        assertTrue(cycle().run().changed());
        int snapshotGets = server.seen("snapshots/").size();
        Map<String, String> before = FleetFixture.fingerprint(store.dir());
        PullResult again = cycle().run();
        assertTrue(again.ok(), again.toString());
        assertFalse(again.changed());
        OriginServer.Seen last = server.seen("manifest.json").get(server.seen("manifest.json").size() - 1);
        assertEquals(304, last.status());
        assertFalse(last.header("If-None-Match").isEmpty());
        assertEquals(snapshotGets, server.seen("snapshots/").size());
        assertEquals(before, FleetFixture.fingerprint(store.dir()));
    }

    @Test
    void aTamperedSnapshotLeavesTheStoreAsItWas() throws Exception {
        Manifest m = kioskOnFirstThenSecondPublished();
        Path served = originDir.resolve(m.snapshotPath());
        byte[] bytes = Files.readAllBytes(served);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(served, bytes);
        Map<String, String> before = FleetFixture.fingerprint(store.dir());
        PullResult r = cycle().run();
        assertTrue(r.error().orElseThrow().contains("SHA-256"), r.toString());
        assertFalse(r.changed());
        assertEquals(before, FleetFixture.fingerprint(store.dir()));
        assertEquals(contentOf(FleetFixture.first()), currentContent());
    }

    @Test
    void aTamperedManifestLeavesTheStoreAsItWas() throws Exception {
        Manifest m = kioskOnFirstThenSecondPublished();
        Path manifest = originDir.resolve("manifest.json");
        String text = Files.readString(manifest, StandardCharsets.UTF_8);
        // point the signed payload at a bigger size: exactly what an attacker swapping files would need
        Files.writeString(manifest, text.replace("\\\"bytes\\\":" + m.bytes(), "\\\"bytes\\\":" + (m.bytes() + 1)),
                StandardCharsets.UTF_8);
        assertFalse(text.equals(Files.readString(manifest, StandardCharsets.UTF_8)));
        Map<String, String> before = FleetFixture.fingerprint(store.dir());
        PullResult r = cycle().run();
        assertTrue(r.error().orElseThrow().contains("signature"), r.toString());
        assertEquals(before, FleetFixture.fingerprint(store.dir()));
        assertEquals(List.of(), server.seen("snapshots/" + m.contentSha256()));
    }

    @Test
    void aManifestSignedWithAnotherKeyLeavesTheStoreAsItWas() throws Exception {
        kioskOnFirstThenSecondPublished();
        PublicKey other = FleetKeys.readPublic(FleetKeys.generate(dir.resolve("other")).publicKey());
        Map<String, String> before = FleetFixture.fingerprint(store.dir());
        PullResult r = cycle(other).run();
        assertTrue(r.error().orElseThrow().contains("does not match the office's public key"), r.toString());
        assertEquals(before, FleetFixture.fingerprint(store.dir()));
        assertEquals(contentOf(FleetFixture.first()), currentContent());
    }

    @Test
    void anUnsignedManifestIsRefused() throws Exception {
        Manifest m = kioskOnFirstThenSecondPublished();
        Files.writeString(originDir.resolve("manifest.json"), ManifestJson.write(m.withAlert(Optional.of(
                new FleetAlert(AlertLevel.RED, "假预警", "fake alert", clock.instant(), clock.instant().plusSeconds(3600))),
                clock.instant())));
        PullResult r = cycle().run();
        assertTrue(r.error().orElseThrow().contains("unsigned"), r.toString());
        assertEquals(Optional.empty(), r.alert());
    }

    @Test
    void aDownloadCutMidWayLeavesTheStoreAsItWasThenResumes() throws Exception {
        Manifest m = kioskOnFirstThenSecondPublished();
        long half = m.bytes() / 2;
        server.cutNextAfter("snapshots/", half);
        Map<String, String> before = FleetFixture.fingerprint(store.dir());
        PullResult cut = cycle().run();
        java.util.regex.Matcher at = java.util.regex.Pattern.compile("cut off at (\\d+) of " + m.bytes())
                .matcher(cut.error().orElseThrow());
        assertTrue(at.find(), cut.toString());
        // what was in flight when the connection dropped may be lost, never more than was sent
        long got = Long.parseLong(at.group(1));
        assertTrue(got > 0 && got <= half, cut.toString());
        assertEquals(before, FleetFixture.fingerprint(store.dir()));
        assertEquals(contentOf(FleetFixture.first()), currentContent());

        PullResult resumed = cycle().run();
        assertTrue(resumed.ok(), resumed.toString());
        assertTrue(resumed.changed());
        assertEquals(m.contentSha256(), currentContent());
        List<OriginServer.Seen> gets = server.seen("snapshots/" + m.contentSha256());
        OriginServer.Seen last = gets.get(gets.size() - 1);
        assertEquals("bytes=" + got + "-", last.header("Range"));
        assertEquals(206, last.status());
    }

    @Test
    void aSnapshotTheChecksRefuseLeavesTheStoreAsItWasAndIsNotFetchedAgain() throws Exception {
        Manifest m = kioskOnFirstThenSecondPublished();
        Map<String, String> before = FleetFixture.fingerprint(store.dir());
        PullCycle refusing = new PullCycle(new FleetHttp(), server.uri("manifest.json"), publicKey, store, 3,
                dir.resolve("kiosk").resolve("fleet"), s -> List.of("news.md:3 [title] — 标题为空 / the title is empty"),
                clock);
        PullResult r = refusing.run();
        assertTrue(r.error().orElseThrow().contains("the title is empty"), r.toString());
        assertEquals(before, FleetFixture.fingerprint(store.dir()));
        int gets = server.seen("snapshots/" + m.contentSha256()).size();
        assertTrue(refusing.run().error().orElseThrow().contains("refused before"));
        assertEquals(gets, server.seen("snapshots/" + m.contentSha256()).size());
    }

    @Test
    void anAlertIsShownUntilItExpiresWithoutANewSnapshot() throws Exception {
        origin.publish(FleetFixture.first(), privateKey, Optional.of(publicKey), FleetFixture.noProblems());
        assertEquals(Optional.empty(), cycle().run().alert());
        Instant until = clock.instant().plus(Duration.ofHours(6));
        origin.setAlert(Optional.of(new FleetAlert(AlertLevel.ORANGE, "重污染天气橙色预警", "Orange alert: heavy pollution",
                clock.instant(), until)), privateKey, publicKey);
        int snapshotGets = server.seen("snapshots/").size();
        PullResult shown = cycle().run();
        assertTrue(shown.ok(), shown.toString());
        assertFalse(shown.changed());
        assertEquals(AlertLevel.ORANGE, shown.alert().orElseThrow().level());
        assertEquals("重污染天气橙色预警", shown.alert().get().zh());
        assertEquals(snapshotGets, server.seen("snapshots/").size());
        assertEquals(Optional.of(shown.alert().get()), cycle().rememberedAlert());

        clock.advance(Duration.ofHours(6));
        PullResult expired = cycle().run();
        assertTrue(expired.ok(), expired.toString());
        assertEquals(Optional.empty(), expired.alert());
        assertEquals(Optional.empty(), cycle().rememberedAlert());
    }

    @Test
    void anOlderManifestReplayedIsRefused() throws Exception {
        origin.publish(FleetFixture.first(), privateKey, Optional.of(publicKey), FleetFixture.noProblems());
        String old = Files.readString(originDir.resolve("manifest.json"), StandardCharsets.UTF_8);
        clock.advance(Duration.ofMinutes(1));
        origin.setAlert(Optional.of(new FleetAlert(AlertLevel.RED, "红色预警", "Red alert", clock.instant(),
                clock.instant().plusSeconds(7200))), privateKey, publicKey);
        assertTrue(cycle().run().alert().isPresent());
        Files.writeString(originDir.resolve("manifest.json"), old, StandardCharsets.UTF_8);
        PullResult r = cycle().run();
        assertTrue(r.error().orElseThrow().contains("replayed"), r.toString());
        assertTrue(r.alert().isPresent(), "the last good alert stays");
    }

    @Test
    void publishRefusesWhatTheChecksRefuseAndWritesNothing() throws Exception {
        FleetException e = assertThrows(FleetException.class, () -> origin.publish(FleetFixture.first(), privateKey,
                Optional.of(publicKey), s -> List.of("facilities.csv:4 [code] — 重复 / duplicate")));
        assertEquals(List.of("facilities.csv:4 [code] — 重复 / duplicate"), e.details());
        assertEquals(Map.of(), FleetFixture.fingerprint(originDir));
    }

    @Test
    void anAlertIsNeverSignedOverAManifestEditedOnTheServer() throws Exception {
        Manifest m = origin.publish(FleetFixture.first(), privateKey, Optional.of(publicKey), FleetFixture.noProblems())
                .manifest();
        Path manifest = originDir.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace(m.fileSha256(), "0".repeat(64)));
        assertThrows(FleetException.class, () -> origin.setAlert(Optional.empty(), privateKey, publicKey));
    }

    @Test
    void noServerMeansAnErrorInWordsAndTheSameStore() throws Exception {
        origin.publish(FleetFixture.first(), privateKey, Optional.of(publicKey), FleetFixture.noProblems());
        assertTrue(cycle().run().changed());
        Map<String, String> before = FleetFixture.fingerprint(store.dir());
        server.close();
        PullResult r = cycle().run();
        assertTrue(r.error().orElseThrow().startsWith("cannot reach 127.0.0.1"), r.toString());
        assertEquals(before, FleetFixture.fingerprint(store.dir()));
        assertTrue(r.lastSuccess().isPresent());
    }

    @Test
    void thePollerPullsOffTheCallersThreadAndReportsTheAlert() throws Exception {
        origin.publish(FleetFixture.first(), privateKey, Optional.of(publicKey), FleetFixture.noProblems());
        origin.setAlert(Optional.of(new FleetAlert(AlertLevel.YELLOW, "黄色预警", "Yellow alert", clock.instant(),
                clock.instant().plusSeconds(3600))), privateKey, publicKey);
        java.util.concurrent.BlockingQueue<FleetCondition> seen = new java.util.concurrent.LinkedBlockingQueue<>();
        java.util.concurrent.BlockingQueue<String> threads = new java.util.concurrent.LinkedBlockingQueue<>();
        try (FleetPoller poller = new FleetPoller(cycle(), Duration.ofHours(1), c -> {
            threads.add(Thread.currentThread().getName());
            seen.add(c);
        }).start(Duration.ZERO)) {
            FleetCondition before = seen.poll(30, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(Optional.empty(), before.alert(), "nothing remembered yet");
            FleetCondition after = seen.poll(30, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(AlertLevel.YELLOW, after.alert().orElseThrow().level());
            assertFalse(after.failing());
            assertEquals(List.of("fleet-poller", "fleet-poller"), List.copyOf(threads));
        }
        assertEquals(contentOf(FleetFixture.first()), currentContent());
    }
}
