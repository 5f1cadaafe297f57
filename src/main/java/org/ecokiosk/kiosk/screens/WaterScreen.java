package org.ecokiosk.kiosk.screens;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.kiosk.shell.TextScale;
import org.ecokiosk.kiosk.viewmodel.WaterViewModel;
import org.ecokiosk.kiosk.viewmodel.WaterViewModel.DrinkingWater;
import org.ecokiosk.kiosk.viewmodel.WaterViewModel.Row;
import org.ecokiosk.model.Language;
import org.ecokiosk.model.WaterBody;
import org.ecokiosk.plan.TargetStatus;
import org.ecokiosk.standards.water.WaterClass;
import org.ecokiosk.standards.water.WaterParameter;

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
        page.getChildren().add(card("water-intro", msg("water.explain", "plain"), legend(l)));
        List<Row> bodies = model.rows().stream().filter(r -> !r.drinkingSource()).toList();
        VBox list = card("water-bodies", sectionHeading("water.bodies"));
        if (bodies.stream().allMatch(r -> r.waterClass().isEmpty())) {
            list.getChildren().add(msg("env.noData", "env-empty"));
        }
        list.getChildren().add(header());
        bodies.forEach(r -> list.getChildren().add(row(r, l)));
        page.getChildren().add(list);
        page.getChildren().add(drinking(l));
        page.getChildren().add(msg("water.source", "screen-footnote"));
    }

    private Node legend(Language l) {
        FlowPane legend = new FlowPane();
        legend.getStyleClass().add("legend");
        for (WaterClass c : WaterClass.values()) {
            legend.getChildren().add(swatch(className(c, l) + " " + (l == Language.ZH ? c.statusZh() : c.statusEn()),
                    c.colour(), c.textColour(), "legend-item"));
        }
        return legend;
    }

    private static String className(WaterClass c, Language l) {
        return l == Language.ZH ? c.labelZh() : c.labelEn();
    }

    private Node header() {
        GridPane header = grid(COLUMNS);
        header.getStyleClass().add("env-row-header");
        header.addRow(0, msg("water.col.name", "row-caption"), msg("water.col.class", "row-caption"),
                msg("water.col.target", "row-caption"), msg("water.col.status", "row-caption"));
        return header;
    }

    private Node row(Row r, Language l) {
        GridPane grid = grid(COLUMNS);
        grid.getStyleClass().add("env-row");
        grid.setId("water-row-" + r.code());

        VBox name = new VBox(text(r.name().in(l), "row-name"));
        String kind = messages.get("water.body." + r.body().code());
        String river = r.river().in(l);
        name.getChildren().add(text(r.body() == WaterBody.RIVER && !river.isBlank() && !r.name().in(l).startsWith(river)
                ? kind + " · " + river : kind, "row-muted"));
        name.getStyleClass().add("row-cell");

        VBox cls = new VBox();
        cls.getStyleClass().add("row-cell");
        if (r.waterClass().isPresent()) {
            WaterClass c = r.waterClass().get();
            Label chip = swatch(className(c, l) + " " + (l == Language.ZH ? c.statusZh() : c.statusEn()), c.colour(),
                    c.textColour(), "class-chip");
            chip.setId("water-class-" + r.code());
            chip.setMinWidth(0);
            chip.setMaxWidth(Label.USE_PREF_SIZE);
            chip.setWrapText(true);
            cls.getChildren().add(chip);
            r.sampled().ifPresent(d -> cls.getChildren().add(text(messages.get("water.sampled", date(d, l)), "row-muted")));
            if (r.sample()) {
                cls.getChildren().add(sampleBadge());
            }
        } else {
            cls.getChildren().add(msg("env.noValue", "row-muted"));
        }

        VBox target = new VBox();
        target.getStyleClass().add("row-cell");
        if (r.target().isPresent()) {
            target.getChildren().add(text(className(r.target().get(), l) + (l == Language.ZH ? "或更好" : " or better"),
                    "row-value"));
            if (r.drinkingSource() && r.target().get() == WaterViewModel.DRINKING_SOURCE_CLASS) {
                target.getChildren().add(msg("water.target.drinking", "row-muted"));
            }
        } else {
            target.getChildren().add(msg("water.noTarget", "row-muted"));
        }

        VBox status = new VBox();
        status.getStyleClass().add("row-cell");
        if (r.hasTarget() && r.status() != TargetStatus.NO_DATA) {
            Node chip = status(r.status());
            chip.setId("water-status-" + r.code());
            status.getChildren().add(chip);
        }
        if (!r.deciding().isEmpty()) {
            String params = joined(r.deciding().stream().map(p -> parameter(p, l)).toList(), l);
            Label d = text(messages.get(r.status() == TargetStatus.NOT_MET ? "water.worse" : "water.deciding", params),
                    r.status() == TargetStatus.NOT_MET ? "row-alert" : "row-muted");
            d.setId("water-deciding-" + r.code());
            status.getChildren().add(d);
        }
        grid.addRow(0, name, cls, target, status);
        return grid;
    }

    private static String parameter(WaterParameter p, Language l) {
        return l == Language.ZH ? p.nameZh() : p.nameEn();
    }

    private Node drinking(Language l) {
        DrinkingWater d = model.drinkingWater();
        VBox card = card("water-drinking", sectionHeading("water.drinking"));
        if (d.ratePercent().isPresent()) {
            Label rate = text(withUnit(number(d.ratePercent(), 0), "%", l), "figure-value");
            rate.setId("water-drinking-rate");
            rate.setMinWidth(Label.USE_PREF_SIZE);
            Node chip = status(d.status());
            chip.setId("water-drinking-status");
            var top = line(rate);
            if (d.sample()) {
                top.getChildren().add(sampleBadge());
            }
            card.getChildren().addAll(top, text(messages.get("water.drinking.count", Integer.toString(d.judged()),
                    Integer.toString(d.compliant())), "figure-line"));
            var target = line(chip);
            if (d.targetPercent().isPresent()) {
                Label t = text(messages.get("env.target2025", "= " + withUnit(plain(d.targetPercent()), "%", l)),
                        "figure-line");
                t.setMinWidth(Label.USE_PREF_SIZE);
                target.getChildren().add(0, t);
            }
            card.getChildren().add(target);
        } else {
            card.getChildren().add(msg("env.noData", "env-empty"));
        }
        card.getChildren().add(msg("water.explain.drinking", "plain"));
        card.getChildren().add(header());
        model.rows().stream().filter(Row::drinkingSource).forEach(r -> card.getChildren().add(row(r, l)));
        return card;
    }
}
