package org.ecokiosk.kiosk.shell;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.ecokiosk.kiosk.i18n.DateTexts;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.session.SnapshotSession;

/**
 * The bar on every screen: home, back (after a link), title, data-as-of, sample badge, language, 大字 and
 * high-contrast switches. It follows the window's shape by taking more room, never by cutting words:
 * see {@link Shape}.
 */
final class TopBar extends HBox {

    /**
     * Home and back: made the first time they show (on a screen other than home; after a link),
     * not for the kiosk's first frame, which is home's with neither.
     */
    private Button home;
    private Button back;
    /**
     * True on any screen but home. Held here: a binding observes the navigator only weakly, and
     * until the home button is made and bound to it nothing else would keep it (and its listener).
     */
    private final javafx.beans.binding.BooleanBinding awayFromHome;
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
        awayFromHome = Bindings.createBooleanBinding(
                () -> navigator.current().map(s -> !Navigator.HOME.equals(s.id())).orElse(false),
                navigator.currentProperty());
        Runnable homeWhenAway = () -> {
            if (home == null && awayFromHome.get()) {
                home = barButton("home-button", messages.text("bar.home"));
                home.setOnAction(e -> navigator.home());
                home.visibleProperty().bind(awayFromHome);
                home.managedProperty().bind(home.visibleProperty());
                getChildren().add(getChildren().indexOf(corner) + 1, home);
            }
        };
        awayFromHome.addListener((obs, was, now) -> homeWhenAway.run());
        Runnable backAfterLink = () -> {
            if (back == null && navigator.canGoBackProperty().get()) {
                back = barButton("back-button", messages.text("bar.back"));
                back.setOnAction(e -> navigator.back());
                // only after a link from one screen to another: then it leads back where the visitor was
                back.visibleProperty().bind(navigator.canGoBackProperty());
                back.managedProperty().bind(back.visibleProperty());
                getChildren().add(getChildren().indexOf(corner) + (home == null ? 1 : 2), back);
            }
        };
        navigator.canGoBackProperty().addListener((obs, was, now) -> backAfterLink.run());

