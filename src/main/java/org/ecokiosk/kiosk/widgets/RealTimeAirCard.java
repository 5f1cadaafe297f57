package org.ecokiosk.kiosk.widgets;

import java.awt.Color;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ecokiosk.charts.ChartText;
import org.ecokiosk.charts.ChartValue;
import org.ecokiosk.charts.ColouredValue;
import org.ecokiosk.charts.EcoChartFactory;
import org.ecokiosk.charts.LegendEntry;
import org.ecokiosk.charts.ReferenceLine;
import org.ecokiosk.evaluation.air.HourFigures.PollutantReading;
import org.ecokiosk.kiosk.i18n.DateTexts;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.i18n.StandardTexts;
import org.ecokiosk.kiosk.viewmodel.RealTimeAirView;
import org.ecokiosk.model.Language;
import org.ecokiosk.standards.RgbColour;
import org.ecokiosk.standards.air.AqiCompleteness;
import org.ecokiosk.standards.air.AqiLevel;
import org.ecokiosk.standards.air.Pollutant;

/**
 * The latest hour (实时报) as the air screen leads with it: the AQI on its level colour, when it
 * was published (amber with its age in words when stale), the six pollutants with concentration
 * and IAQI, the last 24 hours as coloured bars, and the health advice with HJ 633-2026's
 * sensitive groups — all from a {@link RealTimeAirView}.
 */
public final class RealTimeAirCard extends VBox {
    private static final DateTimeFormatter AXIS_HOUR = DateTimeFormatter.ofPattern("H");

    private final Messages messages;
    private final Language language;
    private final double em;

    /** @param em the page's root font size in px (icons are sized in em of it) */
    public RealTimeAirCard(RealTimeAirView view, Messages messages, Language language, EcoChartFactory charts,
                           double em) {
        this.messages = messages;
        this.language = language;
        this.em = em;
        setId("air-now");
        getStyleClass().addAll("env-card", "air-now");
        Label heading = Texts.wrapped(messages.get(language, "air.now.heading"), "env-heading");
        getChildren().addAll(heading, top(view), pollutants(view),
                new AdvicePanel("air-now-advice", view.level(), view.advice().sensitiveGroups(), messages, language, em));
        getChildren().add(ChartView.of("air-now-chart", curve(view, charts)));
        getChildren().add(Texts.wrapped(messages.get(language, "air.now.rules", org.ecokiosk.model.StandardNames.printed(view.rulesId())),
                "plain"));
    }

    /** The time line: "更新于 …", and when stale its age in plain words, in amber. */
    public static Label updated(RealTimeAirView view, Messages messages, Language language) {
        String when = messages.get(language, "air.now.updated", DateTexts.hour(view.reportedAt(), language));
        Label label;
        if (view.stale()) {
            label = Texts.wrapped(when + " · " + messages.get(language, "age.stale", Ages.words(view.age(), messages,
                    language)), "figure-caption", "stale-time");
        } else {
            label = Texts.wrapped(when, "figure-caption");
        }
        label.setId("air-now-updated");
        return label;
    }

    private Node top(RealTimeAirView view) {
        AqiLevel level = view.level();
        boolean undetermined = view.completeness() == AqiCompleteness.UNDETERMINED;
        String number = (view.completeness() == AqiCompleteness.COMPLETE ? "" : "≥ ") + view.aqi();
        Label big = badgeLabel(number, level, undetermined, "aqi-big");
        big.setId("air-now-aqi");
        Label caption = badgeLabel("AQI", level, undetermined, "aqi-big-caption");
        VBox badge = new VBox(big, caption);
        badge.getStyleClass().add("aqi-badge");
        if (undetermined) {
            badge.getStyleClass().add("aqi-undetermined");
        } else {
            badge.setStyle(big.getStyle());
        }
        badge.setAlignment(Pos.CENTER);
        badge.setMinWidth(VBox.USE_PREF_SIZE);

        List<Node> facts = new ArrayList<>();
        facts.add(updated(view, messages, language));
        Label levelName;
        if (undetermined) {
            levelName = Texts.wrapped(messages.get(language, "air.now.undetermined", names(view.missing())), "aqi-level-name");
        } else {
            String name = StandardTexts.levelAndCategory(level).in(language);
            levelName = Texts.wrapped(view.completeness() == AqiCompleteness.AT_LEAST
                    ? messages.get(language, "air.now.atLeast", name, names(view.missing())) : name, "aqi-level-name");
        }
        levelName.setId("air-now-level");
        if (!undetermined) {
            levelName.setGraphic(LevelIcons.shape(level, em, 1.7));
        }
        facts.add(levelName);
        String primary = view.primaryPollutants().isEmpty() ? messages.get(language, "air.primary.none")
                : names(view.primaryPollutants());
        facts.add(Texts.wrapped(messages.get(language, "air.primary", primary), "figure-line"));
        VBox factBox = new VBox(facts.toArray(Node[]::new));
        factBox.getStyleClass().add("figure-facts");
        HBox.setHgrow(factBox, Priority.ALWAYS);
        HBox top = new HBox(badge, factBox);
        top.getStyleClass().add("aqi-top");
        return top;
    }

