package org.ecokiosk.kiosk.screens;

import java.util.Optional;
import java.util.OptionalInt;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.shell.TextScale;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.kiosk.viewmodel.PlanTargetGroup;
import org.ecokiosk.kiosk.viewmodel.PlanTargetRow;
import org.ecokiosk.kiosk.viewmodel.PlanTargetsViewModel;
import org.ecokiosk.kiosk.i18n.Units;
import org.ecokiosk.kiosk.widgets.Columns;
import org.ecokiosk.kiosk.widgets.IndicatorFigure;
import org.ecokiosk.kiosk.widgets.IndicatorTexts;
import org.ecokiosk.kiosk.widgets.StatusChip;
import org.ecokiosk.kiosk.widgets.Texts;
import org.ecokiosk.model.IndicatorKind;
import org.ecokiosk.model.Language;
import org.ecokiosk.evaluation.TargetStatus;

/**
 * The plan's 18 targets for 2025 (专栏2), grouped as the plan groups them: what each is now,
 * what it must reach, and whether it does. Scrolls by dragging a finger.
 */
public final class PlanTargetsScreen extends ModelScreen<PlanTargetsViewModel> {
    private static final double[] COLUMN_PERCENT = {40, 20, 20, 20};
    /** On a narrow page (portrait 大字, 1280×800 大字) the name takes a line of its own above the three figures. */
    private static final double[] STACKED_PERCENT = {36, 36, 28};
    private static final double STACKED_BELOW_EM = 60;

    private final IndicatorTexts texts;
    private final Units units;
    private final TextScale scale;

    /** {@code model} may be shared with home, which shows how many targets are met from it. */
    public PlanTargetsScreen(Messages messages, SnapshotSession session, TextScale scale, PlanTargetsViewModel model) {
        super("plan", messages, session, model, "plan-screen", "plan-content");
        this.texts = new IndicatorTexts(messages);
        this.units = new Units(messages);
        this.scale = scale;
        rebuildOn(scale.largeProperty(), scale.baseSizeProperty());
    }

    /** Four columns while there is room; else the name above its three figures (no column too narrow for a word). */
    private boolean stacked() {
        double width = sceneWidth();
        return width > 0 && width / scale.rootSize() < STACKED_BELOW_EM;
    }

    @Override
    protected void build(VBox content, Language language) {
        content.getChildren().add(paragraph(messages.get("plan.intro"), "screen-intro"));
        content.getChildren().add(summary());
        // the tally is the final review's for the year the data reach: said, so it reads as the report for that year
        model.judgedYear().ifPresent(year -> {
            Label judged = paragraph(messages.get("plan.judged", Integer.toString(year)), "screen-footnote");
            judged.setId("plan-judged");
            content.getChildren().add(judged);
        });
        for (PlanTargetGroup group : model.groups()) {
            content.getChildren().add(group(group));
        }
        content.getChildren().add(paragraph(messages.get("plan.source"), "screen-footnote"));
    }

    private Node summary() {
        // wraps on narrow screens: six counts with their chips are wider than a portrait page in 大字
        FlowPane box = new FlowPane();
        box.getStyleClass().add("plan-summary");
        box.setAlignment(Pos.CENTER_LEFT);
        for (TargetStatus s : TargetStatus.values()) {
            Label count = new Label(Long.toString(model.count(s)));
            count.getStyleClass().add("summary-count");
            HBox item = new HBox(count, new StatusChip(messages, s));
            item.getStyleClass().add("summary-item");
            item.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(item);
        }
        box.setId("plan-summary");
        return box;
    }

    private Node group(PlanTargetGroup group) {
        VBox box = new VBox();
        box.getStyleClass().add("plan-group");
        Label heading = paragraph(group.name().in(messages.language()), "group-heading");
        GridPane header = grid();
        header.getStyleClass().add("plan-row-header");
        if (stacked()) {
            // laid out as the rows below it: the indicator's name on a line of its own, then its three figures
            header.add(caption("plan.col.indicator"), 0, 0, 3, 1);
            header.addRow(1, caption("plan.col.now"), caption("plan.col.target"), caption("plan.col.status"));
        } else {
            header.addRow(0, caption("plan.col.indicator"), caption("plan.col.now"), caption("plan.col.target"),
                    caption("plan.col.status"));
        }
        box.getChildren().addAll(heading, header);
        for (PlanTargetRow row : group.rows()) {
            box.getChildren().add(row(row));
        }
        return box;
    }

