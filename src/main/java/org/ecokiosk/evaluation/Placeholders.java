package org.ecokiosk.evaluation;

import java.util.Optional;
import org.ecokiosk.model.PlanFigure;

/**
 * The plan's tables print "-", "/", "--" or "—" where they have no figure (table note 2: not
 * assessed in the 13th FYP). Such a cell is "no figure", never a value to show or judge.
 */
public final class Placeholders {
    private Placeholders() {
    }

    public static boolean isPlaceholder(String cell) {
        String c = cell == null ? "" : cell.strip();
        return c.isEmpty() || c.equals("-") || c.equals("/") || c.equals("--") || c.equals("—") || c.equals("——");
    }

    public static boolean isPlaceholder(PlanFigure figure) {
        return figure.isEmpty() || !figure.isNumber() && isPlaceholder(figure.text());
    }

    /** The figure when it says something, empty for a blank or placeholder cell. */
    public static Optional<PlanFigure> figure(PlanFigure figure) {
        return isPlaceholder(figure) ? Optional.empty() : Optional.of(figure);
    }
}
