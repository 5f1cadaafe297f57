package org.ecokiosk.kiosk.screens;

import org.ecokiosk.kiosk.shell.Screen;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
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
import org.ecokiosk.kiosk.viewmodel.HomeViewModel;
import org.ecokiosk.kiosk.widgets.Icons;
import org.ecokiosk.kiosk.widgets.SampleBanner;
import org.ecokiosk.kiosk.widgets.Words;
import org.ecokiosk.model.Language;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * Home, answering at a glance: a greeting, the latest air quality ({@link AirHero}) and one large
 * tile per area in the configured order, each with its icon and live figure ({@link HomeTiles}),
 * four to a row (fewer when narrow). Its figures come from the screens' own view models, shared
 * through {@link HomeViewModel}, so what home says is what the screen behind the tile says.
 */
public final class HomeScreen implements Screen {
    private static final int WIDE_COLUMNS = 4;
    /** Below this window height (in em of the text size) home is compact: 1280×800, and landscape in 大字. */
    static final double COMPACT_BELOW_EM = 56;
    private static final double COMPACT_FOUR_COLUMNS_EM = 56;
    /** The page's id and style classes, on the fitting page and then on the scroll pane. */
    private static final String PAGE_ID = "home-screen";
    private static final String[] PAGE_STYLES = {"screen", "home-page"};
    private final VBox view = new VBox();
    /**
     * Home's page while it fits the window, as it does on every first frame (normal text, any
     * shape): {@link #view} alone. In 大字 on a short window the hero and tiles may need more
     * height than there is: home then scrolls ({@link #scroll}), rather than forcing the window's
     * frame taller than the screen (which pushed the bar with 大字 and the admin corner above the
     * top edge).
     */
    private final FittingPage fitting = new FittingPage(view, this::scrollFromNowOn);
    /** Made the first time home does not fit (a ScrollPane's skin is not on the kiosk's first frame). */
    private ScrollPane page;
    /** The page with, over its bottom edge, a cue that it goes on below (shown only then). */
    private final StackPane frame = new StackPane(fitting);
    /** The cue, filled and put over the page with the scroll pane (a page that fits has nothing below). */
    private final HBox moreBelow = new HBox();

    private final Messages messages;
    private final SnapshotSession session;
    private final HomeViewModel model;
    private final HomeTiles figures;
    private final AirHero hero;
    /** Holds the page's one 示例数据 banner while any figure on home is sample data. */
    private final VBox banner = new VBox();
    private final Map<String, StackPane> tiles = new LinkedHashMap<>();
    private final RebuildWhenShown rebuild = new RebuildWhenShown(this::render);
    private boolean rebuildQueued;
    private boolean shownBefore;
    /** Completes on the first render with every model settled (the start-up benchmark's "figures on screen"). */
    private final java.util.concurrent.CompletableFuture<Void> filled = new java.util.concurrent.CompletableFuture<>();
    /** Completes when home's first reads are asked for, after the kiosk's first frame (tests check they are). */
    private final java.util.concurrent.CompletableFuture<Void> firstReads = new java.util.concurrent.CompletableFuture<>();

    public HomeScreen(Messages messages, Navigator navigator, TextScale scale, List<String> tileOrder,
                      SnapshotSession session, HomeViewModel model) {
        this.messages = messages;
        this.session = session;
        this.model = model;
        this.figures = new HomeTiles(messages, model);
        fitting.setId(PAGE_ID);
        fitting.getStyleClass().addAll(PAGE_STYLES);
        view.getStyleClass().add("home-screen");
        // words only read, drawn without a label's skin (widgets/Words): home's first frame is mostly words
        Words welcome = new Words("", "home-welcome");
        welcome.text().textProperty().bind(messages.text("home.welcome"));
        Words hint = new Words("", "home-hint");
        hint.text().textProperty().bind(messages.text("home.hint"));

        GridPane grid = new TileGrid();
        grid.getStyleClass().add("home-tiles");
        tileOrder.forEach(id -> tiles.put(id, tile(navigator, id)));
        List<Node> all = List.copyOf(tiles.values());
        Runnable reflow = () -> arrange(grid, all, columnsFor(view.getWidth() / scale.rootSize(),
                view.getStyleClass().contains("home-compact")));
        view.widthProperty().addListener((obs, was, now) -> reflow.run());
        scale.largeProperty().addListener((obs, was, now) -> reflow.run());
        scale.baseSizeProperty().addListener((obs, was, now) -> reflow.run());
        arrange(grid, all, WIDE_COLUMNS);
        VBox.setVgrow(grid, Priority.ALWAYS);
        hero = new AirHero(messages, model, () -> navigator.show("air"));
        // a short window needs the hint's line for the tiles (the hero and tiles say "touch me" by their look)
        hint.visibleProperty().bind(hero.compactProperty().not());
        hint.managedProperty().bind(hint.visibleProperty());
        banner.getStyleClass().add("home-banner");
        view.getChildren().addAll(welcome, hint, banner, hero, grid);
        followHeight(scale);
        view.getStyleClass().addListener((javafx.collections.ListChangeListener<String>) c -> reflow.run());
        model.models().forEach(m -> m.stateProperty().addListener((obs, was, now) -> rebuildSoon()));
        messages.languageProperty().addListener((obs, was, now) -> rebuild.request());
    }

