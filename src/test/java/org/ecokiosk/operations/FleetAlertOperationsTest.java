package org.ecokiosk.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.fleet.AlertLevel;
import org.ecokiosk.fleet.FleetException;
import org.ecokiosk.fleet.FleetKeys;
import org.ecokiosk.fleet.FleetOverview;
import org.ecokiosk.fleet.Manifest;
import org.ecokiosk.fleet.Origin;
import org.ecokiosk.fleet.PullHistory;
import org.ecokiosk.fleet.StatusDocument;
import org.ecokiosk.fleet.StatusJson;
import org.ecokiosk.model.MonthlyUsage;
import org.ecokiosk.snapshot.TestSnapshots;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Admin mode issues and clears the alert through the same audited operation as the command line. */
class FleetAlertOperationsTest {
    @TempDir
    Path dir;
    private Path originDir;
    private Path key;
    private OperationsFixture fx;

    @BeforeEach
    void setUp() throws Exception {
        originDir = dir.resolve("origin");
        FleetKeys.Written keys = FleetKeys.generate(dir.resolve("keys"));
        key = keys.privateKey();
        fx = new OperationsFixture(dir);
        new Origin(originDir, OperationsFixture.CLOCK).publish(TestSnapshots.fromContent(Files.createDirectories(
                dir.resolve("built"))), FleetKeys.readPrivate(key), Optional.of(FleetKeys.readPublic(keys.publicKey())),
                snapshot -> List.of());
    }

    private AdminOperations admin(Map<String, String> settings) throws Exception {
        KioskConfig config = KioskConfig.load(Fixtures.kioskConfig(dir.resolve("cfg"), settings));
        return new AdminOperations(config, dir.resolve("reports"), Optional.empty(), fx.trail);
    }

    private AdminOperations configured() throws Exception {
        return admin(Map.of("fleet.origin.dir", originDir.toString(), "fleet.office.key", key.toString(),
                "fleet.status.dir", dir.resolve("status").toString()));
    }

    private Manifest manifest() throws Exception {
        return new Origin(originDir, OperationsFixture.CLOCK).current(FleetKeys.readPublic(
                key.resolveSibling(FleetKeys.PUBLIC_FILE)));
    }

    @Test
    void issuedAndClearedWithTheConfiguredKeyEachAuditedOnce() throws Exception {
        AdminOperations admin = configured();
        assertEquals(Optional.empty(), admin.currentAlert());
        Manifest issued = admin.issueAlert(new AlertRequest("red", "重污染天气红色预警：停止户外活动",
                "Red alert: heavy pollution, stay indoors", "2026-12-01T20:00"));
        assertEquals(AlertLevel.RED, issued.alert().orElseThrow().level());
        assertEquals(java.time.Instant.parse("2026-12-01T12:00:00Z"), issued.alert().orElseThrow().until(),
                "a time without offset is Beijing time");
        assertEquals(issued.alert(), manifest().alert(), "signed into the origin's manifest");
        assertEquals(issued.alert(), admin.currentAlert());
        admin.clearAlert();
        assertEquals(Optional.empty(), manifest().alert());
        assertEquals(List.of("fleet-alert:ok", "fleet-alert:ok"), fx.logged());
        assertTrue(fx.entries().get(0).detail().contains("red until"), fx.entries().get(0).detail());
    }

