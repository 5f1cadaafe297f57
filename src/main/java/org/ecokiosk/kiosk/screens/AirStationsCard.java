package org.ecokiosk.kiosk.screens;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.ecokiosk.kiosk.i18n.DateTexts;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.i18n.StandardTexts;
import org.ecokiosk.kiosk.viewmodel.AirViewModel;
import org.ecokiosk.kiosk.viewmodel.AirViewModel.DotFigure;
import org.ecokiosk.kiosk.viewmodel.AirViewModel.StationDot;
import org.ecokiosk.kiosk.widgets.Ages;
import org.ecokiosk.kiosk.widgets.LevelIcons;
import org.ecokiosk.kiosk.widgets.StationMap;
import org.ecokiosk.kiosk.widgets.Swatch;
import org.ecokiosk.kiosk.widgets.Texts;
import org.ecokiosk.model.Language;
import org.ecokiosk.standards.air.AqiCompleteness;
import org.ecokiosk.standards.air.AqiLevel;

/**
 * The district's stations: a schematic map (示意图) of the district with a marker per placed
 * station — its AQI on the level colour with the level's shape, and its name — then every
 * station in words (name, AQI, level word, shape, time), including those whose position is not
 * yet known. The figures are each station's own latest hour, else its latest day. Sample figures
 * are marked by the page's one sample banner.
 */
final class AirStationsCard extends VBox {
    private static final double MAP_MAX_HEIGHT_EM = 26;

    private final Messages messages;
    private final Language language;
    private final double em;

    AirStationsCard(AirViewModel model, Messages messages, Language language, double em) {
        this.messages = messages;
        this.language = language;
        this.em = em;
        setId("air-stations");
        getStyleClass().add("env-card");
        getChildren().add(Texts.wrapped(messages.get(language, "air.map.heading"), "env-heading"));
        List<StationMap.Marker> markers = new ArrayList<>();
        for (StationDot dot : model.map()) {
            dot.position().ifPresent(at -> markers.add(new StationMap.Marker(at, marker(dot))));
        }
        StationMap map = new StationMap(model.outline().rings(), markers, em, MAP_MAX_HEIGHT_EM);
        map.setId("air-map");
        Label schematic = Texts.chip(messages.get(language, "air.map.schematic"), "map-schematic");
        getChildren().addAll(schematic, map);
        // one station a line, its parts flowing onto the next line when narrow: a flow of whole
        // items asked the page to be as wide as the longest item (portrait 大字 English was cut off)
        VBox list = new VBox();
        list.getStyleClass().add("station-flow");
        model.map().forEach(dot -> list.getChildren().add(item(dot)));
        getChildren().add(list);
        getChildren().add(Texts.wrapped(messages.get(language, "air.map.note"), "plain", "map-note"));
    }

    /** On the map: the AQI on its level colour with the level's shape, the station's name below. */
    private Node marker(StationDot dot) {
        Node value = dot.figure().map(this::aqiSwatch)
                .orElseGet(() -> Texts.chip(messages.get(language, "env.noValueShort"), "map-no-value"));
        Label name = new Label(dot.name().in(language));
        name.getStyleClass().add("map-station-name");
        name.setMinWidth(Label.USE_PREF_SIZE);
        VBox marker = new VBox(value, name);
        marker.setAlignment(Pos.CENTER);
        marker.getStyleClass().add("map-marker");
        marker.setId("air-map-dot-" + dot.code());
        marker.setMouseTransparent(true);
        return marker;
    }

    /** In the list: name, AQI with level word and shape, and when. */
    private Node item(StationDot dot) {
        List<Node> parts = new ArrayList<>();
        parts.add(Texts.wrapped(dot.name().in(language), "station-name"));
        if (dot.figure().isPresent()) {
            DotFigure f = dot.figure().get();
            Label value = aqiSwatch(f);
            if (f.completeness() != AqiCompleteness.UNDETERMINED) {
                value.setText(value.getText() + "  " + StandardTexts.category(f.level()).in(language));
            }
            parts.add(value);
            String when = f.hourly() ? DateTexts.hour(f.at(), language) : DateTexts.shortDate(f.at().toLocalDate(), language);
            if (f.age().stale()) {
                // as everywhere: an old figure says how old it is, in amber
                parts.add(Texts.wrapped(when + " · " + messages.get(language, "age.stale",
                        Ages.words(f.age(), messages, language)), "figure-caption", "stale-time"));
            } else {
                parts.add(Texts.wrapped(when, "figure-caption"));
            }
        } else {
            parts.add(Texts.wrapped(messages.get(language, "env.noValue"), "row-muted"));
        }
        if (dot.position().isEmpty()) {
            parts.add(Texts.wrapped(messages.get(language, "air.map.unplaced"), "figure-caption"));
        }
        FlowPane item = new FlowPane(parts.toArray(Node[]::new));
        item.getStyleClass().add("station-item");
        item.setAlignment(Pos.CENTER_LEFT);
        item.setId("air-station-" + dot.code());
        return item;
    }

    private Label aqiSwatch(DotFigure f) {
        String number = (f.completeness() == AqiCompleteness.COMPLETE ? "" : "≥ ") + f.aqi();
        if (f.completeness() == AqiCompleteness.UNDETERMINED) {
            Label l = Texts.chip(number, "station-aqi", "aqi-undetermined");
            l.setGraphic(LevelIcons.unknown(em, 1.0));
            return l;
        }
        AqiLevel lv = f.level();
        Label l = Swatch.of(number, lv.colour(), lv.textColour(), "station-aqi");
        l.setGraphic(LevelIcons.shapeOn(lv, em, 1.3));
        return l;
    }
}
