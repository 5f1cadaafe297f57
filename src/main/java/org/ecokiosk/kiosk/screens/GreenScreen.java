package org.ecokiosk.kiosk.screens;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.ecokiosk.charts.ChartText;
import org.ecokiosk.charts.ChartValue;
import org.ecokiosk.charts.ReferenceLine;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.kiosk.shell.TextScale;
import org.ecokiosk.kiosk.viewmodel.GreenViewModel;
import org.ecokiosk.kiosk.viewmodel.GreenViewModel.Figure;
import org.ecokiosk.kiosk.viewmodel.GreenViewModel.Kind;
import org.ecokiosk.kiosk.viewmodel.YearValue;
import org.ecokiosk.model.Language;

/**
 * Green space: forest cover, built-up green coverage, park green per person and the nature-reserve
 * share, each with its 2025 target where the plan sets one; and the "300 米见绿、500 米入园" promise.
 */
public final class GreenScreen extends EnvironmentScreen<GreenViewModel> {

    public GreenScreen(Messages messages, SnapshotSession session, TextScale scale) {
        super("green", messages, session, scale, new GreenViewModel());
    }

    @Override
    protected void build(VBox page, Language l) {
        GridPane cards = cards(java.util.Arrays.stream(Kind.values()).map(k -> figure(model.figure(k), l))
                .toArray(Node[]::new));
        page.getChildren().addAll(promise(), cards);
        page.getChildren().add(trend(model.figure(Kind.BUILT_UP_GREEN), l));
        page.getChildren().add(trend(model.figure(Kind.FOREST), l));
        page.getChildren().add(msg("green.source", "screen-footnote"));
    }

    private static String key(Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private Node figure(Figure f, Language l) {
        String id = "green-" + key(f.kind());
        VBox card = card(id, msg("green." + key(f.kind()), "env-heading"));
        if (f.latest().isPresent()) {
            YearValue v = f.latest().get();
            Label value = text(withUnit(number(v.value().getAsDouble(), 1), f.kind().unit(), l), "figure-value");
            value.setId(id + "-value");
            value.setMinWidth(Label.USE_PREF_SIZE);
            var top = line(value, text(messages.get("env.inYear", Integer.toString(v.year())), "figure-caption"));
            if (v.sample()) {
                top.getChildren().add(sampleBadge());
            }
            card.getChildren().add(top);
        } else {
            Label none = msg("env.noData", "env-empty");
            none.setId(id + "-value");
            card.getChildren().add(none);
        }
        if (f.target().isPresent()) {
            Label t = text(messages.get("env.target2025", f.direction().symbol() + " "
                    + withUnit(plain(f.target()), f.kind().unit(), l)), "figure-line");
            t.setMinWidth(Label.USE_PREF_SIZE);
            Node chip = status(f.status());
            chip.setId(id + "-status");
            card.getChildren().add(line(t, chip));
        } else {
            card.getChildren().add(msg("green.noTarget", "row-muted"));
        }
        card.getChildren().add(msg("green.explain." + key(f.kind()), "plain"));
        return card;
    }

    private Node trend(Figure f, Language l) {
        String id = "green-" + key(f.kind()) + "-trend";
        VBox card = card(id, msg("green.chart." + key(f.kind()), "env-heading"));
        if (f.trend().stream().filter(YearValue::present).count() < 2 || f.target().isEmpty()) {
            card.getChildren().add(msg("env.noTrend", "env-empty"));
            return card;
        }
        List<ChartValue> values = new ArrayList<>();
        f.trend().forEach(v -> values.add(v.present() ? ChartValue.of(Integer.toString(v.year()), v.value().getAsDouble())
                : ChartValue.missing(Integer.toString(v.year()))));
        boolean sample = f.trend().stream().anyMatch(YearValue::sample);
        if (sample) {
            card.getChildren().add(line(sampleBadge()));
        }
        String unit = units.display(f.kind().unit(), l);
        ChartText text = new ChartText("", messages.get("env.chart.year"), unit,
                Optional.of(messages.get("env.noValueShort")), sample);
        card.getChildren().add(chart(id + "-chart", charts().yearlyTrend(text, messages.get("green." + key(f.kind())),
                values, new ReferenceLine(messages.get("env.chart.target", f.direction().symbol() + " "
                        + plain(f.target())), f.target().getAsDouble()), Optional.empty())));
        return card;
    }

    private Node promise() {
        VBox card = card("green-promise", sectionHeading("green.promise"));
        card.getStyleClass().add("promise-card");
        card.getChildren().addAll(msg("green.promise.1", "plain"), msg("green.promise.2", "plain"),
                msg("green.promise.3", "plain"));
        return card;
    }
}
