package org.ecokiosk.kiosk.screens;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ecokiosk.kiosk.i18n.DateTexts;
import org.ecokiosk.kiosk.i18n.FigureFormat;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.i18n.StandardTexts;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.kiosk.shell.TextScale;
import org.ecokiosk.kiosk.viewmodel.WaterViewModel;
import org.ecokiosk.kiosk.viewmodel.WaterViewModel.DrinkingWater;
import org.ecokiosk.kiosk.viewmodel.WaterViewModel.Row;
import org.ecokiosk.kiosk.widgets.Card;
import org.ecokiosk.kiosk.widgets.Columns;
import org.ecokiosk.kiosk.widgets.FigureLine;
import org.ecokiosk.kiosk.widgets.SampleBadge;
import org.ecokiosk.kiosk.widgets.StatusChip;
import org.ecokiosk.kiosk.widgets.Swatch;
import org.ecokiosk.kiosk.widgets.Texts;
import org.ecokiosk.model.Language;
import org.ecokiosk.model.WaterBody;
import org.ecokiosk.evaluation.TargetStatus;
import org.ecokiosk.standards.water.WaterClass;

/**
 * Water: every river section, lake and reservoir with its GB 3838 class in the official class
 * colour (in words too), the class the plan asks of it, met or not and the deciding parameters;
 * then the drinking-water sources.
 */
public final class WaterScreen extends EnvironmentScreen<WaterViewModel> {
    private static final double[] COLUMNS = {34, 22, 18, 26};

    public WaterScreen(Messages messages, SnapshotSession session, TextScale scale) {
        super("water", messages, session, scale, new WaterViewModel());
    }

    @Override
    protected void build(VBox page, Language l) {
        page.getChildren().add(Card.of("water-intro", Texts.message(messages, "water.explain", "plain"), legend(l)));
        List<Row> bodies = model.rows().stream().filter(r -> !r.drinkingSource()).toList();
        VBox list = Card.of("water-bodies", Texts.message(messages, "water.bodies", "env-heading"));
        if (bodies.stream().allMatch(r -> r.waterClass().isEmpty())) {
            list.getChildren().add(Texts.message(messages, "env.noData", "env-empty"));
        }
        list.getChildren().add(header());
        bodies.forEach(r -> list.getChildren().add(row(r, l)));
        page.getChildren().add(list);
        page.getChildren().add(drinking(l));
        page.getChildren().add(Texts.message(messages, "water.source", "screen-footnote"));
    }

    private Node legend(Language l) {
        FlowPane legend = new FlowPane();
        legend.getStyleClass().add("legend");
        for (WaterClass c : WaterClass.values()) {
            legend.getChildren().add(Swatch.of(StandardTexts.waterClassAndStatus(c).in(l), c.colour(), c.textColour(),
                    "legend-item"));
        }
        return legend;
    }

    private Node header() {
        GridPane header = Columns.grid(COLUMNS);
        header.getStyleClass().add("env-row-header");
        header.addRow(0, Texts.message(messages, "water.col.name", "row-caption"),
                Texts.message(messages, "water.col.class", "row-caption"),
                Texts.message(messages, "water.col.target", "row-caption"),
                Texts.message(messages, "water.col.status", "row-caption"));
        return header;
    }