    private Node pollutants(RealTimeAirView view) {
        GridPane grid = new GridPane();
        grid.getStyleClass().addAll("env-grid", "air-now-pollutants");
        for (int c = 0; c < 3; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / 3);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        List<PollutantReading> readings = view.readings();
        for (int i = 0; i < readings.size(); i++) {
            grid.add(reading(readings.get(i)), i % 3, i / 3);
        }
        return new VBox(Texts.wrapped(messages.get(language, "air.now.pollutants"), "advice-heading"), grid);
    }

    private Node reading(PollutantReading r) {
        Pollutant p = r.pollutant();
        Label name = Texts.wrapped(StandardTexts.pollutantShort(p).in(language), "pollutant-name");
        Node value;
        if (r.concentration().isPresent() && r.iaqi().isPresent()) {
            int iaqi = r.iaqi().getAsInt();
            AqiLevel lv = AqiLevel.of(iaqi);
            String concentration = org.ecokiosk.standards.air.Gbt8170.round(r.concentration().get(),
                    org.ecokiosk.standards.air.Gbt8170.reportingScale(p)).toPlainString() + " " + p.unit().symbol();
            Label c = Texts.wrapped(concentration, "pollutant-value");
            // the level word on a line of its own: a narrow column never breaks 轻度污染 in the middle
            Label sub = Swatch.of(messages.get(language, "air.now.iaqi", iaqi) + "\n" + StandardTexts.category(lv).in(language),
                    lv.colour(), lv.textColour(), "pollutant-iaqi");
            sub.setGraphic(LevelIcons.shapeOn(lv, em, 1.15));
            // the level word makes the chip long in English 大字: it wraps between words, never widens the page
            sub.setWrapText(true);
            sub.setMinWidth(0);
            sub.setMinHeight(Label.USE_PREF_SIZE);
            value = new VBox(c, sub);
        } else {
            value = Texts.wrapped(messages.get(language, "env.noValue"), "row-muted");
        }
        VBox cell = new VBox(name, value);
        cell.getStyleClass().add("pollutant-cell");
        cell.setId("air-now-" + p.code().replace(".", ""));
        return cell;
    }

    private org.jfree.chart.JFreeChart curve(RealTimeAirView view, EcoChartFactory charts) {
        List<ColouredValue> bars = new ArrayList<>();
        for (RealTimeAirView.Hour h : view.last24Hours()) {
            String label = AXIS_HOUR.format(h.reportedAt());
            if (h.aqi().isPresent()) {
                bars.add(new ColouredValue(ChartValue.of(label, h.aqi().get()), awt(h.level().orElseThrow().colour())));
            } else {
                // a missing value draws no bar, so its colour is never seen; the chart writes 无数据 instead
                bars.add(new ColouredValue(ChartValue.missing(label), awt(AqiLevel.LEVEL_1.colour())));
            }
        }
        ChartText text = new ChartText(messages.get(language, "air.now.curve"), messages.get(language, "air.now.chart.hour"), "AQI",
                Optional.of(messages.get(language, "env.noValueShort")), view.sample());
        List<LegendEntry> legend = new ArrayList<>();
        return charts.colouredBars(text, bars, Optional.of(new ReferenceLine(messages.get(language, "air.now.chart.line"), 100)),
                legend);
    }

    private String names(List<Pollutant> pollutants) {
        return messages.list(pollutants.stream().map(p -> StandardTexts.pollutantShort(p).in(language)).toList(),
                language);
    }

    private static Color awt(RgbColour c) {
        return new Color(c.red(), c.green(), c.blue());
    }


    /**
     * The big number on its level colour; without a level (pollutants missing, the rest ≤ 100) it
     * gets no level colour at all, so it can never be read as 优 or 良.
     */
    private static Label badgeLabel(String text, AqiLevel level, boolean undetermined, String style) {
        if (undetermined) {
            Label l = new Label(text);
            l.getStyleClass().addAll(style, "aqi-undetermined");
            l.setMinWidth(Label.USE_PREF_SIZE);
            l.setAlignment(Pos.CENTER);
            return l;
        }
        return Swatch.of(text, level.colour(), level.textColour(), style);
    }
}
