package org.ecokiosk.kiosk;

import static org.ecokiosk.kiosk.KioskFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.ecokiosk.model.AirHour;
import org.ecokiosk.snapshot.SnapshotContent;
import org.ecokiosk.snapshot.SnapshotWriter;
import org.ecokiosk.standards.air.Pollutant;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ecokiosk.kiosk.widgets.Glyph;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The air screen as a dashboard (issue 14 item 3), headless, on two test stations with daily
 * data and their last 24 hours: six pollutants with IAQI, the 24-hour curve, a 30-day calendar
 * in colour, word and shape, advice by audience with icons, a map with a marker per station, and
 * good days so far against the plan's target.
 */
@ExtendWith(ApplicationExtension.class)
class AirDashboardTest {
    private static final LocalDate LATEST = EnvironmentSnapshots.LATEST_2026;
    private static Path snapshot;

    static synchronized Path snapshot() throws Exception {
        if (snapshot == null) {
            Path dir = Files.createTempDirectory("kiosk-air");
            dir.toFile().deleteOnExit();
            snapshot = dir.resolve("air.sqlite");
            try (SnapshotWriter writer = SnapshotWriter.createNew(snapshot)) {
                writer.append(org.ecokiosk.ingest.content.ContentLoader.load(Fixtures.content()));
                writer.append(EnvironmentSnapshots.monitoring(LATEST));
                writer.append(SnapshotContent.builder().airHours(hours()).build());
                writer.finish("test: air dashboard", EnvironmentSnapshots.BUILT_AT);
            }
        }
        return snapshot;
    }

    /** The latest day's 24 hours at both stations; S2 runs dirtier, so the two markers differ. */
    private static List<AirHour> hours() {
        List<AirHour> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            LocalDateTime at = LATEST.atTime(h, 0);
            hours.add(new AirHour("SPB-S1", at, 20 + h, 40 + h, 8, 30, 0.6, 60 + h));
            hours.add(new AirHour("SPB-S2", at, 70 + h, 110 + h, 9, 45, 0.8, 90));
        }
        return hours;
    }

    @RegisterExtension
    final KioskFixture fixture = KioskFixture.shown().on((config, dir) -> snapshot(), Clock.fixed(
            LATEST.plusDays(1).atTime(0, 30).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai")));

    private static void openAir(FxRobot robot) throws Exception {
        robot.clickOn("#tile-air");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#air-now-aqi").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void sixPollutantsWithTheirSubIndexAndThe24HourCurve(FxRobot robot) throws Exception {
        openAir(robot);
        for (Pollutant p : Pollutant.values()) {
            Node cell = robot.lookup("#air-now-" + p.code().replace(".", "")).query();
            List<String> words = robot.from(cell).lookup(".label").queryAllAs(Labeled.class).stream()
                    .map(Labeled::getText).toList();
            assertTrue(words.stream().anyMatch(w -> w.startsWith("分指数 ")), p + ": " + words);
            assertTrue(words.stream().anyMatch(w -> w.contains(p.unit().symbol())), p + " concentration: " + words);
            assertFalse(robot.from(cell).lookup(".level-shape").queryAll().isEmpty(), p + ": the level's shape");
        }
        assertTrue(robot.lookup("#air-now-chart").tryQuery().isPresent(), "hours exist: the 24-hour curve");
    }

    @Test
    void theCalendarHasThirtyDaysEachWithColourWordAndShape(FxRobot robot) throws Exception {
        openAir(robot);
        List<Node> cells = new ArrayList<>(robot.lookup(".cal-cell").queryAll());
        assertEquals(30, cells.size());
        int withData = 0;
        for (Node cell : cells) {
            if (cell.getStyleClass().contains("cal-empty")) {
                continue;
            }
            withData++;
            Labeled category = robot.from(cell).lookup(".cal-category").queryAs(Labeled.class);
            assertFalse(category.getText().isBlank(), cell.getId());
            assertTrue(robot.from(cell).lookup(".cal-aqi").queryAs(Labeled.class).getGraphic() instanceof Glyph,
                    cell.getId() + ": the level's shape beside the number, the word below");
        }
        assertEquals(29, withData, "one day of the fixture has no data");
    }

    @Test
    void adviceForEachAudienceWithAFaceAndAFigure(FxRobot robot) throws Exception {
        openAir(robot);
        for (String row : List.of("#air-now-advice-effect", "#air-now-advice-SENSITIVE", "#air-now-advice-GENERAL",
                "#air-advice-SENSITIVE", "#air-advice-GENERAL")) {
            Node r = robot.lookup(row).query();
            assertFalse(robot.from(r).lookup(".advice-icon").queryAll().isEmpty(), row + ": an icon");
            assertTrue(robot.from(r).lookup(".advice-text").queryAllAs(Labeled.class).stream()
                    .noneMatch(l -> l.getText().isBlank()), row);
        }
        assertTrue(text(robot, "#air-now-advice-SENSITIVE .advice-heading").startsWith("敏感人群"));
        assertTrue(text(robot, "#air-now-advice-GENERAL .advice-heading").startsWith("一般人群"));
    }

    @Test
    void theMapHasAMarkerPerStationInsideIt(FxRobot robot) throws Exception {
        openAir(robot);
        Node map = robot.lookup("#air-map").query();
        Bounds mapBounds = map.localToScene(map.getLayoutBounds());
        assertTrue(mapBounds.getWidth() > 200 && mapBounds.getHeight() > 100, mapBounds.toString());
        for (String code : List.of("SPB-S1", "SPB-S2")) {
            Node dot = robot.lookup("#air-map-dot-" + code).query();
            Bounds b = dot.localToScene(dot.getLayoutBounds());
            assertTrue(mapBounds.contains(b.getCenterX(), b.getCenterY()), code + " " + b + " in " + mapBounds);
            assertFalse(robot.from(dot).lookup(".level-shape").queryAll().isEmpty(), code + ": a shape, not colour alone");
            assertTrue(robot.lookup("#air-station-" + code).tryQuery().isPresent(), code + " listed in words");
        }
        Bounds s1 = robot.lookup("#air-map-dot-SPB-S1").query().localToScene(
                robot.lookup("#air-map-dot-SPB-S1").query().getLayoutBounds());
        Bounds s2 = robot.lookup("#air-map-dot-SPB-S2").query().localToScene(
                robot.lookup("#air-map-dot-SPB-S2").query().getLayoutBounds());
        assertTrue(s2.getCenterX() < s1.getCenterX(), "虎溪 (106.30 °E) lies west of 沙坪坝 (106.44 °E)");
        assertTrue(s2.getCenterY() < s1.getCenterY(), "and north of it (29.60 vs 29.55 °N)");
    }

    @Test
    void goodDaysSoFarAgainstThePlansTarget(FxRobot robot) throws Exception {
        openAir(robot);
        assertTrue(text(robot, "#air-good-days-so-far-count").matches("\\d+ 天"), text(robot, "#air-good-days-so-far-count"));
        assertTrue(robot.lookup("#air-good-days-so-far .label").queryAllAs(Labeled.class).stream()
                .anyMatch(l -> l.getText().contains("不少于 300 天")), "the plan's target, from the snapshot");
        assertTrue(text(robot, "#air-good-days-so-far-verdict").contains("再有"), text(robot, "#air-good-days-so-far-verdict"));
    }
}
