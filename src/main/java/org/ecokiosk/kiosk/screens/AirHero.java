package org.ecokiosk.kiosk.screens;

import java.util.List;
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
import org.ecokiosk.kiosk.viewmodel.HomeViewModel;
import org.ecokiosk.kiosk.viewmodel.HomeViewModel.AirSource;
import org.ecokiosk.kiosk.viewmodel.HomeViewModel.HomeAir;
import org.ecokiosk.kiosk.viewmodel.LoadState;
import org.ecokiosk.kiosk.widgets.Ages;
import org.ecokiosk.kiosk.widgets.Icons;
import org.ecokiosk.kiosk.widgets.Swatch;
import org.ecokiosk.kiosk.widgets.Texts;
import org.ecokiosk.model.Language;
import org.ecokiosk.standards.air.AqiCompleteness;
import org.ecokiosk.standards.air.AqiLevel;
import org.ecokiosk.standards.air.Pollutant;

/**
 * Home's answer at a glance: the latest AQI ({@link HomeViewModel#air}: the latest hour where hourly
 * data exists, else the latest day) on its level colour with the level's shape and word, the primary
 * pollutant, HJ 633-2026's advice for the level and its time — in amber with its age in words once
 * it is stale (never "今天"); sample data is said by home's one banner. A touch opens the air screen. Node ids: {@code home-air-*}.
 */
final class AirHero extends StackPane {
    private final Messages messages;
    private final HomeViewModel model;
    /** Short windows (1280×800, landscape 大字): a smaller badge and no "touch for more" line, so the tiles fit. */
    private final javafx.beans.property.BooleanProperty compact = new javafx.beans.property.SimpleBooleanProperty(false);

    AirHero(Messages messages, HomeViewModel model, Runnable openAir) {
        this.messages = messages;
        this.model = model;
        setId("home-air");
        getStyleClass().add("home-hero");
        setOnMouseClicked(e -> {
            if (e.isStillSincePress()) {
                openAir.run();
            }
        });
        render();
    }

    javafx.beans.property.BooleanProperty compactProperty() {
        return compact;
    }

    /** Redraws from the model in the current language (home calls it when data or language change). */
    void render() {
        getChildren().clear();
        if (model.airState() != LoadState.READY) {
            // words only (no label's skin): what home's first frame says here
            getChildren().add(new org.ecokiosk.kiosk.widgets.Words(messages.get(model.airState() == LoadState.FAILED
                    ? "screen.failed" : "screen.loading"), "home-hero-text"));
            getChildren().forEach(n -> n.setMouseTransparent(true));
            return;
        }
        getChildren().add(model.air().map(this::figure).orElseGet(
                () -> Texts.message(messages, "env.noData", "home-hero-text")));
        // the card takes the touch, not what it shows (redrawn when the figures arrive; see HomeScreen.fill)
        getChildren().forEach(n -> n.setMouseTransparent(true));
    }

    private Node figure(HomeAir air) {
        Language l = messages.language();
        boolean undetermined = air.completeness() == AqiCompleteness.UNDETERMINED;
        VBox facts = new VBox();
        facts.getStyleClass().add("hero-facts");
        Label caption = Texts.message(messages, air.source() == AirSource.HOURLY ? "home.air.hourly"
                : "home.air.daily", "hero-caption");
        HBox top = new HBox(caption);
        top.getStyleClass().add("hero-top");
        top.setAlignment(Pos.CENTER_LEFT);
        caption.setMinWidth(0);
        HBox.setHgrow(caption, Priority.ALWAYS);
        facts.getChildren().add(top);
        facts.getChildren().add(time(air, l));
        Label levelName = Texts.wrapped(levelText(air, l), "hero-level");
        levelName.setId("home-air-level");
        facts.getChildren().add(levelName);
        String primary = air.primaryPollutants().isEmpty() ? messages.get("air.primary.none") : names(air.primaryPollutants(), l);
        Label primaryLine = Texts.wrapped(messages.get("air.primary", primary), "hero-line");
        primaryLine.setId("home-air-primary");
        facts.getChildren().add(primaryLine);
        if (!undetermined) {
            Label advice = Texts.wrapped(air.advice().in(l), "hero-line", "hero-advice");
            advice.setId("home-air-advice");
            facts.getChildren().add(advice);
        }
        Label more = Texts.message(messages, "home.air.more", "hero-more");
        // on a short window the whole card is the way to the air screen; the line saying so gives way
        more.visibleProperty().bind(compact.not());
        more.managedProperty().bind(more.visibleProperty());
        facts.getChildren().add(more);
        HBox.setHgrow(facts, Priority.ALWAYS);
        facts.setMinWidth(0);
        HBox row = new HBox(badge(air, undetermined), facts);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("hero-row");
        return row;
    }

