package org.ecokiosk.kiosk.widgets;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
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

    public IndicatorTile(String id, IndicatorFigure figure, IndicatorTexts texts, Language l) {
        this.figure = figure;
        setId(id);
        getStyleClass().add("env-card");
        getChildren().add(Texts.wrapped(texts.name(figure, l), "env-heading"));
        Optional<String> value = texts.value(figure, l);
        if (value.isPresent()) {
            Label shown = Texts.wrapped(value.get(), "figure-value");
            shown.setId(id + "-value");
            shown.setMinWidth(Label.USE_PREF_SIZE);
            HBox now = FigureLine.of(shown);
            texts.year(figure, l).ifPresent(y -> now.getChildren().add(Texts.wrapped(y, "figure-caption")));
            getChildren().add(now);
        } else {
            Label none = Texts.wrapped(texts.noData(l), "env-empty");
            none.setId(id + "-value");
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

    /** Appends what the screen shows below the figure and target. */
    public IndicatorTile add(Node... more) {
        getChildren().addAll(more);
        return this;
    }
}
