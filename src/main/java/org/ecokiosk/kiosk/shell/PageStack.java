package org.ecokiosk.kiosk.shell;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Where the screens' pages are shown, below the bar. A page once shown stays in the window,
 * hidden while another one shows: a page taken out of the scene and put back had its style worked
 * out again from the stylesheets node by node (a revisit's CSS pass was most of the FX thread's
 * time for it, air's the longest), while a hidden page keeps its styles, so a revisit only makes
 * it visible again. Every page is laid out at this area's size, hidden or not, so one shown again
 * already has the window's width; only the page showing counts for the area's own size.
 *
 * <p>Taken out of the window and put back, a page is restyled in full whatever it kept: JavaFX
 * reapplies CSS to a subtree whenever its scene or parent changes (JFR of bench kiosk-nav: the
 * style helpers made again and every selector matched again were ~40 % of the FX thread, the scene
 * change's own listeners another ~20 %), so a page waits here, hidden, rather than outside.
 * The page showing is the first child: a lookup in the window (tests, the bench) meets it before a
 * hidden page with the same ids (every page has its #sample-banner); a lookup that counts nodes
 * in the window counts the hidden pages' too, so count on the page or count what is showing.
 *
 * <p>A language switch takes the hidden pages out too: each is rebuilt in the new language when
 * next shown, and none built in the other language waits in the window. What waits here is then
 * always in the window's language and size, laid out inside it like the page showing.
 *
 * <p>A change that restyles the whole window (大字, high contrast, the window's shape) would
 * restyle every hidden page along with the one showing, on the visitor's touch: {@link #dropHidden}
 * takes them out first, and each is styled again when it is next shown, as before.
 */
final class PageStack extends Pane {
    private Node showing;

    /** Shows {@code page} (and only it), adding it when it is not here yet. */
    void show(Node page) {
        if (page == showing) {
            return;
        }
        if (page.getParent() != this) {
            getChildren().add(page);
        }
        if (showing != null) {
            keepFocusFrom(showing);
            showing.setVisible(false);
        }
        page.setVisible(true);
        // first among the pages, so a lookup in the window (a test's, the bench's) meets the page
        // showing before any hidden one; a move within the same parent restyles nothing
        page.toBack();
        showing = page;
    }

    /**
     * Focus on a node of the page being hidden (the tile just touched) would otherwise move by
     * itself to the first focusable node of the page shown, and its scroll pane would scroll that
     * node into view: the page would not start at its top. The stack takes the focus instead.
     */
    private void keepFocusFrom(Node page) {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == page) {
                requestFocus();
                return;
            }
        }
    }

    /** Nothing shows (no screen is current). */
    void clear() {
        getChildren().clear();
        showing = null;
    }

    /** Takes out every page but the one showing; they are styled again when next shown. */
    void dropHidden() {
        getChildren().removeIf(page -> page != showing);
    }

    /** The pages in the window, the one showing among them (tests). */
    List<Node> pages() {
        return List.copyOf(getChildren());
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double width = getWidth() - in.getLeft() - in.getRight();
        double height = getHeight() - in.getTop() - in.getBottom();
        for (Node page : getManagedChildren()) {
            layoutInArea(page, in.getLeft(), in.getTop(), width, height, 0, HPos.CENTER, VPos.CENTER);
        }
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + (showing == null ? 0 : showing.minWidth(inner(height, in)));
    }

    @Override
    protected double computeMinHeight(double width) {
        Insets in = getInsets();
        return in.getTop() + in.getBottom() + (showing == null ? 0 : showing.minHeight(innerWidth(width, in)));
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + (showing == null ? 0 : showing.prefWidth(inner(height, in)));
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        return in.getTop() + in.getBottom() + (showing == null ? 0 : showing.prefHeight(innerWidth(width, in)));
    }

    private static double inner(double height, Insets in) {
        return height < 0 ? height : Math.max(0, height - in.getTop() - in.getBottom());
    }

    private static double innerWidth(double width, Insets in) {
        return width < 0 ? width : Math.max(0, width - in.getLeft() - in.getRight());
    }
}
