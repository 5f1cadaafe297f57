package org.ecokiosk.kiosk;

import java.util.List;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * The window-wide checks residents' complaints became: a node outside the window sideways, a label
 * cut short or broken inside a word ({@link LaidOutWords}). One walk for every test that makes them,
 * whether it looks at what shows or also at the pages the shell keeps hidden.
 */
final class WindowChecks {
    private WindowChecks() {
    }

    /**
     * Adds "{@code where}: node spans x a..b" for every node lying outside {@code windowWidth};
     * hidden nodes are looked at too unless {@code shownOnly}. A node outside is reported once,
     * not with each of its children.
     */
    static void outside(Node node, double windowWidth, boolean shownOnly, List<String> problems, String where) {
        if (shownOnly && !node.isVisible()) {
            return;
        }
        Bounds b = node.localToScene(node.getLayoutBounds());
        if (b.getWidth() > 0 && (b.getMinX() < -1 || b.getMaxX() > windowWidth + 1)) {
            problems.add(where + describe(node) + " spans x " + Math.round(b.getMinX()) + ".." + Math.round(b.getMaxX()));
            return;
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> outside(child, windowWidth, shownOnly, problems, where));
        }
    }

    /**
     * Adds every label (and words drawn without one, {@code widgets.Words}) {@code read} selects
     * whose laid-out text is cut short or broken inside a word.
     */
    static void words(Node node, Predicate<Node> read, List<String> problems, String where) {
        if (node instanceof Labeled label && read.test(label)) {
            LaidOutWords.problem(label).ifPresent(p -> problems.add(where + describe(node) + " " + p));
        }
        if (node instanceof org.ecokiosk.kiosk.widgets.Words words && read.test(words)) {
            LaidOutWords.problem(words).ifPresent(p -> problems.add(where + describe(node) + " " + p));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> words(child, read, problems, where));
        }
    }

    static String describe(Node node) {
        String text = node instanceof Labeled l ? " '" + l.getText() + "'"
                : node instanceof Text t ? " '" + t.getText() + "'"
                : node instanceof org.ecokiosk.kiosk.widgets.Words w ? " '" + w.getText() + "'" : "";
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId())
                + node.getStyleClass() + text;
    }
}
