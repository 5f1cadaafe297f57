package org.ecokiosk.kiosk.screens;

import org.ecokiosk.kiosk.shell.Screen;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import org.ecokiosk.kiosk.content.ContentHtml;
import org.ecokiosk.kiosk.content.PageStyle;
import org.ecokiosk.kiosk.i18n.DateTexts;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.kiosk.shell.ContrastTheme;
import org.ecokiosk.kiosk.shell.TextScale;
import org.ecokiosk.kiosk.viewmodel.LoadState;
import org.ecokiosk.kiosk.viewmodel.NewsViewModel;
import org.ecokiosk.kiosk.widgets.PageScroll;
import org.ecokiosk.kiosk.widgets.SampleBadge;
import org.ecokiosk.kiosk.widgets.Texts;
import org.ecokiosk.model.ContentPage;
import org.ecokiosk.model.Language;
import org.ecokiosk.model.PageKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 新闻与资讯: what is published today, then one item read in a WebView. The WebView is locked
 * down: JavaScript off, no pop-ups, and any navigation away from the page we loaded is turned
 * back (the HTML itself is already sanitised and has its images inline as data: URIs, so it
 * never asks the network for anything). Text follows 大字 and the high-contrast theme.
 */
public final class NewsScreen implements Screen {
    private static final Logger LOG = LoggerFactory.getLogger(NewsScreen.class);

    private final Messages messages;
    private final SnapshotSession session;
    private final NewsViewModel model;
    private final TextScale scale;
    private final ContrastTheme theme;
    private final StackPane view = new StackPane();
    private final VBox listContent = new VBox();
    private final ScrollPane listScroll = new ScrollPane(listContent);
    private final VBox detail = new VBox();
    private final Label detailTitle = new Label();
    private final Label detailMeta = new Label();
    private WebView web;
    private String shownHtml = "";
    private int blockedNavigations;
    private String pendingSlug;
    private PageStyle style = PageStyle.NONE;
    /** Where the article's 返回 leads when it was opened by a link from another screen; unset from the list. */
    private final javafx.beans.property.ObjectProperty<Runnable> linkedFrom = new javafx.beans.property.SimpleObjectProperty<>();
    private final RebuildWhenShown listPage = new RebuildWhenShown(this::renderList);
    private final RebuildWhenShown articlePage = new RebuildWhenShown(this::showDetail);

    public NewsScreen(Messages messages, SnapshotSession session, NewsViewModel model, TextScale scale, ContrastTheme theme) {
        this.messages = messages;
        this.session = session;
        this.model = model;
        this.scale = scale;
        this.theme = theme;
        view.setId("news-screen");
        view.getStyleClass().addAll("screen", "community-screen", "news-screen");
        listScroll.setId("news-list");
        PageScroll.page(listScroll);
        listContent.getStyleClass().add("community-content");

        Button back = new Button();
        back.setId("news-back");
        back.getStyleClass().add("back-button");
        // from the list it says 返回列表 and closes the article; after a link from another screen,
        // 返回 goes back there
        back.textProperty().bind(javafx.beans.binding.Bindings.when(linkedFrom.isNotNull())
                .then(messages.text("news.backToLink")).otherwise(messages.text("news.back")));
        back.setMinWidth(Region.USE_PREF_SIZE);
        back.setOnAction(e -> {
            Runnable leave = linkedFrom.get();
            if (leave != null) {
                leave.run();
            } else {
                model.close();
            }
        });
        detailTitle.setId("news-detail-title");
        detailTitle.getStyleClass().add("detail-title");
        detailTitle.setWrapText(true);
        detailTitle.setMinHeight(Region.USE_PREF_SIZE);
        detailMeta.getStyleClass().add("card-text");
        detailMeta.setWrapText(true);
        VBox titles = new VBox(detailTitle, detailMeta);
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox head = new HBox(back, titles);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("detail-head");
        detail.getChildren().add(head);
        detail.getStyleClass().add("news-detail");
        view.getChildren().add(listScroll);

        model.stateProperty().addListener((obs, was, now) -> {
            listPage.request();
            openPending();
        });
        model.items().addListener((javafx.collections.ListChangeListener<ContentPage>) c -> {
            listPage.request();
            openPending();
        });
        model.openedProperty().addListener((obs, was, now) -> articlePage.request());
        messages.languageProperty().addListener((obs, was, now) -> {
            listPage.request();
            articlePage.request();
        });
        scale.largeProperty().addListener((obs, was, now) -> applyFontScale());
        theme.highContrastProperty().addListener((obs, was, now) -> articlePage.request());
        // the stylesheets are read from the jar on the reader thread, queued before any article's read
        session.load(reader -> PageStyle.read(), read -> {
            style = read;
            if (model.opened().isPresent()) {
                articlePage.request();
            }
        }, failure -> LOG.error("the news page stylesheets cannot be read: {}", failure));
    }

    @Override
    public String id() {
        return "news";
    }

