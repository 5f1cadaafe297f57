package org.ecokiosk.kiosk.widgets;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.ecokiosk.kiosk.i18n.Messages;

/**
 * The one 示例数据 / sample data banner at the top of a page whose figures include sample data,
 * instead of a badge on every row. Its look is its own (a slate band with a flask, striped edge)
 * so that it is never mistaken for a level colour such as the AQI's yellow.
 */
public final class SampleBanner extends HBox {
    public static final String ID = "sample-banner";

    public SampleBanner(Messages messages) {
        Label title = new Label(messages.get("badge.sample"));
        title.getStyleClass().add("sample-banner-title");
        title.setMinWidth(Label.USE_PREF_SIZE);
        Glyph icon = new Glyph(Mdi.FLASK_OUTLINE);
        icon.getStyleClass().add("sample-banner-icon");
        icon.iconSizeProperty().bind(Bindings.createIntegerBinding(
                () -> (int) Math.round(title.getFont().getSize() * 1.4), title.fontProperty()));
        icon.iconColorProperty().bind(title.textFillProperty());
        Label text = Texts.wrapped(messages.get("banner.sample"), "sample-banner-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(icon, title, text);
        getStyleClass().add("sample-banner");
        setAlignment(Pos.CENTER_LEFT);
        setId(ID);
    }
}
