package org.ecokiosk.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Labeled;
import org.ecokiosk.kiosk.shell.Navigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After a snapshot hot swap, a screen visited before it and one never built before it both show
 * the new data when they are next shown, before any preparation has run again. The kiosk is in a
 * scene no window shows and nothing lays out, so home's preparation never starts: which screens
 * are built is the test's doing alone, and no robot walks a scene the FX thread is changing.
 */
class UnbuiltScreenAfterSwapTest {
    private KioskFixture fixture;
    private Scene scene;

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        Scene[] scenes = new Scene[1];
        fixture = WaitForAsyncUtils.asyncFx(() -> KioskFixture.offScreen(1920, 1080, scenes)).get(60, TimeUnit.SECONDS);
        scene = scenes[0];
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Navigator navigator() {
        return fixture.kiosk().shell().navigator();
    }

    /** Shows screen {@code id} and waits until one of its card titles reads {@code expected}. */
    private void showUntil(String id, String expected) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> navigator().show(id)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> nodes(scene.getRoot())
                .anyMatch(n -> n.getStyleClass().contains("card-title") && expected.equals(((Labeled) n).getText()))).get());
    }

    /**
     * Every node below {@code node}, a scroll pane's content included: nothing lays this scene out,
     * so no skin puts the content of a page's scroll pane among its children.
     */
    private static Stream<Node> nodes(Node node) {
        Stream<Node> below = node instanceof ScrollPane scroll && scroll.getContent() != null ? nodes(scroll.getContent())
                : node instanceof Parent parent ? parent.getChildrenUnmodifiable().stream().flatMap(UnbuiltScreenAfterSwapTest::nodes)
                : Stream.empty();
        return Stream.concat(Stream.of(node), below);
    }

    @Test
    void aScreenVisitedBeforeAndOneNeverBuiltShowTheNewSnapshot() throws Exception {
        showUntil("towns", "中梁镇");
        WaitForAsyncUtils.asyncFx(() -> navigator().home()).get(10, TimeUnit.SECONDS);
        assertFalse(WaitForAsyncUtils.asyncFx(() -> navigator().isBuilt("facilities")).get(), "not built before the swap");

        fixture.switchTo(LazyScreensTest.renamedCopy());
        showUntil("towns", LazyScreensTest.RENAMED_TOWN);
        showUntil("facilities", LazyScreensTest.RENAMED_FACILITY);
        assertEquals("设施开放", WaitForAsyncUtils.asyncFx(() -> nodes(scene.getRoot()).filter(n -> "screen-title".equals(n.getId()))
                .map(n -> ((Labeled) n).getText()).findFirst().orElse("")).get());
    }
}
