package org.ecokiosk.kiosk.screens;

import org.ecokiosk.kiosk.shell.Screen;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.kiosk.viewmodel.LoadState;
import org.ecokiosk.kiosk.viewmodel.ScreenModel;
import org.ecokiosk.kiosk.widgets.PageScroll;
import org.ecokiosk.kiosk.widgets.SampleBanner;
import org.ecokiosk.kiosk.widgets.Texts;
import org.ecokiosk.model.Language;

/**
 * A finger-scrollable page over one view model: loads on show, says "loading" or "cannot be
 * shown" in plain words, rebuilds when the data arrives or the language changes — at once while
 * on display, otherwise when next shown ({@link RebuildWhenShown}) — scrolls back to the top for
 * the next visitor and reloads after a snapshot switch. Subclasses only lay out the loaded data
 * in {@link #build}, composing widgets from {@code kiosk.widgets}. A page showing sample data
 * starts with the one {@link SampleBanner}.
 */
abstract class ModelScreen<M extends ScreenModel> implements Screen {
    protected final Messages messages;
    protected final M model;
    private final String id;
    private final SnapshotSession session;
    private final VBox content = new VBox();
    private final ScrollPane scroll = new ScrollPane(content);
    private final RebuildWhenShown rebuild = new RebuildWhenShown(this::renderNow);

    /** {@code screenStyle} and {@code contentStyle} pick the stylesheet family (env-…, community-…). */
    ModelScreen(String id, Messages messages, SnapshotSession session, M model, String screenStyle,
                String contentStyle) {
        this.id = id;
        this.messages = messages;
        this.session = session;
        this.model = model;
        scroll.setId(id + "-screen");
        scroll.getStyleClass().addAll("screen", screenStyle, id + "-screen");
        PageScroll.page(scroll);
        content.getStyleClass().add(contentStyle);
        rebuildOn(model.stateProperty(), messages.languageProperty(), model.sampleProperty());
    }

    /** Lays out the loaded data into {@code page}, top to bottom. */
    protected abstract void build(VBox page, Language language);

    /** Rebuilds the page whenever one of {@code triggers} changes (data, 大字, a selection ...). */
    protected final void rebuildOn(Observable... triggers) {
        for (Observable trigger : triggers) {
            if (trigger instanceof ObservableValue<?> value) {
                // a change listener, not an invalidation one: a hidden screen reads nothing, and an
                // invalidation listener on a value nobody reads would fire only once
                value.addListener((obs, was, now) -> rebuild.request());
            } else {
                trigger.addListener(o -> rebuild.request());
            }
        }
    }

    public M model() {
        return model;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String titleKey() {
        return "tile." + id;
    }

    @Override
    public Node view() {
        return scroll;
    }

    @Override
    public void onShow() {
        rebuild.shown();
        model.load(session);
    }

    @Override
    public void onHide() {
        rebuild.hidden();
    }

    /** Home is idle: the data is read off the FX thread, then the page is built while hidden. */
    @Override
    public void prepare() {
        model.load(session);
        if (showsData()) {
            rebuild.prepare();
        }
    }

    @Override
    public boolean prepared() {
        return showsData() && !rebuild.isStale();
    }

    /** How often the page was laid out (tests: a hidden screen is not rebuilt on a language switch). */
    public int rebuilds() {
        return rebuild.rebuilds();
    }

    @Override
    public void reset() {
        scrollToTop();
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

    /** The window's width in px, 0 before the page is on screen. */
    protected final double sceneWidth() {
        return scroll.getScene() != null ? scroll.getScene().getWidth() : 0;
    }

    protected final void scrollToTop() {
        scroll.setVvalue(0);
    }

    /** Asks for a rebuild: now if the screen is on display, else when it is next shown. */
    protected final void render() {
        rebuild.request();
    }

    /** Lays the page out again, keeping the reader's place unless the subclass scrolls. */
    private void renderNow() {
        double place = scroll.getVvalue();
        content.getChildren().clear();
        LoadState state = model.stateProperty().get();
        if (state == LoadState.FAILED) {
            content.getChildren().add(Texts.wrapped(messages.get("screen.failed"), "screen-message"));
        } else if (state != LoadState.READY) {
            content.getChildren().add(Texts.wrapped(messages.get("screen.loading"), "screen-message"));
        } else {
            if (model.sampleProperty().get()) {
                // one banner for the page, rather than a badge beside every sample figure
                content.getChildren().add(new SampleBanner(messages));
            }
            build(content, messages.language());
            scroll.setVvalue(place);
        }
    }
}
