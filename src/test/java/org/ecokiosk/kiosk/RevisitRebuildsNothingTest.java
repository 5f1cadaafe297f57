package org.ecokiosk.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import org.ecokiosk.kiosk.screens.FacilitiesScreen;
import org.ecokiosk.kiosk.screens.NewsScreen;
import org.ecokiosk.kiosk.shell.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Facilities and news work their lists out again on every visit (open days and publication dates
 * move with the date); when nothing changed, the lists are left as they are, so a revisit does not
 * rebuild the page.
 */
@ExtendWith(ApplicationExtension.class)
class RevisitRebuildsNothingTest {
    private KioskFixture fixture;

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void aRevisitOfFacilitiesAndNewsLeavesTheirListsAndPagesAsTheyWere() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            try {
                fixture = KioskFixture.offScreen(1920, 1080, new Scene[1]);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).get(20, TimeUnit.SECONDS);
        FacilitiesScreen facilities = (FacilitiesScreen) show("facilities");
        NewsScreen news = (NewsScreen) show("news");
        assertTrue(!facilities.model().rows().isEmpty() && !news.model().items().isEmpty());
        AtomicInteger changes = new AtomicInteger();
        WaitForAsyncUtils.asyncFx(() -> {
            facilities.model().rows().addListener((ListChangeListener<Object>) c -> changes.incrementAndGet());
            news.model().items().addListener((ListChangeListener<Object>) c -> changes.incrementAndGet());
        }).get();
        int rebuilds = facilities.rebuilds();
        for (int visit = 0; visit < 2; visit++) {
            show("home");
            show("facilities");
            show("home");
            show("news");
        }
        assertEquals(0, changes.get(), "the same lists, untouched");
        assertEquals(rebuilds, facilities.rebuilds(), "the facilities page was not rebuilt");
    }

    private Screen show(String id) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> fixture.kiosk().shell().navigator().show(id)).get();
        Screen screen = fixture.kiosk().shell().navigator().current().orElseThrow();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, screen::showsData);
        WaitForAsyncUtils.waitForFxEvents(3);
        return screen;
    }
}
