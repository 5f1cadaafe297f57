package org.ecokiosk.kiosk.screens;

import org.ecokiosk.kiosk.shell.Screen;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.shell.Navigator;
import org.ecokiosk.kiosk.shell.TextScale;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.kiosk.viewmodel.AirViewModel;

/** Home: a greeting, today's air at a glance ({@link AirHero}) and one large tile per area, in the configured order, four to a row (fewer when narrow). */
public final class HomeScreen implements Screen {
    private static final int WIDE_COLUMNS = 4;
    private final VBox view = new VBox();
    // in 大字 on a short window the hero and tiles may need more height than there is: home then
    // scrolls, rather than forcing the window's frame taller than the screen (which pushed the
    // bar with 大字 and the admin corner above the top edge)
    private final ScrollPane page = new ScrollPane(view);

    private final SnapshotSession session;
    private final AirViewModel air;

    /** {@code air} is the air screen's own view model: home shows its latest day, loaded once for both. */
    public HomeScreen(Messages messages, Navigator navigator, TextScale scale, List<String> tileOrder,
                      SnapshotSession session, AirViewModel air) {
        this.session = session;
        this.air = air;
        page.setId("home-screen");
        page.getStyleClass().addAll("screen", "home-page");
        page.setFitToWidth(true);
        page.setFitToHeight(true);
        page.setPannable(true);
        page.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        view.getStyleClass().add("home-screen");
        Label welcome = new Label();
        welcome.getStyleClass().add("home-welcome");
        welcome.textProperty().bind(messages.text("home.welcome"));
        welcome.setWrapText(true);
        Label hint = new Label();
        hint.getStyleClass().add("home-hint");
        hint.textProperty().bind(messages.text("home.hint"));
        hint.setWrapText(true);

        GridPane tiles = new GridPane();
        tiles.getStyleClass().add("home-tiles");
        List<Node> all = tileOrder.stream().map(id -> tile(messages, navigator, id)).toList();
        Runnable reflow = () -> arrange(tiles, all, columnsFor(view.getWidth() / scale.rootSize()));
        view.widthProperty().addListener((obs, was, now) -> reflow.run());
        scale.largeProperty().addListener((obs, was, now) -> reflow.run());
        scale.baseSizeProperty().addListener((obs, was, now) -> reflow.run());
        arrange(tiles, all, WIDE_COLUMNS);
        VBox.setVgrow(tiles, Priority.ALWAYS);
        AirHero hero = new AirHero(messages, air, () -> navigator.show("air"));
        view.getChildren().addAll(welcome, hint, hero, tiles);
    }

    /** Four tiles a row on a landscape page, two on a portrait or 大字 one, one when very narrow. */
    static int columnsFor(double widthInEm) {
        if (widthInEm <= 0 || widthInEm >= 70) {
            return WIDE_COLUMNS;
        }
        return widthInEm >= 36 ? 2 : 1;
    }

    private static void arrange(GridPane tiles, List<Node> all, int columns) {
        if (tiles.getColumnConstraints().size() == columns && !tiles.getChildren().isEmpty()) {
            return;
        }
        tiles.getChildren().clear();
        tiles.getColumnConstraints().clear();
        tiles.getRowConstraints().clear();
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            tiles.getColumnConstraints().add(cc);
        }
        int rows = (all.size() + columns - 1) / columns;
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setVgrow(Priority.ALWAYS);
            rc.setPercentHeight(100.0 / rows);
            tiles.getRowConstraints().add(rc);
        }
        for (int i = 0; i < all.size(); i++) {
            tiles.add(all.get(i), i % columns, i / columns);
        }
    }

    private static Node tile(Messages messages, Navigator navigator, String id) {
        Label name = new Label();
        name.getStyleClass().add("tile-name");
        name.textProperty().bind(messages.text("tile." + id));
        name.setWrapText(true);
        Label sub = new Label();
        sub.getStyleClass().add("tile-sub");
        sub.textProperty().bind(messages.text("tile." + id + ".sub"));
        sub.setWrapText(true);
        VBox content = new VBox(name, sub);
        content.setAlignment(Pos.CENTER_LEFT);
        content.getStyleClass().add("tile-content");
        Button tile = new Button();
        tile.setId("tile-" + id);
        tile.getStyleClass().addAll("home-tile", "tile-" + id);
        tile.setGraphic(content);
        tile.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        tile.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        tile.setMinWidth(0);
        // a Button sizes its graphic to one line of text; tie the text block to the tile so long
        // English names wrap instead of ending in "..." (especially in 大字)
        content.setMinWidth(0);
        content.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(0, tile.getWidth() - tile.getPadding().getLeft() - tile.getPadding().getRight()
                        - (tile.getBorder() == null ? 0 : tile.getBorder().getInsets().getLeft())),
                tile.widthProperty(), tile.paddingProperty(), tile.borderProperty()));
        content.maxWidthProperty().bind(content.prefWidthProperty());
        name.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        sub.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        tile.setOnAction(e -> navigator.show(id));
        GridPane.setFillWidth(tile, true);
        GridPane.setFillHeight(tile, true);
        return tile;
    }

    @Override
    public void reset() {
        page.setVvalue(0);
    }

    @Override
    public void onShow() {
        air.load(session);
    }

    /** The hero's AQI may be sample data: the bar then says so on home too. */
    @Override
    public javafx.beans.property.ReadOnlyBooleanProperty showsSampleData() {
        return air.sampleProperty();
    }

    @Override
    public String id() {
        return Navigator.HOME;
    }

    @Override
    public String titleKey() {
        return "screen.home";
    }

    @Override
    public Node view() {
        return page;
    }
}
