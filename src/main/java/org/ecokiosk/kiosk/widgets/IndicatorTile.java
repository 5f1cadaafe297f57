package org.ecokiosk.kiosk.widgets;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ecokiosk.model.Language;

/**
 * An indicator on a card: its name, the latest figure large with its year, the 2025 target with a
 * met / not-met chip (whether it is sample data the page's one banner says, not every tile). Screens add what is their
 * own below it (a limit, a plain-words sentence, a trend chart) with {@link #add}. Built in one
 * language; pages are rebuilt when the language changes.
 *
 * <p>Node ids follow the tile's id: {@code <id>-value} (the figure, or the "no data" words),
 * {@code <id>-status} (the chip), for tests and the navigation bench.
 */
public final class IndicatorTile extends VBox {
    private final IndicatorFigure figure;
    private final int afterTarget;
    private final Label name;
    private final Label value;

    public IndicatorTile(String id, IndicatorFigure figure, IndicatorTexts texts, Language l) {
        this.figure = figure;
        setId(id);
        getStyleClass().add("env-card");
        name = Texts.wrapped(texts.name(figure, l), "env-heading");
        getChildren().add(name);
        Optional<String> written = texts.value(figure, l);
        if (written.isPresent()) {
            Label shown = Texts.wrapped(written.get(), "figure-value");
            value = shown;
            shown.setId(id + "-value");
            shown.setMinWidth(Label.USE_PREF_SIZE);
            HBox now = FigureLine.of(shown);
            texts.year(figure, l).ifPresent(y -> {
                // "in 2025" is read whole: never squeezed to "i / n 2025" beside a long figure
                Label year = Texts.wrapped(y, "figure-caption");
                year.setMinWidth(Label.USE_PREF_SIZE);
                now.getChildren().add(year);
            });
            getChildren().add(now);
        } else {
            Label none = Texts.wrapped(texts.noData(l), "env-empty");
            none.setId(id + "-value");
            value = none;
            getChildren().add(none);
        }
        texts.target(figure, l).ifPresent(t -> {
            Label target = Texts.wrapped(t, "figure-line");
            target.setMinWidth(Label.USE_PREF_SIZE);
            StatusChip chip = new StatusChip(texts.messages(), figure.status());
            chip.setId(id + "-status");
            getChildren().add(FigureLine.of(target, chip));
        });
        afterTarget = getChildren().size();
    }

    public IndicatorFigure figure() {
        return figure;
    }

    /** Where the plan sets no target, say so in {@code note} (right under the figure). */
    public IndicatorTile noTargetNote(String note) {
        if (figure.target().isEmpty()) {
            getChildren().add(afterTarget, Texts.wrapped(note, "row-muted"));
        }
        return this;
    }

    /**
     * As a home tile: {@code icon} and {@code title} (the screen the tile opens) on top, the
     * indicator's name below them as a caption, the tile's own look instead of a card's (style
     * class {@code home-figure}); its words wrap in a narrow tile (portrait, 大字).
     */
    public IndicatorTile onHome(Node icon, String title) {
        getStyleClass().setAll("home-figure");
        Label screen = Texts.wrapped(title, "tile-name");
        FlowPane heading = new FlowPane(icon, screen);
        heading.getStyleClass().add("tile-heading");
        heading.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        name.getStyleClass().setAll("label", "tile-what");
        name.setMinWidth(0);
        getChildren().add(0, heading);
        // a home tile may be narrow (portrait, 大字, English): its lines flow, a figure, its year,
        // a badge or a chip moving to the next line whole, rather than wrapping "52.5 dB(A)" or
        // pushing the tile wider
        for (int i = 0; i < getChildren().size(); i++) {
            if (getChildren().get(i) instanceof HBox line) {
                FlowPane flow = new FlowPane(line.getChildren().toArray(Node[]::new));
                flow.getStyleClass().addAll(line.getStyleClass());
                flow.getStyleClass().add("home-figure-line");
                flow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                getChildren().set(i, flow);
            }
        }
        return this;
    }

    /**
     * For a figure that is words, not a number (a news title): a text size, not a figure's, on a
     * line of its own so that it wraps within the tile (what stood beside it follows below).
     */
    public IndicatorTile valueAsText() {
        value.getStyleClass().remove("figure-value");
        value.getStyleClass().add("figure-text");
        javafx.scene.Parent line = value.getParent();
        if (line instanceof javafx.scene.layout.Pane pane && pane != this) {
            pane.getChildren().remove(value);
            getChildren().add(getChildren().indexOf(pane), value);
            if (pane.getChildren().isEmpty()) {
                getChildren().remove(pane);
            }
        }
        value.setMinWidth(0);
        value.setMaxWidth(Double.MAX_VALUE);
        return this;
    }

    /** Appends what the screen shows below the figure and target. */
    public IndicatorTile add(Node... more) {
        getChildren().addAll(more);
        return this;
    }
}
