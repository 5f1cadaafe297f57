package org.ecokiosk.kiosk.screens;

/**
 * Rebuilds a page at once while its screen is on display, otherwise the next time it is shown.
 * A language switch, 大字 or newly arrived data then costs the one screen a visitor is looking
 * at, not every screen the kiosk has built; the others catch up when they are next opened.
 */
final class RebuildWhenShown {
    private final Runnable rebuild;
    private boolean showing;
    private boolean stale = true;
    private int rebuilds;

    RebuildWhenShown(Runnable rebuild) {
        this.rebuild = rebuild;
    }

    /** Something the page shows changed. */
    void request() {
        if (showing) {
            run();
        } else {
            stale = true;
        }
    }

    /** The screen is on display: catch up on what changed while it was hidden. */
    void shown() {
        showing = true;
        if (stale) {
            run();
        }
    }

    /** Ahead of a visit (home is idle): catch up now, though hidden, so showing costs no rebuild. */
    void prepare() {
        if (stale) {
            run();
        }
    }

    /** True while something the page shows changed since it was last built. */
    boolean isStale() {
        return stale;
    }

    void hidden() {
        showing = false;
    }

    boolean isShowing() {
        return showing;
    }

    /** How often the page was rebuilt (tests use it to see that hidden screens stay as they were). */
    int rebuilds() {
        return rebuilds;
    }

    private void run() {
        stale = false;
        rebuilds++;
        rebuild.run();
    }
}