    @Override
    public String titleKey() {
        return "tile.news";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void onShow() {
        listPage.shown();
        articlePage.shown();
        model.load(session);
    }

    @Override
    public void onHide() {
        listPage.hidden();
        articlePage.hidden();
    }

    @Override
    public void reset() {
        pendingSlug = null;
        linkedFrom.set(null);
        model.close();
        listScroll.setVvalue(0);
    }

    @Override
    public void snapshotChanged() {
        model.invalidate();
    }

    @Override
    public ReadOnlyBooleanProperty showsSampleData() {
        return model.sampleProperty();
    }

    @Override
    public boolean showsData() {
        return model.stateProperty().get().settled();
    }

    public NewsViewModel model() {
        return model;
    }

    /**
     * Opens the published item {@code slug} once the list is there, for a link from another screen
     * (阅读全文 on the eco-towns): the article's 返回 then runs {@code back}, which leads there.
     */
    public void openSlug(String slug, Runnable back) {
        pendingSlug = slug;
        linkedFrom.set(back);
        openPending();
    }

    /** Navigations the WebView tried and was refused (for tests and logs). */
    public int blockedNavigations() {
        return blockedNavigations;
    }

    private void openPending() {
        if (pendingSlug == null || model.stateProperty().get() != LoadState.READY) {
            return;
        }
        String slug = pendingSlug;
        pendingSlug = null;
        model.find(slug).ifPresent(p -> model.open(session, p));
    }

    private void renderList() {
        listContent.getChildren().clear();
        LoadState state = model.stateProperty().get();
        if (state == LoadState.FAILED) {
            listContent.getChildren().add(Texts.wrapped(messages.get("screen.failed"), "screen-message"));
            return;
        }
        if (state != LoadState.READY) {
            listContent.getChildren().add(Texts.wrapped(messages.get("screen.loading"), "screen-message"));
            return;
        }
        Language l = messages.language();
        listContent.getChildren().add(Texts.wrapped(messages.get("news.intro"), "screen-intro"));
        if (model.items().isEmpty()) {
            listContent.getChildren().add(Texts.wrapped(messages.get("news.none"), "screen-message"));
            return;
        }
        VBox list = new VBox();
        list.getStyleClass().add("card-list");
        for (ContentPage page : model.items()) {
            Label title = Texts.wrapped(page.title().in(l), "card-title");
            HBox tags = new HBox(Texts.chip(messages.get("news.kind." + page.kind().name()), "kind-chip"),
                    Texts.wrapped(page.kind() == PageKind.NEWS ? DateTexts.date(page.publishFrom(), l) : "", "card-text"));
            tags.getStyleClass().add("card-head");
            tags.setAlignment(Pos.CENTER_LEFT);
            if (page.origin().isSample()) {
                tags.getChildren().add(SampleBadge.onCard(messages));
            }
            VBox text = new VBox(tags, title);
            text.getStyleClass().add("card-body");
            HBox.setHgrow(text, Priority.ALWAYS);
            Button read = new Button(messages.get("news.read"));
            read.getStyleClass().add("primary-button");
            read.setMinWidth(Region.USE_PREF_SIZE);
            read.setId("news-open-" + page.slug());
            read.setOnAction(e -> model.open(session, page));
            HBox card = new HBox(text, read);
            card.setAlignment(Pos.CENTER_LEFT);
            card.getStyleClass().addAll("card", "news-card");
            card.setId("news-item-" + page.slug());
            // the whole card answers a tap (not a drag that scrolls the list)
            card.setOnMouseClicked(e -> {
                if (e.isStillSincePress()) {
                    model.open(session, page);
                }
            });
            list.getChildren().add(card);
        }
        listContent.getChildren().add(list);
    }

    private void showDetail() {
        if (model.opened().isEmpty()) {
            view.getChildren().setAll(listScroll);
            if (web != null) {
                shownHtml = "";
                web.getEngine().loadContent("");
            }
            return;
        }
        NewsViewModel.Opened opened = model.opened().get();
        Language l = messages.language();
        ContentPage page = opened.page();
        detailTitle.setText(page.title().in(l));
        String meta = page.kind() == PageKind.NEWS ? DateTexts.date(page.publishFrom(), l) : "";
        if (page.origin().isSample()) {
            meta = (meta.isEmpty() ? "" : meta + "  ") + messages.get("news.sampleNote");
        }
        detailMeta.setText(meta);
        detailMeta.setVisible(!meta.isEmpty());
        detailMeta.setManaged(!meta.isEmpty());
        WebView w = webView();
        shownHtml = ContentHtml.document(opened.bodyHtml(l), l.code(), style.css(theme.isHighContrast(), scale.baseSize()));
        w.getEngine().loadContent(shownHtml);
        view.getChildren().setAll(detail);
    }

    /** One WebView, made on first use (it is heavy) and locked down before it loads anything. */
    private WebView webView() {
        if (web == null) {
            web = new WebView();
            web.setId("news-web");
            web.setContextMenuEnabled(false);
            WebEngine engine = web.getEngine();
            engine.setJavaScriptEnabled(false);
            engine.setCreatePopupHandler(features -> null);
            engine.setUserDataDirectory(null);
            engine.locationProperty().addListener((obs, was, now) -> {
                if (!isOwnPage(now)) {
                    blockedNavigations++;
                    LOG.warn("blocked navigation to {}", now);
                    Platform.runLater(() -> {
                        engine.getLoadWorker().cancel();
                        engine.loadContent(shownHtml);
                    });
                }
            });
            applyFontScale();
            VBox.setVgrow(web, Priority.ALWAYS);
            detail.getChildren().add(web);
        }
        return web;
    }

    /** Only the page we load ourselves ("" or about:blank); everything else is a way out. */
    static boolean isOwnPage(String location) {
        return location == null || location.isEmpty() || location.equals("about:blank");
    }

    private void applyFontScale() {
        if (web != null) {
            web.setFontScale(scale.largeProperty().get() ? TextScale.LARGE_FACTOR : 1.0);
        }
    }
}