    /**
     * The models' states change in bursts (a show sets every model loading at once; answers queue
     * up on the FX thread): one rebuild of hero and tiles after the burst, not one per model.
     */
    private void rebuildSoon() {
        if (!rebuildQueued) {
            rebuildQueued = true;
            javafx.application.Platform.runLater(() -> {
                rebuildQueued = false;
                rebuild.request();
            });
        }
    }

    /** How often hero and tiles were laid out (tests: a burst of model states costs one). */
    public int rebuilds() {
        return rebuild.rebuilds();
    }

    /**
     * The window will be {@code windowHeight} tall: when even all of it is short of
     * {@link #COMPACT_BELOW_EM}, home is compact from its first frame on (the page is shorter
     * still), rather than from its first layout on, which styled all of home a second time before
     * that frame. Otherwise the page's height decides, as it changes.
     */
    public void fitWindow(double windowHeight, TextScale scale) {
        if (windowHeight > 0 && windowHeight / scale.rootSize() < COMPACT_BELOW_EM) {
            compact(true);
        }
    }

    private void compact(boolean compact) {
        hero.compactProperty().set(compact);
        if (compact != view.getStyleClass().contains("home-compact")) {
            if (compact) {
                view.getStyleClass().add("home-compact");
            } else {
                view.getStyleClass().remove("home-compact");
            }
        }
    }

    /** Compact on a short window, so hero and tiles fit it; the hero follows. */
    private void followHeight(TextScale scale) {
        Runnable fit = () -> {
            double height = frame.getHeight() > 0 ? frame.getHeight() : 0;
            if (height > 0) {
                compact(height / scale.rootSize() < COMPACT_BELOW_EM);
            }
        };
        frame.heightProperty().addListener((obs, was, now) -> fit.run());
        scale.largeProperty().addListener((obs, was, now) -> fit.run());
        scale.baseSizeProperty().addListener((obs, was, now) -> fit.run());
    }

    /**
     * Where even the compact home is taller than the window (大字 on a landscape screen), a cue at
     * the bottom edge says there is more below, until the visitor has scrolled to the end. It lets
     * touches through to the tiles under it.
     */
    private void moreBelowCue(Messages messages) {
        Label words = new Label();
        words.textProperty().bind(messages.text("home.moreBelow"));
        words.getStyleClass().add("home-more-below-text");
        words.setMinWidth(Label.USE_PREF_SIZE);
        moreBelow.getChildren().addAll(Icons.moreBelow("home-more-below-icon"), words);
        moreBelow.setId("home-more-below");
        moreBelow.getStyleClass().add("home-more-below");
        moreBelow.setAlignment(Pos.CENTER);
        moreBelow.setMouseTransparent(true);
        moreBelow.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane.setAlignment(moreBelow, Pos.BOTTOM_CENTER);
        frame.getChildren().add(moreBelow);
        moreBelow.setVisible(false);
    }

    /**
     * Home did not fit the window (大字 on a short one): from now on it is a finger-scrolled page,
     * with the cue at its bottom edge while there is more below. Taking the view into the scroll
     * pane styles it once more (as 大字 has just done anyway).
     */
    private void scrollFromNowOn() {
        if (page != null) {
            return;
        }
        fitting.release();
        moreBelowCue(messages);
        page = new ScrollPane(view);
        page.setId(PAGE_ID);
        page.getStyleClass().addAll(PAGE_STYLES);
        page.setFitToWidth(true);
        page.setFitToHeight(true);
        page.setPannable(true);
        page.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        frame.getChildren().set(0, page);
        Runnable update = () -> {
            double content = view.getHeight();
            double shown = page.getViewportBounds().getHeight();
            boolean more = shown > 0 && content > shown + 1 && page.getVvalue() < page.getVmax() - 0.01;
            moreBelow.setVisible(more);
        };
        page.vvalueProperty().addListener((obs, was, now) -> update.run());
        view.heightProperty().addListener((obs, was, now) -> update.run());
        page.viewportBoundsProperty().addListener((obs, was, now) -> update.run());
    }

