package org.ecokiosk.kiosk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import org.ecokiosk.kiosk.screens.HomeScreen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Home's first figures are read after the kiosk's first frame ({@code screens.AfterFirstFrame}):
 * not in it, and not never. A kiosk whose reads never started would wait for its figures forever;
 * this test says so after a few frames instead of waiting for them.
 */
@ExtendWith(ApplicationExtension.class)
class HomeFirstLoadTest {
    /** AfterFirstFrame asks at the second pulse after the show; this many leave it room on a loaded machine. */
    private static final int PULSES = 12;

    private boolean askedInTheFirstFrame;
    /** Completes after {@link #PULSES} pulses from the show with whether home had asked for its figures by then. */
    private final CompletableFuture<Boolean> askedWithinPulses = new CompletableFuture<>();

    @RegisterExtension
    final KioskFixture fixture = KioskFixture.shown().beforePreparation().whenShown(shown -> {
        // on the FX thread, the window just shown: no pulse has drawn it yet
        HomeScreen home = home(shown);
        askedInTheFirstFrame = home.firstReadsAsked().toCompletableFuture().isDone();
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses >= PULSES) {
                    stop();
                    askedWithinPulses.complete(home.firstReadsAsked().toCompletableFuture().isDone());
                }
            }
        }.start();
    });

    private static HomeScreen home(KioskFixture shown) {
        return (HomeScreen) shown.kiosk().shell().navigator().current().orElseThrow();
    }

    @Test
    void homeAsksForItsFiguresJustAfterTheFirstFrameAndTheyArrive() throws Exception {
        assertFalse(askedInTheFirstFrame, "home's reads must wait until the first frame is drawn");
        // pulses run as long as the window shows, so this answers within a fraction of a second
        if (!askedWithinPulses.get(60, TimeUnit.SECONDS)) {
            fail("home had not asked for its figures " + PULSES + " frames after the window showed: AfterFirstFrame"
                    + " never ran its reads, so home.filled() would never complete and the kiosk would show no figure");
        }
        home(fixture).filled().toCompletableFuture().get(120, TimeUnit.SECONDS);
        assertTrue(fixture.kiosk().shell().navigator().current().orElseThrow().showsData());
        fixture.prepared();
    }
}
