package org.ecokiosk.kiosk.widgets;

import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Words that wrap at the width they are given, as a wrapping {@link Texts#wrapped} label does
 * (at spaces, and between Chinese characters), for text that is only read: one text node in a
 * flow, where a Label also makes a skin and its own text node, and measures its text anew for
 * every size a layout asks of it (a flow keeps its laid-out lines while its width is the same).
 * Home's first frame draws its greeting and tiles with these. The text node carries the style
 * class {@code words} and the given ones: its size and weight come from the same rules as a
 * label's, its colour from {@code -fx-fill} ({@code .words} in the stylesheets).
 */
public final class Words extends TextFlow {
    private final Text text;

    public Words(String words, String... styleClasses) {
        text = new Text(words);
        text.getStyleClass().add("words");
        text.getStyleClass().addAll(styleClasses);
        getChildren().add(text);
        // never squeezed below its lines, as a wrapping label is not (Texts.wrapped)
        setMinHeight(Region.USE_PREF_SIZE);
    }

    public String getText() {
        return text.getText();
    }

    /** The text node (its style classes are the words' look). */
    public Text text() {
        return text;
    }
}
