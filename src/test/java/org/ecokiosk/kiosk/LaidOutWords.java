package org.ecokiosk.kiosk;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;

/**
 * What a resident reads of a label, compared with the string it was given: cut short ("Engli…")
 * or broken inside a word ("contras" / "t"). A line may break at a space, after a hyphen or a
 * slash, and anywhere in Chinese text; anywhere else is a broken word. Call on the FX thread,
 * after layout.
 */
final class LaidOutWords {
    private LaidOutWords() {
    }

    /** The problem with {@code label}'s laid-out text, empty when it reads as written. */
    static Optional<String> problem(Labeled label) {
        String text = label.getText();
        if (text == null || text.isBlank() || label.getWidth() <= 0) {
            return Optional.empty();
        }
        Text shown = shownText(label);
        if (shown == null) {
            return Optional.empty();
        }
        return problem(text, shown);
    }

    /** The problem with words drawn without a label ({@code widgets.Words}): broken inside a word. */
    static Optional<String> problem(org.ecokiosk.kiosk.widgets.Words words) {
        String text = words.getText();
        if (text == null || text.isBlank() || words.getWidth() <= 0) {
            return Optional.empty();
        }
        return problem(text, words.text());
    }

    private static Optional<String> problem(String text, Text shown) {
        String drawn = shown.getText();
        if (!drawn.equals(text)) {
            return Optional.of("'" + text + "' is shown as '" + drawn + "'");
        }
        double previousLine = lineTop(shown, 0);
        for (int i = 1; i < drawn.length(); i++) {
            double line = lineTop(shown, i);
            if (line > previousLine + 0.5) {
                char before = drawn.charAt(i - 1);
                char after = drawn.charAt(i);
                if (insideAWord(before, after)) {
                    return Optional.of("'" + text + "' breaks inside a word: '" + drawn.substring(0, i) + "' / '"
                            + drawn.substring(i) + "'");
                }
                previousLine = line;
            }
        }
        return Optional.empty();
    }

    private static boolean insideAWord(char before, char after) {
        if (Character.isWhitespace(before) || Character.isWhitespace(after)) {
            return false;
        }
        if ("-/–—".indexOf(before) >= 0) {
            return false;
        }
        return !wide(before) && !wide(after);
    }

    /** Chinese characters and full-width punctuation: a line may break beside any of them. */
    private static boolean wide(char c) {
        return c >= 0x2E80;
    }

    private static double lineTop(Text text, int index) {
        PathElement[] caret = text.caretShape(index, true);
        return caret.length > 0 && caret[0] instanceof MoveTo m ? m.getY() : 0;
    }

    /** The skin's text node (not the graphic, which may be an icon font's Text). */
    private static Text shownText(Labeled label) {
        for (Node child : label.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child != label.getGraphic() && t.getClass().getSimpleName().equals("LabeledText")) {
                return t;
            }
        }
        return null;
    }
}
