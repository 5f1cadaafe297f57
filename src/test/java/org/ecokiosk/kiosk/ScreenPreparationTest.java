package org.ecokiosk.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import org.ecokiosk.kiosk.screens.EnvironmentScreen;
import org.ecokiosk.kiosk.shell.Screen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What home prepares while it idles is the page a first visit shows: built at the window's
 * width, laid out at the size of the screen area, drawn without a viewport cache, and out of the
 * window again afterwards; the visit then moves it in without building it again.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenPreparationTest {
    private List<Node> rootChildren;
    /** What the window's root holds as the kiosk starts, before home prepares anything. */
    @RegisterExtension
    final KioskFixture fixture = KioskFixture.shown().size(1280, 800)
            .whenShown(shown -> rootChildren = List.copyOf(shown.kiosk().shell().root().getChildrenUnmodifiable()));

    @Test
    void aPreparedPageIsReadyAndOutOfTheWindowUntilItsFirstVisit() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Parent root = fixture.kiosk().shell().root();
            assertEquals(rootChildren, root.getChildrenUnmodifiable(), "the window's root holds what it held before");
            assertTrue(fixture.kiosk().shell().navigator().isBuilt("water"));
            Screen water = fixture.kiosk().shell().navigator().screen("water").orElseThrow();
            Node view = water.view();
            assertNull(view.getScene(), "a prepared page is not left in the window");
            assertEquals(root.getLayoutBounds().getWidth(), view.getLayoutBounds().getWidth(), 0.5,
                    "laid out at the window's width");
            Node viewport = view.lookup(".viewport");
            assertFalse(viewport.isCache(), "the page is drawn without a window-sized cached picture");
            int rebuilds = ((EnvironmentScreen<?>) water).rebuilds();
            fixture.kiosk().shell().navigator().show("water");
            assertEquals(rebuilds, ((EnvironmentScreen<?>) water).rebuilds(), "the first visit builds nothing again");
            assertTrue(view.getScene() != null && view instanceof ScrollPane);
            return null;
        }).get(30, TimeUnit.SECONDS);
    }
}