    private Node row(PlanTargetRow row) {
        Language l = messages.language();
        GridPane grid = grid();
        grid.getStyleClass().add("plan-row");
        grid.setId("plan-row-" + row.code());

        Label name = paragraph(row.seq() + ". " + row.name(l), "row-name");
        Label kind = new Label(messages.get(row.kind() == IndicatorKind.BINDING ? "plan.kind.binding" : "plan.kind.expected"));
        kind.getStyleClass().addAll("chip", row.kind() == IndicatorKind.BINDING ? "kind-binding" : "kind-expected");
        kind.setMinWidth(Label.USE_PREF_SIZE);
        VBox nameBox = new VBox(name, kind);
        nameBox.getStyleClass().add("row-name-box");

        IndicatorFigure figure = indicator(row);
        VBox now = new VBox();
        now.getStyleClass().add("row-cell");
        if (row.valueWithUnit().isEmpty()) {
            now.getChildren().add(paragraph(messages.get("plan.noValue"), "row-muted"));
        } else {
            now.getChildren().add(paragraph(texts.value(figure, l).orElseThrow(), "row-value"));
            if (row.cumulative() && row.valueIsNumber()) {
                now.getChildren().add(paragraph(messages.get("plan.cumulative"), "row-muted"));
            }
            texts.year(figure, l).ifPresent(y -> now.getChildren().add(paragraph(y, "row-muted")));
            row.publishedIn().ifPresent(title -> now.getChildren().add(paragraph(messages.get("plan.publishedIn",
                    title.in(l)), "row-muted")));
        }
        if (!row.baselineWithUnit().isEmpty()) {
            now.getChildren().add(paragraph(messages.get("plan.baseline", Integer.toString(row.baselineYear().orElseThrow()),
                    units.withUnit(row.baseline(), row.unit(), l)), "row-muted"));
        }

        VBox target = new VBox();
        target.getStyleClass().add("row-cell");
        if (row.targetWithUnit().isEmpty()) {
            target.getChildren().add(paragraph(messages.get("plan.noValue"), "row-muted"));
        } else {
            target.getChildren().add(paragraph(texts.targetValue(figure, l).orElseThrow(), "row-value"));
            if (row.cumulative() && row.targetIsNumber()) {
                target.getChildren().add(paragraph(messages.get("plan.cumulative"), "row-muted"));
            }
        }

        StatusChip status = new StatusChip(messages, row.status()).wrapping();
        status.setId("status-" + row.code());
        VBox statusBox = new VBox(status);
        statusBox.getStyleClass().add("row-cell");
        if (stacked()) {
            grid.add(nameBox, 0, 0, 3, 1);
            grid.addRow(1, now, target, statusBox);
        } else {
            grid.addRow(0, nameBox, now, target, statusBox);
        }
        return grid;
    }

    /** The row as the indicator widgets take it, so a plan figure is said as on every other screen. */
    private static IndicatorFigure indicator(PlanTargetRow row) {
        return new IndicatorFigure(row.name(), row.unit(),
                row.value().isEmpty() ? Optional.empty() : Optional.of(new IndicatorFigure.Reading(row.value(),
                        row.valueYear().map(OptionalInt::of).orElse(OptionalInt.empty()), row.sample())),
                row.target().isEmpty() ? Optional.empty()
                        : Optional.of(new IndicatorFigure.Target(row.targetSymbol(), row.target())),
                row.status());
    }

    private GridPane grid() {
        return Columns.of(stacked() ? STACKED_PERCENT : COLUMN_PERCENT);
    }

    private Label caption(String key) {
        Label l = paragraph(messages.get(key), "row-caption");
        return l;
    }

    private static Label paragraph(String text, String style) {
        return Texts.wrapped(text, style);
    }
}