    /** True once home has become a scrolling page (tests). */
    boolean scrolls() {
        return page != null;
    }

    /**
     * Home's page while it fits: the view at the page's size (at least its own minimum height, as
     * a scroll pane fitting its content to height gives it), asking the window for no more height
     * than its padding. When the view needs more height than the page has, {@code overflow} runs
     * after this layout, once.
     */
    private static final class FittingPage extends javafx.scene.layout.Region {
        private final VBox view;
        private final Runnable overflow;
        private boolean told;

        FittingPage(VBox view, Runnable overflow) {
            this.view = view;
            this.overflow = overflow;
            getChildren().add(view);
            // drawn from a cached picture while nothing on it changes, as the scroll pane's viewport
            // that held home before was (its skin caches it): without, each frame of home drew every
            // tile again (bench kiosk-nav: home's render CPU median 22.8 ms a revisit against 6.3 ms)
            setCache(true);
        }

        /** The view moves into the scroll pane: this page holds nothing from now on. */
        void release() {
            told = true;
            getChildren().clear();
        }

        @Override
        protected void layoutChildren() {
            if (getChildren().isEmpty()) {
                return;
            }
            double x = snappedLeftInset();
            double y = snappedTopInset();
            double width = Math.max(0, getWidth() - x - snappedRightInset());
            double height = Math.max(0, getHeight() - y - snappedBottomInset());
            double need = view.minHeight(width);
            view.resizeRelocate(x, y, width, snapSizeY(Math.max(height, need)));
            if (need > height + 0.5 && height > 0 && !told) {
                told = true;
                // not while laying out: the next pulse moves the view into the scroll pane
                javafx.application.Platform.runLater(overflow);
            }
        }

        @Override
        protected double computeMinWidth(double height) {
            return snappedLeftInset() + snappedRightInset();
        }

        @Override
        protected double computeMinHeight(double width) {
            return snappedTopInset() + snappedBottomInset();
        }

        @Override
        protected double computePrefWidth(double height) {
            return snappedLeftInset() + snappedRightInset() + (getChildren().isEmpty() ? 0 : view.prefWidth(-1));
        }

        @Override
        protected double computePrefHeight(double width) {
            double inner = width < 0 ? -1 : Math.max(0, width - snappedLeftInset() - snappedRightInset());
            return snappedTopInset() + snappedBottomInset() + (getChildren().isEmpty() ? 0 : view.prefHeight(inner));
        }
    }

    /**
     * Four tiles a row on a landscape page, two on a portrait or 大字 one, one when very narrow; a
     * short (compact) window keeps four a row down to 56 em (大字 at 1920×1080; at 1280×800 four
     * tiles were too narrow for "09:30–11:30"), so
     * the eight tiles take two rows, not four.
     */
    static int columnsFor(double widthInEm, boolean compact) {
        if (widthInEm <= 0 || widthInEm >= 70 || (compact && widthInEm >= COMPACT_FOUR_COLUMNS_EM)) {
            return WIDE_COLUMNS;
        }
        return widthInEm >= 36 ? 2 : 1;
    }