        title.setId("screen-title");
        title.getStyleClass().add("bar-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> navigator.current()
                .map(s -> messages.get(s.titleKey())).orElse(""), navigator.currentProperty(), messages.languageProperty()));
        // never "…": on a narrow bar the title wraps at word boundaries in a row of its own
        title.setMinWidth(0);

        asOf.setId("data-as-of");
        asOf.getStyleClass().add("bar-as-of");
        asOf.textProperty().bind(Bindings.createStringBinding(() -> {
            return session.meta().map(meta -> messages.get("bar.asOf", DateTexts.date(meta.dataAsOf(), messages.language())))
                    .orElse("");
        }, session.metaProperty(), messages.languageProperty()));
        // one line: wrapped in a narrow bar it stacked one glyph per line (portrait); it goes under the title instead
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
        contrast.setMinWidth(Region.USE_PREF_SIZE);

        corner.setId("admin-corner");
        corner.getStyleClass().add("admin-corner");

        // every label keeps its whole words: no ellipsis, no break inside a word (the bar takes a
        // second row instead, see layoutChildren)
        for (javafx.scene.control.Labeled l : java.util.List.of(language, largeText, contrast)) {
            l.setWrapText(false);
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        title.setWrapText(true);
        getChildren().addAll(corner, title, asOf, sample, language, largeText, contrast);
        homeWhenAway.run();
        backAfterLink.run();
    }

    /** A bar button as home and back are: one line, never squeezed. */
    private static Button barButton(String id, javafx.beans.value.ObservableValue<String> text) {
        Button b = new Button();
        b.setId(id);
        b.getStyleClass().add("bar-button");
        b.textProperty().bind(text);
        b.setWrapText(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** How the bar is laid out at a width: see {@link #layoutChildren}. */
    enum Shape {
        /** One row: the title, the date, the badge and the switches side by side. */
        ONE_ROW,
        /** One row, the date under the title (a narrower landscape window, 大字 at 1280 px). */
        DATE_UNDER_TITLE,
        /** The title (and the date under it) on the first row, the switches on a second (portrait, 大字). */
        TWO_ROWS
    }

    private Shape shape = Shape.ONE_ROW;

    /** The shape of the last layout (for tests). */
    Shape shape() {
        return shape;
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        // the bar never asks the window to be wider: it takes more rows instead
        return snappedLeftInset() + snappedRightInset() + width(lead());
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + width(lead()) + getSpacing() + pref(title)
                + getSpacing() + pref(asOf) + getSpacing() + width(switches());
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = (width < 0 ? computePrefWidth(-1) : width) - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + snappedBottomInset() + Math.max(minBarHeight(), plan(inner).height());
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    /**
     * One row while everything fits at its preferred width; then the date goes under the title;
     * then the switches take a second row, right-aligned, and the title wraps at word boundaries
     * in the first row's room. Nothing is truncated and no button is squeezed; the admin corner
     * stays at the top-left.
     */
    @Override
    protected void layoutChildren() {
        double x0 = snappedLeftInset();
        double y0 = snappedTopInset();
        double inner = getWidth() - x0 - snappedRightInset();
        double innerHeight = getHeight() - y0 - snappedBottomInset();
        Plan plan = plan(inner);
        shape = plan.shape();
        double gap = getSpacing();
        double firstRow = plan.shape() == Shape.TWO_ROWS ? plan.firstRow() : Math.max(innerHeight, plan.firstRow());
        double x = x0;
        for (Node n : lead()) {
            double w = pref(n);
            if (n == corner) {
                // the hold-to-open corner is the whole first row's height, from the window's top edge
                n.resizeRelocate(x, 0, w, y0 + firstRow);
            } else {
                n.resizeRelocate(x, y0 + (firstRow - tall(n, w)) / 2, w, tall(n, w));
            }
            x += w + gap;
        }
        double right = x0 + inner;
        double switchesWidth = width(switches());
        double titleRoom = plan.shape() == Shape.TWO_ROWS ? right - x : right - switchesWidth - gap - x;
        if (plan.shape() == Shape.ONE_ROW) {
            titleRoom -= pref(asOf) + gap;
        }
        double titleWidth = Math.max(0, Math.min(pref(title), titleRoom));
        double titleHeight = title.prefHeight(titleWidth);
        boolean dateUnder = plan.shape() != Shape.ONE_ROW;
        double block = titleHeight + (dateUnder ? asOf.prefHeight(-1) : 0);
        double ty = y0 + (firstRow - block) / 2;
        title.resizeRelocate(x, ty, titleWidth, titleHeight);
        if (dateUnder) {
            asOf.resizeRelocate(x, ty + titleHeight, Math.min(pref(asOf), Math.max(0, right - x)), asOf.prefHeight(-1));
        }
        double rowTop = plan.shape() == Shape.TWO_ROWS ? y0 + firstRow + gap : y0;
        double rowHeight = plan.shape() == Shape.TWO_ROWS ? plan.height() - firstRow - gap : firstRow;
        double sx = right;
        java.util.List<Node> tail = switches();
        for (int i = tail.size() - 1; i >= 0; i--) {
            Node n = tail.get(i);
            double w = pref(n);
            sx -= w;
            n.resizeRelocate(sx, rowTop + (rowHeight - tall(n, w)) / 2, w, tall(n, w));
            sx -= gap;
        }
        if (!dateUnder) {
            double w = pref(asOf);
            sx -= w;
            asOf.resizeRelocate(sx, y0 + (firstRow - asOf.prefHeight(-1)) / 2, w, asOf.prefHeight(-1));
        }
    }

    private record Plan(Shape shape, double firstRow, double height) {
    }

    private Plan plan(double inner) {
        double gap = getSpacing();
        double lead = width(lead());
        double switches = width(switches());
        double buttons = Math.max(height(lead()), height(switches()));
        if (lead + gap + pref(title) + gap + pref(asOf) + gap + switches <= inner) {
            double row = Math.max(buttons, Math.max(title.prefHeight(-1), asOf.prefHeight(-1)));
            return new Plan(Shape.ONE_ROW, row, row);
        }
        double stacked = title.prefHeight(-1) + asOf.prefHeight(-1);
        if (lead + gap + Math.max(pref(title), pref(asOf)) + gap + switches <= inner) {
            double row = Math.max(buttons, stacked);
            return new Plan(Shape.DATE_UNDER_TITLE, row, row);
        }
        double titleRoom = Math.max(0, inner - lead - (lead > 0 ? gap : 0));
        double first = Math.max(height(lead()), title.prefHeight(Math.min(pref(title), titleRoom)) + asOf.prefHeight(-1));
        return new Plan(Shape.TWO_ROWS, first, first + gap + height(switches()));
    }

    private double minBarHeight() {
        return getMinHeight() > 0 ? getMinHeight() - snappedTopInset() - snappedBottomInset() : 0;
    }

    /** The corner and the buttons before the title (home, back when shown). */
    private java.util.List<Node> lead() {
        return java.util.stream.Stream.<Node>of(corner, home, back).filter(n -> n != null && n.isManaged()).toList();
    }

    /** The badge and the switches, right-aligned. */
    private java.util.List<Node> switches() {
        return java.util.stream.Stream.<Node>of(sample, language, largeText, contrast).filter(Node::isManaged).toList();
    }

    private double width(java.util.List<Node> nodes) {
        double total = 0;
        for (Node n : nodes) {
            total += pref(n);
        }
        return total + Math.max(0, nodes.size() - 1) * getSpacing();
    }

    private static double height(java.util.List<Node> nodes) {
        double h = 0;
        for (Node n : nodes) {
            h = Math.max(h, tall(n, -1));
        }
        return h;
    }

    /** A child's preferred width within its min and max (a CSS minimum such as a button's 5em counts). */
    private double pref(Node n) {
        return snapSizeX(Math.min(Math.max(n.minWidth(-1), n.prefWidth(-1)), Math.max(n.minWidth(-1), n.maxWidth(-1))));
    }

    private static double tall(Node n, double width) {
        return Math.min(Math.max(n.minHeight(width), n.prefHeight(width)), Math.max(n.minHeight(width), n.maxHeight(width)));
    }
}