    @Test
    void anEndTimeWithoutOffsetIsReadInTheKiosksZoneAsTheBannerShowsIt() throws Exception {
        AuditTrail tokyo = new AuditTrail(fx.log, OperationsFixture.ACTOR,
                OperationsFixture.CLOCK.withZone(java.time.ZoneId.of("Asia/Tokyo")));
        Manifest issued = new FleetOrigins(tokyo).issueAlert(originDir, key, Optional.empty(), new AlertRequest(
                "blue", "蓝色预警", "Blue alert", "2026-12-01T20:00"));
        assertEquals(java.time.Instant.parse("2026-12-01T11:00:00Z"), issued.alert().orElseThrow().until(),
                "20:00 typed on a kiosk whose kiosk.zone is Asia/Tokyo is 20:00 there");
        Manifest withOffset = new FleetOrigins(tokyo).issueAlert(originDir, key, Optional.empty(), new AlertRequest(
                "blue", "蓝色预警", "Blue alert", "2026-12-01T20:00+08:00"));
        assertEquals(java.time.Instant.parse("2026-12-01T12:00:00Z"), withOffset.alert().orElseThrow().until(),
                "an offset typed wins over the zone");
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAuditedAndTheManifestUntouched() throws Exception {
        AdminOperations admin = configured();
        String before = Files.readString(originDir.resolve(Origin.MANIFEST));
        FleetException level = assertThrows(FleetException.class, () -> admin.issueAlert(
                new AlertRequest("purple", "文字", "text", "2026-12-01T20:00")));
        assertTrue(level.getMessage().contains("level 'purple'"), level.getMessage());
        FleetException empty = assertThrows(FleetException.class, () -> admin.issueAlert(
                new AlertRequest("blue", " ", "text", "2026-12-01T20:00")));
        assertTrue(empty.getMessage().startsWith("zh (the Chinese text) is empty"), empty.getMessage());
        FleetException past = assertThrows(FleetException.class, () -> admin.issueAlert(
                new AlertRequest("blue", "文字", "text", "2026-11-30T20:00")));
        assertTrue(past.getMessage().contains("already past"), past.getMessage());
        assertEquals(before, Files.readString(originDir.resolve(Origin.MANIFEST)));
        assertEquals(List.of("fleet-alert:rejected", "fleet-alert:rejected", "fleet-alert:rejected"), fx.logged());
    }

    @Test
    void withoutAKeyConfiguredItSaysWhichSettingsToSetAndSignsNothing() throws Exception {
        AdminOperations admin = admin(Map.of());
        assertTrue(!admin.fleetOffice().signs());
        String before = Files.readString(originDir.resolve(Origin.MANIFEST));
        Refused r = assertThrows(Refused.class, () -> admin.issueAlert(new AlertRequest("red", "文字", "text",
                "2026-12-01T20:00")));
        assertTrue(r.getMessage().contains("fleet.origin.dir and fleet.office.key"), r.getMessage());
        assertThrows(Refused.class, admin::clearAlert);
        Refused status = assertThrows(Refused.class, admin::fleetStatus);
        assertTrue(status.getMessage().contains("fleet.status.dir"), status.getMessage());
        assertEquals(before, Files.readString(originDir.resolve(Origin.MANIFEST)));
    }

    @Test
    void theFleetStatusIsTheOverviewTheCommandLineReads() throws Exception {
        Path status = Files.createDirectories(dir.resolve("status"));
        java.time.Instant now = OperationsFixture.CLOCK.instant();
        PullHistory pulls = new PullHistory(Optional.of(now), Optional.of(now), Optional.empty(), Optional.of(1L));
        Files.writeString(status.resolve("a.json"), StatusJson.write(new StatusDocument("a", now.minusSeconds(120),
                Optional.empty(), pulls, 1, 1, Optional.empty(), List.of(),
                List.of(new MonthlyUsage(java.time.YearMonth.of(2026, 3), "air", "zh", 7)))));
        Files.writeString(status.resolve("b.json"), StatusJson.write(new StatusDocument("b", now.minusSeconds(7200),
                Optional.empty(), pulls, 1, 1, Optional.empty(), List.of(), List.of())));
        FleetOverview.Fleet fleet = configured().fleetStatus();
        assertEquals(List.of("a", "b"), fleet.kiosks().stream().map(k -> k.status().kioskId()).toList());
        assertEquals(List.of(false, true), fleet.kiosks().stream().map(FleetOverview.Kiosk::stale).toList());
        assertEquals(7, fleet.openedTotal(2026));
    }
}
