package org.ecokiosk.kiosk;

import static org.ecokiosk.kiosk.KioskFixture.text;
import static org.ecokiosk.kiosk.KioskFixture.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.web.WebView;
import org.ecokiosk.kiosk.screens.NewsScreen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Eco-towns, open facilities, news and the high-contrast switch, headless. */
@ExtendWith(ApplicationExtension.class)
class KioskCommunityTest {
    @RegisterExtension
    final KioskFixture fixture = KioskFixture.shown();

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertion after the wait says what was expected
        }
    }

    private static boolean sampleBadge(FxRobot robot) {
        return robot.lookup("#sample-badge").query().isVisible();
    }

    @Test
    void ecoTownsShowGoalsTownsAndGreenActionsAndOpenTheCampaignPage(FxRobot robot) throws Exception {
        robot.clickOn("#tile-towns");
        assertEquals("生态示范镇街", text(robot, "#screen-title"));
        waitFor(robot, "#town-town-zhongliang");
        assertTrue(robot.lookup("#goal-eco-towns-2025").tryQuery().isPresent());
        assertTrue(robot.lookup("#green-action-2").tryQuery().isPresent(), "光盘行动 from the green-living page");
        assertFalse(sampleBadge(robot), "towns and goals are the plan's");
        robot.clickOn("#language-button");
        waitFor(robot, "#town-town-zhongliang");
        assertEquals("Eco-towns", text(robot, "#screen-title"));
        robot.clickOn("#language-button");
        robot.interact(() -> robot.lookup("#towns-screen").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#towns-read-more");
        assertEquals("新闻与资讯", text(robot, "#screen-title"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#news-detail-title").tryQuery().map(n -> ((Labeled) n).getText().contains("示范镇街")).orElse(false));
        robot.clickOn("#home-button");
        assertTrue(robot.lookup("#home-screen").query().isVisible());
    }

    @Test
    void facilitiesListNextOpenDaysAndDetailsHaveQrCodes(FxRobot robot) throws Exception {
        robot.clickOn("#tile-facilities");
        waitFor(robot, "#facility-open-fac-jingkou-wwtp");
        assertTrue(sampleBadge(robot), "facility rows are sample data");
        robot.clickOn("#facility-open-fac-jingkou-wwtp");
        waitFor(robot, "#facility-back");
        assertEquals("井口污水处理厂", text(robot, "#facility-detail-title"));
        // the fixture's links are placeholders (example.invalid, sample rows): no code to scan in vain
        assertFalse(robot.lookup("#qr-booking").tryQuery().isPresent(), "no QR code for a placeholder link");
        assertFalse(robot.lookup("#qr-tour").tryQuery().isPresent(), "no QR code for a placeholder link");
        assertEquals("链接待核实", text(robot, "#qr-unverified"));
        String facts = robot.lookup("#facility-facts").queryAll().stream().findFirst().map(KioskCommunityTest::allText).orElse("");
        assertTrue(facts.contains("规划安排扩建"), facts);
        assertFalse(facts.contains("示例占位") || facts.contains("核实后替换"), "no staff notes for residents: " + facts);
        robot.clickOn("#facility-back");
        waitFor(robot, "#facility-open-fac-shangqiao-transfer");
        robot.clickOn("#home-button");
        assertTrue(robot.lookup("#home-screen").query().isVisible());
    }

    @Test
    void aNewsItemOpensInTheLockedDownWebViewAndNavigationAwayIsRefused(FxRobot robot) throws Exception {
        robot.clickOn("#tile-news");
        waitFor(robot, "#news-open-2026-12-open-day-sample");
        assertTrue(sampleBadge(robot), "a sample news item is listed");
        assertFalse(robot.lookup("#news-item-2027-02-eco-town-sample").tryQuery().isPresent(), "not yet published");
        robot.clickOn("#news-open-about-plan");
        waitFor(robot, "#news-web");
        assertTrue(text(robot, "#news-detail-title").contains("规划"));
        // the bar's badge follows the opened page once its images have been read off the FX thread
        waitUntil(() -> !sampleBadge(robot));
        assertFalse(sampleBadge(robot), "the plan page is not sample data");
        WebView web = robot.lookup("#news-web").queryAs(WebView.class);
        assertFalse(web.getEngine().isJavaScriptEnabled());
        // the WebKit DOM is read on the FX thread only
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> web.getEngine().getDocument() != null
                && web.getEngine().getDocument().getElementsByTagName("img").getLength() == 1).get());
        String img = WaitForAsyncUtils.asyncFx(() -> ((org.w3c.dom.Element) web.getEngine().getDocument()
                .getElementsByTagName("img").item(0)).getAttribute("src")).get();
        assertTrue(img.startsWith("data:image/png;base64,"), "the picture comes from the snapshot");

        NewsScreen news = (NewsScreen) fixture.kiosk().shell().navigator().screen("news").orElseThrow();
        robot.interact(() -> web.getEngine().load("https://example.com/"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> news.blockedNavigations() >= 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            String location = web.getEngine().getLocation();
            return location == null || location.isEmpty() || location.equals("about:blank");
        });

        robot.clickOn("#news-back");
        waitFor(robot, "#news-open-about-plan");
        robot.clickOn("#home-button");
        assertTrue(robot.lookup("#home-screen").query().isVisible());
    }

    @Test
    void theContrastSwitchLaysTheSecondStylesheetOverEverything(FxRobot robot) {
        Node root = robot.lookup("#kiosk-root").query();
        robot.clickOn("#contrast-button");
        assertTrue(root.getStyleClass().contains("high-contrast"));
        assertTrue(((javafx.scene.Parent) root).getStylesheets().stream().anyMatch(s -> s.endsWith("high-contrast.css")));
        javafx.scene.layout.Region bar = (javafx.scene.layout.Region) robot.lookup(".top-bar").query();
        assertEquals(javafx.scene.paint.Color.BLACK, bar.getBackground().getFills().get(0).getFill());
        assertEquals("高对比度", text(robot, "#contrast-button"));
        robot.clickOn("#contrast-button");
        assertFalse(root.getStyleClass().contains("high-contrast"));
    }

    private static String allText(javafx.scene.Node node) {
        StringBuilder out = new StringBuilder();
        if (node instanceof Labeled l) {
            out.append(l.getText()).append('\n');
        }
        if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> out.append(allText(c)));
        }
        return out.toString();
    }
}
