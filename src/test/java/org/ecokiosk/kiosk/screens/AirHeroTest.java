package org.ecokiosk.kiosk.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.ecokiosk.kiosk.KioskAssembly;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.viewmodel.AirViewModel;
import org.ecokiosk.kiosk.viewmodel.FacilitiesViewModel;
import org.ecokiosk.kiosk.viewmodel.GreenViewModel;
import org.ecokiosk.kiosk.viewmodel.HomeAirTestData;
import org.ecokiosk.kiosk.viewmodel.HomeViewModel;
import org.ecokiosk.kiosk.viewmodel.NewsViewModel;
import org.ecokiosk.kiosk.viewmodel.NoiseViewModel;
import org.ecokiosk.kiosk.viewmodel.PlanTargetsViewModel;
import org.ecokiosk.kiosk.viewmodel.TownsViewModel;
import org.ecokiosk.kiosk.viewmodel.WaterViewModel;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ecokiosk.kiosk.widgets.Glyph;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Home's hero card over known air data: which report, its time, its age, both languages. */
@ExtendWith(ApplicationExtension.class)
class AirHeroTest {
    private final Messages messages = new Messages();
    private final AirViewModel air = new AirViewModel();
    private final AtomicInteger opened = new AtomicInteger();
    private AirHero hero;

    @Start
    void start(Stage stage) {
        Clock clock = Clock.systemDefaultZone();
        HomeViewModel home = new HomeViewModel(air, new WaterViewModel(), new NoiseViewModel(), new GreenViewModel(),
                new PlanTargetsViewModel(), new FacilitiesViewModel(clock), new NewsViewModel(clock),
                new TownsViewModel(clock));
        hero = new AirHero(messages, home, opened::incrementAndGet);
        Scene scene = new Scene(new StackPane(hero), 1200, 500);
        scene.getStylesheets().add(KioskAssembly.class.getResource(KioskAssembly.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private void show(FxRobot robot, boolean hourly, DataOrigin origin, LocalDateTime at, Language language) {
        robot.interact(() -> {
            messages.languageProperty().set(language);
            air.accept(HomeAirTestData.data(hourly, 30, origin, at));
            hero.render();
        });
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    /** Every word on the card, to check what it never says. */
    private String allText() {
        List<String> out = new ArrayList<>();
        collect(hero, out);
        return String.join(" ", out);
    }

    private static void collect(Node node, List<String> out) {
        if (node instanceof Labeled l) {
            out.add(l.getText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    @Test
    void hourlyDataShowsTheHourItsLevelShapeAndAdvice(FxRobot robot) {
        show(robot, true, DataOrigin.SAMPLE, HomeAirTestData.LAST_HOUR.plusHours(2), Language.ZH);
        assertEquals("119", text(robot, "#home-air-aqi"));
        assertEquals("更新于 12月1日 14时", text(robot, "#home-air-time"));
        assertFalse(robot.lookup("#home-air-time").query().getStyleClass().contains("stale-time"));
        assertEquals("三级 · 轻度污染", text(robot, "#home-air-level"));
        assertTrue(text(robot, "#home-air-primary").contains("细颗粒物"), text(robot, "#home-air-primary"));
        assertEquals(org.ecokiosk.standards.air.AqiLevel.LEVEL_3.adviceZh(), text(robot, "#home-air-advice"));
        Glyph shape = robot.lookup("#home-air-icon").queryAs(Glyph.class);
        assertEquals(org.ecokiosk.kiosk.widgets.LevelIcons.shapeOf(org.ecokiosk.standards.air.AqiLevel.LEVEL_3),
                shape.icon(), "the level has its shape, not only a colour");
        robot.clickOn("#home-air");
        assertEquals(1, opened.get(), "a touch opens the air screen");
    }

    @Test
    void onlyDailyDataShowsTheDay(FxRobot robot) {
        show(robot, false, DataOrigin.IMPORTED, LocalDateTime.of(2026, 12, 2, 10, 0), Language.ZH);
        assertEquals("2026年12月1日全天", text(robot, "#home-air-time"));
        assertTrue(allText().contains("空气质量日报"));
        show(robot, false, DataOrigin.IMPORTED, LocalDateTime.of(2026, 12, 2, 10, 0), Language.EN);
        assertEquals("Whole day, 1 Dec 2026", text(robot, "#home-air-time"));
    }

    @Test
    void staleDataSaysItsAgeInAmberAndNeverToday(FxRobot robot) {
        show(robot, false, DataOrigin.SAMPLE, LocalDateTime.of(2026, 12, 10, 9, 0), Language.ZH);
        assertEquals("2026年12月1日的数据，已是 9 天前", text(robot, "#home-air-time"));
        assertTrue(robot.lookup("#home-air-time").query().getStyleClass().contains("stale-time"));
        assertFalse(allText().contains("今天"), allText());
        show(robot, true, DataOrigin.SAMPLE, LocalDateTime.of(2026, 12, 10, 9, 0), Language.EN);
        assertEquals("Updated 1 Dec, 14:00 · no new data for 8 days", text(robot, "#home-air-time"));
        assertTrue(robot.lookup("#home-air-time").query().getStyleClass().contains("stale-time"));
        assertFalse(allText().toLowerCase(java.util.Locale.ROOT).contains("today"), allText());
    }
}
