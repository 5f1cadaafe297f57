package org.ecokiosk.kiosk.widgets;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A screen's finger-scrolled page. JavaFX's ScrollPane keeps its viewport as a cached bitmap
 * ({@code setCache(true)} in its skin): with the software pipeline every kiosk screen then held a
 * window-sized picture in the heap (about 7 MB each at 1080p, 52 MB for the eight screens), and
 * any change inside the page, or a scroll, redraws the whole cache before it is drawn again. The
 * pages are drawn directly instead: the heap stays small and a visit costs a few milliseconds more
 * on the render thread.
 */
public final class PageScroll {
    private PageScroll() {
    }

    /** {@code scroll} as a page: finger-pannable, full width, no horizontal bar, its viewport not cached. */
    public static ScrollPane page(ScrollPane scroll) {
        scroll.setFitToWidth(true);
        scroll.setPannable(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        uncached(scroll);
        return scroll;
    }

    /** Turns the skin's viewport cache off, now and whenever a new skin is installed. */
    public static void uncached(ScrollPane scroll) {
        Runnable off = () -> {
            Node viewport = scroll.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        };
        scroll.skinProperty().addListener((obs, was, now) -> off.run());
        off.run();
    }
}