    /**
     * The tiles' grid: each row at least as tall as its tallest tile needs at the column's actual
     * width. A grid asks a tile its height without a width, which counts wrapped words as one
     * line: the last row was cut off at the window's bottom edge and home did not scroll.
     */
    private static final class TileGrid extends GridPane {
        @Override
        protected void layoutChildren() {
            int columns = getColumnConstraints().size();
            if (columns > 0) {
                double inner = getWidth() - snappedLeftInset() - snappedRightInset() - getHgap() * (columns - 1);
                double columnWidth = Math.max(0, inner / columns);
                for (int r = 0; r < getRowConstraints().size(); r++) {
                    double need = 0;
                    for (Node child : getChildren()) {
                        Integer row = GridPane.getRowIndex(child);
                        if (row != null && row == r) {
                            need = Math.max(need, child.prefHeight(columnWidth));
                        }
                    }
                    RowConstraints rc = getRowConstraints().get(r);
                    if (Math.abs(rc.getMinHeight() - need) > 0.5) {
                        rc.setMinHeight(need);
                    }
                }
            }
            super.layoutChildren();
        }
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
            // rows share the spare height but never get less than their tiles need (no percent
            // heights: those cut a tall tile's figure off in 大字 or English)
            RowConstraints rc = new RowConstraints();
            rc.setVgrow(Priority.ALWAYS);
            tiles.getRowConstraints().add(rc);
        }
        for (int i = 0; i < all.size(); i++) {
            tiles.add(all.get(i), i % columns, i / columns);
        }
    }

    /**
     * A touchable tile; its content (icon, name, figure) is drawn by {@link #render}. A pane, not
     * a Button: a Button measures its graphic by the size it was last given, so tiles only ever
     * grew (a row of tall empty tiles pushed the second row off a 1080 p screen).
     */
    private StackPane tile(Navigator navigator, String id) {
        StackPane tile = new StackPane();
        tile.setId("tile-" + id);
        tile.getStyleClass().addAll("home-tile", "tile-" + id);
        tile.setAccessibleRole(javafx.scene.AccessibleRole.BUTTON);
        tile.setAlignment(Pos.TOP_LEFT);
        tile.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        tile.setMinWidth(0);
        // a tap opens the screen; a drag (scrolling home in 大字) does not
        tile.setOnMouseClicked(e -> {
            if (e.isStillSincePress()) {
                navigator.show(id);
            }
        });
        GridPane.setFillWidth(tile, true);
        GridPane.setFillHeight(tile, true);
        return tile;
    }

    /** Hero and tiles from the models' current data, in the current language. */
    private void render() {
        banner.getChildren().clear();
        if (model.sampleProperty().get()) {
            banner.getChildren().add(new SampleBanner(messages));
        }
        hero.render();
        Language l = messages.language();
        tiles.forEach((id, tile) -> fill(tile, figures.figure(id, l).map(f -> (Region) f.onHome(icon(id),
                messages.get("tile." + id))).orElseGet(() -> plain(id))));
        if (model.settled()) {
            filled.complete(null);
        }
    }

    /** Completes once hero and tiles were first rendered with every figure home reads (or its failure). */
    public java.util.concurrent.CompletionStage<Void> filled() {
        return filled;
    }

    /**
     * Completes when home asks for its figures the first time: after the kiosk's first frame, not
     * in it. Without it {@link #filled()} never completes.
     */
    public java.util.concurrent.CompletionStage<Void> firstReadsAsked() {
        return firstReads;
    }

    private Node icon(String id) {
        return Icons.forScreen(id, "tile-icon").<Node>map(i -> i).orElseGet(Region::new);
    }

    /** A tile without a figure on home (the eco-towns, a screen still to come, no data yet): its name and what it holds. */
    private Region plain(String id) {
        Words name = new Words(messages.get("tile." + id), "tile-name");
        HBox heading = new HBox(icon(id), name);
        heading.getStyleClass().add("tile-heading");
        heading.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(name, Priority.ALWAYS);
        Words sub = new Words(messages.get("tile." + id + ".sub"), "tile-sub");
        VBox content = new VBox(heading, sub);
        content.getStyleClass().add("home-figure");
        return content;
    }

    private static void fill(StackPane tile, Region content) {
        content.setMinWidth(0);
        // the tile takes the touch, not its content: a figure that arrives while a finger is down
        // replaces the node that was pressed, and a tap pressed on a node since removed is lost
        content.setMouseTransparent(true);
        tile.getChildren().setAll(content);
    }

    @Override
    public void reset() {
        if (page != null) {
            page.setVvalue(0);
        }
    }

    @Override
    public void onShow() {
        rebuild.shown();
        if (shownBefore) {
            model.load(session);
            return;
        }
        // the kiosk's first show: the first frame is drawn before the reads start (see AfterFirstFrame)
        shownBefore = true;
        AfterFirstFrame.run(() -> {
            firstReads.complete(null);
            model.load(session);
        });
    }

    @Override
    public void onHide() {
        rebuild.hidden();
    }

    @Override
    public void snapshotChanged() {
        model.invalidate();
    }

    @Override
    public boolean showsData() {
        return model.settled();
    }

    /** Any figure on home may be sample data: the bar then says so on home too. */
    @Override
    public javafx.beans.property.ReadOnlyBooleanProperty showsSampleData() {
        return model.sampleProperty();
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
        return frame;
    }
}
