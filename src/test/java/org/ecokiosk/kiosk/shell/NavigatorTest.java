package org.ecokiosk.kiosk.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;

/** The way back and the lazy screens, without a window (the navigator holds only properties). */
class NavigatorTest {
    private final List<String> events = new ArrayList<>();

    /** A screen that records what the navigator asks of it. */
    private final class Recording implements Screen {
        private final String id;

        Recording(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String titleKey() {
            return "tile." + id;
        }

        @Override
        public Node view() {
            throw new UnsupportedOperationException("no view needed here");
        }

        @Override
        public void onShow() {
            events.add("show " + id);
        }

        @Override
        public void reset() {
            events.add("reset " + id);
        }

        @Override
        public void snapshotChanged() {
            events.add("reload " + id);
        }
    }

    private Navigator navigator(AtomicInteger built) {
        Navigator n = new Navigator();
        n.register(new Recording(Navigator.HOME));
        for (String id : List.of("towns", "news", "air")) {
            n.register(id, () -> {
                built.incrementAndGet();
                return new Recording(id);
            });
        }
        return n;
    }

    @Test
    void nothingIsCurrentBeforeTheFirstScreenIsShown() {
        Navigator n = navigator(new AtomicInteger());
        assertTrue(n.current().isEmpty());
        n.home();
        assertEquals(Navigator.HOME, n.current().orElseThrow().id());
    }

    @Test
    void screensAreBuiltOnFirstUseOnlyAndOnce() {
        AtomicInteger built = new AtomicInteger();
        Navigator n = navigator(built);
        n.home();
        assertEquals(0, built.get(), "home alone for the first frame");
        assertTrue(n.has("air"));
        assertFalse(n.isBuilt("air"));
        n.snapshotChanged();
        n.resetAll();
        assertEquals(0, built.get(), "a screen never built has nothing to reload or reset");
        n.show("air");
        n.home();
        n.show("air");
        assertEquals(1, built.get());
        assertTrue(n.isBuilt("air"));
        assertEquals(List.of("home", "towns", "news", "air"), n.ids());
    }

    @Test
    void aLinkRemembersWhereTheVisitorWasAndBackReturnsThereWithoutAReset() {
        Navigator n = navigator(new AtomicInteger());
        n.home();
        n.show("towns");
        assertFalse(n.canGoBackProperty().get(), "entered from home: no way back but home");
        n.open("news");
        assertTrue(n.canGoBackProperty().get());
        events.clear();
        n.back();
        assertEquals("towns", n.current().orElseThrow().id());
        assertEquals(List.of("show towns"), events, "back to towns as it was left: not reset");
        assertFalse(n.canGoBackProperty().get());
        n.back();
        assertEquals(Navigator.HOME, n.current().orElseThrow().id(), "with no way back, back leads home");
    }

    @Test
    void aVisitFromHomeStartsCleanAndForgetsTheWayBack() {
        Navigator n = navigator(new AtomicInteger());
        n.home();
        n.show("towns");
        n.open("news");
        events.clear();
        n.show("towns");
        assertEquals(List.of("reset towns", "show towns"), events);
        assertFalse(n.canGoBackProperty().get());
        n.open("news");
        events.clear();
        n.resetAll();
        assertFalse(n.canGoBackProperty().get(), "the next visitor has no way back into this one's path");
        assertTrue(events.containsAll(List.of("reset towns", "reset news")));
    }

    @Test
    void aLinkOpensItsTargetClean() {
        Navigator n = navigator(new AtomicInteger());
        n.home();
        n.show("towns");
        events.clear();
        n.open("news");
        assertEquals(List.of("reset news", "show news"), events);
    }
}