    /** The number on its level colour with the level's shape; without a level, neither colour nor shape. */
    private Node badge(HomeAir air, boolean undetermined) {
        AqiLevel level = air.level();
        String shown = (air.completeness() == AqiCompleteness.COMPLETE ? "" : "≥ ") + air.aqi();
        VBox badge = new VBox();
        badge.getStyleClass().add("hero-badge");
        badge.setAlignment(Pos.CENTER);
        badge.setMinWidth(VBox.USE_PREF_SIZE);
        Label number = new Label(shown);
        number.getStyleClass().add("hero-aqi");
        number.setId("home-air-aqi");
        number.setMinWidth(Label.USE_PREF_SIZE);
        Label caption = new Label("AQI");
        caption.getStyleClass().add("hero-aqi-caption");
        if (undetermined) {
            badge.getStyleClass().add("aqi-undetermined");
            badge.getChildren().addAll(number, caption);
        } else {
            String ink = Swatch.style(level.colour(), level.textColour());
            badge.setStyle(ink);
            number.setStyle(ink);
            caption.setStyle(ink);
            javafx.scene.Node shape = Swatch.ink(Icons.forLevel(level, "hero-level-icon"), level.textColour());
            shape.setId("home-air-icon");
            badge.getChildren().addAll(shape, number, caption);
        }
        return badge;
    }

    /** "更新于 12月1日 14时" or the day; once stale, in amber with a clock and its age in words. */
    private Node time(HomeAir air, Language l) {
        String when = air.hour().isPresent() ? messages.get(l, "air.now.updated", DateTexts.hour(air.hour().get(), l))
                : messages.get(l, "home.air.dayOf", DateTexts.date(air.date(), l));
        Label label;
        if (!air.stale()) {
            label = Texts.wrapped(when, "hero-time");
            label.setId("home-air-time");
            return label;
        }
        String age = Ages.words(air.age(), messages, l);
        String said = air.hour().isPresent() ? when + " · " + messages.get(l, "age.stale", age)
                : messages.get(l, "age.staleDay", DateTexts.date(air.date(), l), age);
        label = Texts.wrapped(said, "hero-time", "stale-time");
        label.setId("home-air-time");
        HBox line = new HBox(Icons.stale("stale-icon"), label);
        line.getStyleClass().add("hero-time-line");
        line.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(label, Priority.ALWAYS);
        label.setMinWidth(0);
        return line;
    }

    private String levelText(HomeAir air, Language l) {
        String missing = names(air.missing(), l);
        String name = StandardTexts.levelAndCategory(air.level()).in(l);
        return switch (air.completeness()) {
            case COMPLETE -> name;
            case AT_LEAST -> messages.get(l, "air.now.atLeast", name, missing);
            case UNDETERMINED -> messages.get(l, "air.now.undetermined", missing);
        };
    }

    private String names(List<Pollutant> pollutants, Language l) {
        return messages.list(pollutants.stream().map(p -> StandardTexts.pollutant(p).in(l)).toList(), l);
    }
}
