package org.ecokiosk.kiosk.screens;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.ecokiosk.charts.ChartNote;
import org.ecokiosk.charts.ChartText;
import org.ecokiosk.charts.ChartValue;
import org.ecokiosk.charts.ReferenceLine;
import org.ecokiosk.kiosk.i18n.FigureFormat;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.kiosk.shell.TextScale;
import org.ecokiosk.kiosk.viewmodel.GreenViewModel;
import org.ecokiosk.kiosk.viewmodel.GreenViewModel.Figure;
import org.ecokiosk.kiosk.viewmodel.GreenViewModel.Kind;
import org.ecokiosk.kiosk.viewmodel.YearValue;
import org.ecokiosk.kiosk.widgets.Card;
import org.ecokiosk.kiosk.widgets.ChartView;
import org.ecokiosk.kiosk.widgets.Columns;
import org.ecokiosk.kiosk.widgets.IndicatorFigure;
import org.ecokiosk.kiosk.widgets.IndicatorTile;
import org.ecokiosk.kiosk.widgets.Texts;
import org.ecokiosk.model.Language;

/**
 * Green space: forest cover, built-up green coverage, park green per person and the nature-reserve
 * share, each with its 2025 target where the plan sets one; and the "300 米见绿、500 米入园" promise.
 */
public final class GreenScreen extends EnvironmentScreen<GreenViewModel> {

    public GreenScreen(Messages messages, SnapshotSession session, TextScale scale) {
        this(messages, session, scale, new GreenViewModel());
    }

    /** {@code model} may be shared with home, which shows the built-up green cover from it. */
    public GreenScreen(Messages messages, SnapshotSession session, TextScale scale, GreenViewModel model) {
        super("green", messages, session, scale, model);
    }

    @Override
    protected void build(VBox page, Language l) {
        Node[] tiles = Arrays.stream(Kind.values()).map(k -> tile(model.figure(k), l)).toArray(Node[]::new);
        page.getChildren().addAll(promise(), Columns.cards(widthInEm(), tiles));
        page.getChildren().add(trend(model.figure(Kind.BUILT_UP_GREEN), l));
        page.getChildren().add(trend(model.figure(Kind.FOREST), l));
        page.getChildren().add(Texts.message(messages, "green.source", "screen-footnote"));
    }

    private static String key(Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The view model's figure as the indicator widgets take it. */
    private IndicatorFigure indicator(Figure f) {
        return new IndicatorFigure(messages.localized("green." + key(f.kind())), f.kind().unit(),
                TrendValues.reading(f.latest(), 1),
                f.target().isPresent() ? Optional.of(IndicatorFigure.Target.of(f.direction().targetSign(),
                        f.target().getAsDouble())) : Optional.empty(),
                f.status());
    }

    private Node tile(Figure f, Language l) {
        return new IndicatorTile("green-" + key(f.kind()), indicator(f), indicatorTexts, l)
                .noTargetNote(messages.get("green.noTarget"))
                .add(Texts.message(messages, "green.explain." + key(f.kind()), "plain"));
    }

    private Node trend(Figure f, Language l) {
        String id = "green-" + key(f.kind()) + "-trend";
        VBox card = Card.of(id, Texts.message(messages, "green.chart." + key(f.kind()), "env-heading"));
        if (f.trend().stream().filter(YearValue::present).count() < 2 || f.target().isEmpty()) {
            card.getChildren().add(Texts.message(messages, "env.noTrend", "env-empty"));
            return card;
        }
        List<ChartValue> values = TrendValues.of(f.trend());
        boolean sample = TrendValues.anySample(f.trend());
        String unit = units.display(f.kind().unit(), l);
        ChartText text = new ChartText("", messages.get("env.chart.year"), unit,
                Optional.of(messages.get("env.noValueShort")), sample);
        // a break in the series is explained on the chart itself and in words under it
        List<ChartNote> breaks = new ArrayList<>();
        f.boundaryChange().ifPresent(year -> {
            breaks.add(new ChartNote(Integer.toString(year), messages.get("green.boundary.chart", Integer.toString(year))));
            Label why = Texts.wrapped(messages.get("green.boundary", Integer.toString(year)), "chart-note");
            why.setId(id + "-break");
            card.getChildren().add(why);
        });
        card.getChildren().add(1, ChartView.of(id + "-chart", charts().yearlyTrend(text,
                messages.get("green." + key(f.kind())), values,
                new ReferenceLine(messages.get("env.chart.target", (f.direction().targetSign() + " "
                        + FigureFormat.plain(f.target())).strip()), f.target().getAsDouble()), Optional.empty(), breaks)));
        return card;
    }

    private Node promise() {
        VBox card = Card.of("green-promise", Texts.message(messages, "green.promise", "env-heading"));
        card.getStyleClass().add("promise-card");
        card.getChildren().addAll(Texts.message(messages, "green.promise.1", "plain"),
                Texts.message(messages, "green.promise.2", "plain"), Texts.message(messages, "green.promise.3", "plain"));
        return card;
    }
}
