package org.ecokiosk.kiosk.screens;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.viewmodel.FacilitiesViewModel.FacilityRow;
import org.ecokiosk.kiosk.widgets.Glyph;
import org.ecokiosk.kiosk.widgets.Mdi;
import org.ecokiosk.kiosk.widgets.Texts;

/**
 * The photo slot of a facility's page: its photo from the content images when staff gave one,
 * otherwise a calm placeholder of the same size (a picture icon and "暂无照片") so the page looks
 * the same either way. The slot's size is CSS's (em), the photo fits inside it keeping its shape;
 * it stays empty while the photo is still being decoded ({@link FacilityPhotos}).
 */
final class FacilityPhoto {
    private FacilityPhoto() {
    }

    static Node of(FacilityRow row, Messages messages, FacilityPhotos photos) {
        StackPane slot = new StackPane();
        slot.getStyleClass().add("facility-photo");
        slot.setId("facility-photo");
        row.photo().ifPresentOrElse(photo -> photos.decode(photo).whenMade(image -> image.ifPresentOrElse(
                decoded -> photo(slot, decoded), () -> placeholder(slot, messages))), () -> placeholder(slot, messages));
        return slot;
    }

    private static void photo(StackPane slot, Image image) {
        ImageView view = new ImageView(image);
        view.setId("facility-photo-image");
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.fitWidthProperty().bind(slot.widthProperty());
        view.fitHeightProperty().bind(slot.heightProperty());
        slot.getChildren().setAll(view);
        slot.getStyleClass().add("has-photo");
    }

    private static void placeholder(StackPane slot, Messages messages) {
        Label text = Texts.wrapped(messages.get("facilities.photo.none"), "facility-photo-text");
        text.setMaxWidth(Label.USE_PREF_SIZE);
        Glyph icon = new Glyph(Mdi.IMAGE_OUTLINE);
        icon.getStyleClass().add("facility-photo-icon");
        icon.iconSizeProperty().bind(Bindings.createIntegerBinding(
                () -> (int) Math.round(text.getFont().getSize() * 3), text.fontProperty()));
        icon.iconColorProperty().bind(text.textFillProperty());
        VBox placeholder = new VBox(icon, text);
        placeholder.setAlignment(Pos.CENTER);
        placeholder.setId("facility-photo-placeholder");
        placeholder.getStyleClass().add("facility-photo-placeholder");
        slot.getChildren().setAll(placeholder);
    }
}
