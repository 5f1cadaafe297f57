package org.ecokiosk.kiosk.screens;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ecokiosk.evaluation.TargetStatus;
import org.ecokiosk.evaluation.water.WaterAttainment;
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
import org.ecokiosk.kiosk.widgets.StatusChip;
import org.ecokiosk.kiosk.widgets.Swatch;
import org.ecokiosk.kiosk.widgets.Texts;
import org.ecokiosk.model.Language;
import org.ecokiosk.model.WaterBody;
import org.ecokiosk.standards.water.WaterClass;

/**
 * Water, in the order a resident asks: is my tap water safe (the drinking-water sources first),
 * how do the rivers and lakes do overall ("2 条河湖中 2 条达到目标"), then each water body the
 * plan sets a class for — with the parameters that keep it from its target only where it misses
 * — and last the others with their GB 3838 class alone. Classes are in the official colours and
 * in words; whether figures are sample data is said once, by the page's banner.
 */
public final class WaterScreen extends EnvironmentScreen<WaterViewModel> {
    private static final double[] COLUMNS = {34, 22, 18, 26};
    private static final double[] CLASS_ONLY_COLUMNS = {56, 44};

    public WaterScreen(Messages messages, SnapshotSession session, TextScale scale) {
        this(messages, session, scale, new WaterViewModel());
    }

    /** {@code model} may be shared with home, which shows a river's class from it. */
    public WaterScreen(Messages messages, SnapshotSession session, TextScale scale, WaterViewModel model) {
        super("water", messages, session, scale, model);
    }

    @Override
    protected void build(VBox page, Language l) {
        page.getChildren().add(drinking(l));
        page.getChildren().add(summary());
        VBox targeted = Card.of("water-bodies", Texts.message(messages, "water.bodies", "env-heading"),
                Texts.message(messages, "water.explain", "plain"), legend(l));
        List<Row> withTarget = model.withTarget();
        if (withTarget.isEmpty()) {
            targeted.getChildren().add(Texts.message(messages, "env.noData", "env-empty"));
        } else {
            targeted.getChildren().add(header());
            withTarget.forEach(r -> targeted.getChildren().add(row(r, l)));
        }
        page.getChildren().add(targeted);
        List<Row> others = model.withoutTarget();
        if (!others.isEmpty()) {
            VBox card = Card.of("water-others", Texts.message(messages, "water.others", "env-heading"),
                    Texts.message(messages, "water.others.explain", "plain"));
            GridPane header = Columns.grid(CLASS_ONLY_COLUMNS);
            header.getStyleClass().add("env-row-header");
            header.addRow(0, Texts.message(messages, "water.col.name", "row-caption"),
                    Texts.message(messages, "water.col.class", "row-caption"));
            card.getChildren().add(header);
            others.forEach(r -> card.getChildren().add(classOnly(r, l)));
            page.getChildren().add(card);
        }
        page.getChildren().add(Texts.message(messages, "water.source", "screen-footnote"));
    }

    /** "Of 2 rivers and lakes with a target, 2 reach it", and how many more have a class only. */
    private Node summary() {
        WaterAttainment a = model.attainment();
        VBox card = Card.of("water-summary-card");
        card.getStyleClass().add("summary-card");
        if (a.judged() == 0) {
            card.getChildren().add(Texts.message(messages, "env.noData", "env-empty"));
            return card;
        }
        Label headline = Texts.wrapped(messages.get("water.summary", Integer.toString(a.judged()),
                Integer.toString(a.met())), "summary-headline");
        headline.setId("water-summary");
        TargetStatus overall = a.notMet() == 0 ? TargetStatus.MET : TargetStatus.NOT_MET;
        Node chip = new StatusChip(messages, overall);
        chip.setId("water-summary-status");
        card.getChildren().add(FigureLine.of(headline, chip));
        if (a.withoutTarget() > 0) {
            card.getChildren().add(Texts.wrapped(messages.get("water.summary.others",
                    Integer.toString(a.withoutTarget())), "figure-line"));
        }
        return card;
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

    private Node name(Row r, Language l) {
        VBox name = new VBox(Texts.wrapped(r.name().in(l), "row-name"));
        String kind = messages.get("water.body." + r.body().code());
        String river = r.river().in(l);
        name.getChildren().add(Texts.wrapped(r.body() == WaterBody.RIVER && !river.isBlank()
                && !r.name().in(l).startsWith(river) ? kind + " · " + river : kind, "row-muted"));
        name.getStyleClass().add("row-cell");
        return name;
    }

    /** The class chip in the official colour and the sampling date. */
    private Node waterClass(Row r, Language l) {
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
        } else {
            cls.getChildren().add(Texts.message(messages, "env.noValue", "row-muted"));
        }
        return cls;
    }

    private Node row(Row r, Language l) {
        GridPane grid = Columns.grid(COLUMNS);
        grid.getStyleClass().add("env-row");
        grid.setId("water-row-" + r.code());

        VBox target = new VBox();
        target.getStyleClass().add("row-cell");
        r.target().ifPresent(t -> target.getChildren().add(Texts.wrapped(messages.get("water.orBetter",
                StandardTexts.waterClass(t).in(l)), "row-value")));

        VBox status = new VBox();
        status.getStyleClass().add("row-cell");
        if (r.status() != TargetStatus.NO_DATA) {
            Node chip = new StatusChip(messages, r.status()).wrapping();
            chip.setId("water-status-" + r.code());
            status.getChildren().add(chip);
        }
        if (!r.missedBy().isEmpty()) {
            // only where the target is missed: which measurements keep the water from it
            String params = messages.list(r.missedBy().stream().map(p -> StandardTexts.parameter(p).in(l)).toList(), l);
            Label d = Texts.wrapped(messages.get("water.worse", params), "row-alert");
            d.setId("water-deciding-" + r.code());
            status.getChildren().add(d);
        }
        grid.addRow(0, name(r, l), waterClass(r, l), target, status);
        return grid;
    }

    private Node classOnly(Row r, Language l) {
        GridPane grid = Columns.grid(CLASS_ONLY_COLUMNS);
        grid.getStyleClass().add("env-row");
        grid.setId("water-row-" + r.code());
        grid.addRow(0, name(r, l), waterClass(r, l));
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
            HBox top = FigureLine.of(rate, chip);
            card.getChildren().addAll(top, Texts.wrapped(messages.get("water.drinking.count", Integer.toString(d.judged()),
                    Integer.toString(d.compliant())), "figure-line"));
            if (d.targetPercent().isPresent()) {
                card.getChildren().add(Texts.wrapped(messages.get("env.target2025",
                        units.withUnit(FigureFormat.plain(d.targetPercent()), "%", l)), "figure-line"));
            }
        } else {
            card.getChildren().add(Texts.message(messages, "env.noData", "env-empty"));
        }
        card.getChildren().add(Texts.message(messages, "water.explain.drinking", "plain"));
        card.getChildren().add(Texts.message(messages, "water.target.drinking", "row-muted"));
        List<Row> sources = model.drinkingSources();
        if (!sources.isEmpty()) {
            card.getChildren().add(header());
            sources.forEach(r -> card.getChildren().add(row(r, l)));
        }
        return card;
    }
}
