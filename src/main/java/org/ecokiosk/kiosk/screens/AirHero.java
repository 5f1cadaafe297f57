package org.ecokiosk.kiosk.screens;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ecokiosk.kiosk.i18n.DateTexts;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.i18n.StandardTexts;
import org.ecokiosk.kiosk.viewmodel.AirViewModel;
import org.ecokiosk.kiosk.viewmodel.AirViewModel.DayAqi;
import org.ecokiosk.kiosk.viewmodel.LoadState;
import org.ecokiosk.kiosk.widgets.SampleBadge;
import org.ecokiosk.kiosk.widgets.Swatch;
import org.ecokiosk.kiosk.widgets.Texts;
import org.ecokiosk.model.Language;
import org.ecokiosk.standards.air.AqiLevel;

/**
 * Home's answer at a glance: the latest district AQI as the air screen shows it (the same view
 * model, so the figure is computed once, by the evaluation layer), in its level colour with the
 * level's word, primary pollutant, one line of advice and its date. A touch opens the air screen.
 */
final class AirHero extends StackPane {
    private final Messages messages;
    private final AirViewModel model;

    AirHero(Messages messages, AirViewModel model, Runnable openAir) {
        this.messages = messages;
        this.model = model;
        setId("home-air");
        getStyleClass().add("home-hero");
        setOnMouseClicked(e -> {
            if (e.isStillSincePress()) {
                openAir.run();
            }
        });
        model.stateProperty().addListener((obs, was, now) -> render());
        messages.languageProperty().addListener((obs, was, now) -> render());
        render();
    }

    private void render() {
        getChildren().clear();
        if (model.state() != LoadState.READY) {
            getChildren().add(Texts.message(messages, model.state() == LoadState.FAILED ? "screen.failed" : "screen.loading",
                    "home-hero-text"));
            return;
        }
        getChildren().add(model.today().map(this::day).orElseGet(
                () -> Texts.message(messages, "env.noData", "home-hero-text")));
    }

    private Node day(DayAqi day) {
        Language l = messages.language();
        AqiLevel level = day.level();
        Label number = Swatch.of(Integer.toString(day.aqi()), level.colour(), level.textColour(), "hero-aqi");
        number.setId("home-air-aqi");
        number.setMinWidth(Label.USE_PREF_SIZE);
        Label title = Texts.wrapped(messages.get("air.today", DateTexts.date(day.date(), l)), "hero-caption");
        Label levelName = Texts.wrapped(StandardTexts.levelAndCategory(level).in(l), "hero-level");
        levelName.setId("home-air-level");
        String primary = day.primaryPollutants().isEmpty() ? messages.get("air.primary.none")
                : messages.list(day.primaryPollutants().stream().map(p -> StandardTexts.pollutant(p).in(l)).toList(), l);
        Label primaryLine = Texts.wrapped(messages.get("air.primary", primary), "hero-line");
        Label advice = Texts.wrapped(StandardTexts.advice(level).in(l), "hero-line");
        advice.setId("home-air-advice");
        VBox facts = new VBox(title, levelName, primaryLine, advice);
        facts.getStyleClass().add("hero-facts");
        if (day.sample()) {
            facts.getChildren().add(SampleBadge.forFigure(messages));
        }
        HBox.setHgrow(facts, Priority.ALWAYS);
        facts.setMinWidth(0);
        HBox row = new HBox(number, facts);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("hero-row");
        return row;
    }
}
