package org.ecokiosk.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.input.MouseButton;
import org.ecokiosk.kiosk.screens.HomeScreen;
import org.ecokiosk.kiosk.shell.Navigator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Home prepares the other screens one step a frame while it idles; a visitor's tap goes first:
 * while a finger is down no step starts, and the tap opens its screen, not a prepared one later.
 */
@ExtendWith(ApplicationExtension.class)
class TapDuringPreparationTest {
    /** Pulses the held finger lasts: 2 s and more of animation time, twice the pause before the preparation starts. */
    private static final int HELD_PULSES = 2 * 60 * (int) Math.ceil(KioskAssembly.PREPARE_AFTER.toSeconds());

    @RegisterExtension
    final KioskFixture fixture = KioskFixture.shown().size(1280, 800).beforePreparation();

    /** Completes after {@code count} pulses of the FX thread (each at least a frame apart). */
    private static CompletableFuture<Void> pulses(int count) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        javafx.application.Platform.runLater(() -> new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen >= count) {
                    stop();
                    done.complete(null);
                }
            }
        }.start());
        return done;
    }

    private List<String> builtScreens() throws Exception {
        Navigator navigator = fixture.kiosk().shell().navigator();
        return WaitForAsyncUtils.asyncFx(() -> navigator.ids().stream()
                .filter(id -> !Navigator.HOME.equals(id) && navigator.isBuilt(id)).toList()).get(10, TimeUnit.SECONDS);
    }

    @Test
    void whileAFingerIsDownNothingIsPreparedAndATapOpensItsScreen(FxRobot robot) throws Exception {
        // a finger down as the kiosk comes up (on the greeting: home's figures, arriving meanwhile,
        // move the tiles down, not the greeting) and kept there past the time the preparation is due
        robot.moveTo(".home-welcome").press(MouseButton.PRIMARY);
        List<String> atPress;
        try {
            WaitForAsyncUtils.waitForFxEvents();
            atPress = builtScreens();
            home().filled().toCompletableFuture().get(120, TimeUnit.SECONDS);
            pulses(HELD_PULSES).get(60, TimeUnit.SECONDS);
            assertEquals(atPress, builtScreens(), "no screen was built or prepared while the finger was down");
            assertFalse(fixture.kiosk().prepared().isDone(), "the preparation waits for the finger");
        } finally {
            robot.release(MouseButton.PRIMARY);
        }
        // the preparation goes on; a tap on a tile meanwhile is served before any further step
        robot.moveTo("#tile-water").press(MouseButton.PRIMARY);
        try {
            WaitForAsyncUtils.waitForFxEvents();
            atPress = builtScreens();
            assertFalse(fixture.kiosk().prepared().isDone(), "the tap lands while home still prepares");
            pulses(HELD_PULSES / 4).get(60, TimeUnit.SECONDS);
            assertEquals(atPress, builtScreens(), "nothing more was prepared between the tap's press and release");
        } finally {
            robot.release(MouseButton.PRIMARY);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("water", fixture.kiosk().shell().navigator().current().orElseThrow().id(),
                "the tap was served: its screen is open");
        robot.interact(() -> fixture.kiosk().shell().navigator().home());
        // back home, the preparation goes on and finishes
        fixture.prepared();
        assertEquals(fixture.kiosk().shell().navigator().ids().size() - 1, builtScreens().size());
    }

    private HomeScreen home() {
        return (HomeScreen) fixture.kiosk().shell().navigator().screen(Navigator.HOME).orElseThrow();
    }
}
