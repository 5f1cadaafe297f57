package org.ecokiosk.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.ecokiosk.kiosk.shell.Screen;
import org.ecokiosk.model.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pages the shell keeps hidden in the window for their next visit pass the checks a test makes
 * over the whole window, hidden nodes included, with several screens visited: every node inside the
 * window sideways, no label cut short or broken inside a word, and in English no Chinese anywhere
 * in the window (a language switch takes the pages built in the other language out).
 */
@ExtendWith(ApplicationExtension.class)
class HiddenPagesWindowWideTest {
    private static final List<String> VISITED = List.of("air", "water", "plan", "towns", "facilities", "news");
    private KioskFixture fixture;
    private Scene scene;

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void hiddenPagesAreInsideTheWindowUncutAndInTheWindowsLanguage() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            try {
                Scene[] scenes = new Scene[1];
                fixture = KioskFixture.offScreen(1280, 800, scenes);
                scene = scenes[0];
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).get(20, TimeUnit.SECONDS);
        for (String id : VISITED) {
            show(id);
        }
        show("home");
        Node air = fixture.kiosk().shell().navigator().screen("air").orElseThrow().view();
        Node plan = fixture.kiosk().shell().navigator().screen("plan").orElseThrow().view();
        assertNotNull(air.getScene(), "air waits hidden in the window");
        assertFalse(air.isVisible());

        List<String> problems = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            layOut();
            WindowChecks.outside(scene.getRoot(), scene.getWidth(), false, problems, "");
            WindowChecks.words(scene.getRoot(), HiddenPagesWindowWideTest::isShownByItsPage, problems, "");
        }).get();
        assertEquals(List.of(), problems, "window-wide, hidden pages included");

        WaitForAsyncUtils.asyncFx(() -> fixture.kiosk().shell().messages().languageProperty().set(Language.EN)).get();
        show("noise");
        show("plan");
        show("green");
        assertNull(air.getScene(), "air, built in Chinese, no longer waits in the window");
        assertNotNull(plan.getScene(), "plan, shown again in English, waits hidden");
        List<String> chinese = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            layOut();
            texts(scene.getRoot(), chinese);
            WindowChecks.outside(scene.getRoot(), scene.getWidth(), false, problems, "");
            WindowChecks.words(scene.getRoot(), HiddenPagesWindowWideTest::isShownByItsPage, problems, "");
        }).get();
        assertEquals(List.of(), chinese, "Chinese in English mode, anywhere in the window");
        assertEquals(List.of(), problems, "window-wide in English, hidden pages included");
    }

    private void show(String id) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> fixture.kiosk().shell().navigator().show(id)).get();
        Screen screen = fixture.kiosk().shell().navigator().current().orElseThrow();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, screen::showsData);
        WaitForAsyncUtils.waitForFxEvents(5);
        // no window, so no pulses: style and lay out by hand, as a pulse would
        for (int round = 0; round < 2; round++) {
            WaitForAsyncUtils.asyncFx(this::layOut).get();
            WaitForAsyncUtils.waitForFxEvents(3);
        }
    }

    private void layOut() {
        for (int pass = 0; pass < 3; pass++) {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        }
    }

    /**
     * A label its own page shows (the page itself may be hidden): one hidden inside its page (a
     * closed detail, a collapsed row) is not laid out to be read.
     */
    private static boolean isShownByItsPage(Node node) {
        for (Node n = node; n != null && !n.getStyleClass().contains("screen"); n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The text of every label and text node in the window, hidden ones included. */
    private static void texts(Node node, List<String> chinese) {
        String text = node instanceof Labeled l ? l.getText() : node instanceof Text t ? t.getText() : null;
        if (text != null && EnglishWordsTest.hasForeignCjk(text)) {
            chinese.add(WindowChecks.describe(node));
        }
        if (node instanceof Labeled l && l.getGraphic() != null) {
            texts(l.getGraphic(), chinese);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> texts(child, chinese));
        }
    }
}
