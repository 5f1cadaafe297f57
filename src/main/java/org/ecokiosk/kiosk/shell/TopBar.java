package org.ecokiosk.kiosk.shell;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.ecokiosk.kiosk.i18n.DateTexts;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.model.SnapshotMeta;

/** The bar on every screen: home, back (after a link), title, data-as-of, sample badge, language, 大字 and high-contrast switches. */
final class TopBar extends HBox {

    final Button home = new Button();
    final Button back = new Button();
    final Label title = new Label();
    final Label asOf = new Label();
    final Label sample = new Label();
    final Button language = new Button();
    final ToggleButton largeText = new ToggleButton();
    final ToggleButton contrast = new ToggleButton();
    final Region corner = new Region();

    TopBar(Messages messages, SnapshotSession session, Navigator navigator, TextScale scale, ContrastTheme theme) {
        getStyleClass().add("top-bar");
        setAlignment(Pos.CENTER_LEFT);
        home.setId("home-button");
        home.getStyleClass().add("bar-button");
        home.textProperty().bind(messages.text("bar.home"));
        home.setOnAction(e -> navigator.home());
        home.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> navigator.current().map(s -> !Navigator.HOME.equals(s.id())).orElse(false),
                navigator.currentProperty()));
        home.managedProperty().bind(home.visibleProperty());
        home.setMinWidth(Region.USE_PREF_SIZE);

        back.setId("back-button");
        back.getStyleClass().add("bar-button");
        back.textProperty().bind(messages.text("bar.back"));
        back.setOnAction(e -> navigator.back());
        // only after a link from one screen to another: then it leads back where the visitor was
        back.visibleProperty().bind(navigator.canGoBackProperty());
        back.managedProperty().bind(back.visibleProperty());
        back.setMinWidth(Region.USE_PREF_SIZE);

        title.setId("screen-title");
        title.getStyleClass().add("bar-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> navigator.current()
                .map(s -> messages.get(s.titleKey())).orElse(""), navigator.currentProperty(), messages.languageProperty()));
        // the title gives way (ends in "…") only when even without the date the bar is too narrow
        title.setMinWidth(0);

        asOf.setId("data-as-of");
        asOf.getStyleClass().add("bar-as-of");
        asOf.textProperty().bind(Bindings.createStringBinding(() -> {
            SnapshotMeta meta = session.meta();
            if (meta == null) {
                return "";
            }
            return messages.get("bar.asOf", DateTexts.date(meta.dataAsOf(), messages.language()));
        }, session.metaProperty(), messages.languageProperty()));
        // one line or not at all: wrapped in a narrow bar it stacked one glyph per line (portrait)
        asOf.setWrapText(false);
        asOf.setMinWidth(Region.USE_PREF_SIZE);

        sample.setId("sample-badge");
        sample.getStyleClass().add("sample-badge");
        sample.textProperty().bind(messages.text("badge.sample"));
        // the badge follows the screen being shown: it says whether THESE figures are sample data
        navigator.currentProperty().addListener((obs, was, now) -> {
            sample.visibleProperty().unbind();
            if (now != null) {
                sample.visibleProperty().bind(now.showsSampleData());
            } else {
                sample.setVisible(false);
            }
        });
        sample.setVisible(false);
        sample.managedProperty().bind(sample.visibleProperty());
        sample.setMinWidth(Region.USE_PREF_SIZE);

        language.setId("language-button");
        language.getStyleClass().add("bar-button");
        // the button names the language it switches TO, in that language, so a reader of either can find it
        language.textProperty().bind(messages.text("bar.otherLanguage"));
        language.setOnAction(e -> messages.switchLanguage());
        language.setMinWidth(Region.USE_PREF_SIZE);

        largeText.setId("large-text-button");
        largeText.getStyleClass().add("bar-button");
        largeText.textProperty().bind(messages.text("bar.largeText"));
        largeText.selectedProperty().bindBidirectional(scale.largeProperty());
        largeText.setMinWidth(Region.USE_PREF_SIZE);

        contrast.setId("contrast-button");
        contrast.getStyleClass().add("bar-button");
        contrast.textProperty().bind(messages.text("bar.highContrast"));
        contrast.selectedProperty().bindBidirectional(theme.highContrastProperty());
        // "High contrast" may take two lines so the bar still fits 1280 px in 大字 (width in CSS)
        contrast.setWrapText(true);
        contrast.setMinWidth(Region.USE_PREF_SIZE);

        corner.setId("admin-corner");
        corner.getStyleClass().add("admin-corner");

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(corner, home, back, title, spacer, asOf, sample, language, largeText, contrast);
    }

    /**
     * On a narrow window (portrait, 大字 at 1280 px) the secondary "data as of" label goes first,
     * so the bar stays one row and the buttons keep their size; the corner always stays leftmost.
     */
    @Override
    protected void layoutChildren() {
        boolean fits = widthWith(true) <= getWidth();
        if (asOf.isManaged() != fits) {
            asOf.setManaged(fits);
            asOf.setVisible(fits);
        }
        super.layoutChildren();
    }

    /** The bar's width with every shown child at its preferred width (the title's included). */
    private double widthWith(boolean withAsOf) {
        double total = snappedLeftInset() + snappedRightInset();
        int count = 0;
        for (javafx.scene.Node child : getChildren()) {
            boolean counted = child == asOf ? withAsOf : child.isManaged();
            if (counted) {
                total += child.prefWidth(-1);
                count++;
            }
        }
        return total + Math.max(0, count - 1) * getSpacing();
    }
}