    private Node row(Row r, Language l) {
        GridPane grid = Columns.grid(COLUMNS);
        grid.getStyleClass().add("env-row");
        grid.setId("water-row-" + r.code());

        VBox name = new VBox(Texts.wrapped(r.name().in(l), "row-name"));
        String kind = messages.get("water.body." + r.body().code());
        String river = r.river().in(l);
        name.getChildren().add(Texts.wrapped(r.body() == WaterBody.RIVER && !river.isBlank()
                && !r.name().in(l).startsWith(river) ? kind + " · " + river : kind, "row-muted"));
        name.getStyleClass().add("row-cell");

        VBox cls = new VBox();
        cls.getStyleClass().add("row-cell");
        if (r.waterClass().isPresent()) {
            WaterClass c = r.waterClass().get();
            Label chip = Swatch.of(StandardTexts.waterClassAndStatus(c).in(l), c.colour(), c.textColour(), "class-chip");
            chip.setId("water-class-" + r.code());
            chip.setMinWidth(0);
            chip.setMaxWidth(Label.USE_PREF_SIZE);
            chip.setWrapText(true);
            cls.getChildren().add(chip);
            r.sampled().ifPresent(d -> cls.getChildren().add(Texts.wrapped(messages.get("water.sampled",
                    DateTexts.date(d, l)), "row-muted")));
            if (r.sample()) {
                cls.getChildren().add(SampleBadge.forFigure(messages));
            }
        } else {
            cls.getChildren().add(Texts.message(messages, "env.noValue", "row-muted"));
        }

        VBox target = new VBox();
        target.getStyleClass().add("row-cell");
        if (r.target().isPresent()) {
            target.getChildren().add(Texts.wrapped(messages.get("water.orBetter",
                    StandardTexts.waterClass(r.target().get()).in(l)), "row-value"));
            if (r.drinkingSource() && r.target().get() == WaterViewModel.DRINKING_SOURCE_CLASS) {
                target.getChildren().add(Texts.message(messages, "water.target.drinking", "row-muted"));
            }
        } else {
            target.getChildren().add(Texts.message(messages, "water.noTarget", "row-muted"));
        }

        VBox status = new VBox();
        status.getStyleClass().add("row-cell");
        if (r.hasTarget() && r.status() != TargetStatus.NO_DATA) {
            Node chip = new StatusChip(messages, r.status());
            chip.setId("water-status-" + r.code());
            status.getChildren().add(chip);
        }
        if (!r.deciding().isEmpty()) {
            String params = messages.list(r.deciding().stream().map(p -> StandardTexts.parameter(p).in(l)).toList(), l);
            boolean worse = r.status() == TargetStatus.NOT_MET;
            Label d = Texts.wrapped(messages.get(worse ? "water.worse" : "water.deciding", params),
                    worse ? "row-alert" : "row-muted");
            d.setId("water-deciding-" + r.code());
            status.getChildren().add(d);
        }
        grid.addRow(0, name, cls, target, status);
        return grid;
    }

    private Node drinking(Language l) {
        DrinkingWater d = model.drinkingWater();
        VBox card = Card.of("water-drinking", Texts.message(messages, "water.drinking", "env-heading"));
        if (d.ratePercent().isPresent()) {
            Label rate = Texts.wrapped(units.withUnit(FigureFormat.fixed(d.ratePercent(), 0), "%", l), "figure-value");
            rate.setId("water-drinking-rate");
            rate.setMinWidth(Label.USE_PREF_SIZE);
            Node chip = new StatusChip(messages, d.status());
            chip.setId("water-drinking-status");
            HBox top = FigureLine.of(rate);
            if (d.sample()) {
                top.getChildren().add(SampleBadge.forFigure(messages));
            }
            card.getChildren().addAll(top, Texts.wrapped(messages.get("water.drinking.count", Integer.toString(d.judged()),
                    Integer.toString(d.compliant())), "figure-line"));
            HBox target = FigureLine.of(chip);
            if (d.targetPercent().isPresent()) {
                Label t = Texts.wrapped(messages.get("env.target2025", "= "
                        + units.withUnit(FigureFormat.plain(d.targetPercent()), "%", l)), "figure-line");
                t.setMinWidth(Label.USE_PREF_SIZE);
                target.getChildren().add(0, t);
            }
            card.getChildren().add(target);
        } else {
            card.getChildren().add(Texts.message(messages, "env.noData", "env-empty"));
        }
        card.getChildren().add(Texts.message(messages, "water.explain.drinking", "plain"));
        card.getChildren().add(header());
        model.rows().stream().filter(Row::drinkingSource).forEach(r -> card.getChildren().add(row(r, l)));
        return card;
    }
}
