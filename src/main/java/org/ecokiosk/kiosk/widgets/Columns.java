package org.ecokiosk.kiosk.widgets;

import java.util.Arrays;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** Columns sharing a page's width by percent: table rows and grids of cards. */
public final class Columns {
    /** Below this page width (in em of the current text size) cards stack one to a row. */
    public static final double ONE_CARD_BELOW_EM = 70;

    private Columns() {
    }

    /** A grid whose columns take {@code percents} of the width, spaced as the environment pages space them. */
    public static GridPane grid(double... percents) {
        GridPane grid = of(percents);
        grid.getStyleClass().add("env-grid");
        return grid;
    }

    /** A grid whose columns take {@code percents} of the width, spaced by the caller's style class. */
    public static GridPane of(double... percents) {
        GridPane grid = new GridPane();
        for (double percent : percents) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(percent);
            c.setHgrow(Priority.ALWAYS);
            c.setFillWidth(true);
            grid.getColumnConstraints().add(c);
        }
        return grid;
    }

    /** How many cards go side by side on a page {@code widthInEm} wide: two, or one when narrow. */
    public static int cardsPerRow(double widthInEm) {
        return widthInEm < ONE_CARD_BELOW_EM ? 1 : 2;
    }

    /** Cards two to a row on wide pages, one to a row on narrow ones (1280×800 in 大字, portrait). */
    public static GridPane cards(double widthInEm, Node... cards) {
        int columns = cardsPerRow(widthInEm);
        double[] percents = new double[columns];
        Arrays.fill(percents, 100.0 / columns);
        GridPane grid = grid(percents);
        grid.getStyleClass().add("card-grid");
        for (int i = 0; i < cards.length; i++) {
            grid.add(cards[i], i % columns, i / columns);
        }
        return grid;
    }
}
