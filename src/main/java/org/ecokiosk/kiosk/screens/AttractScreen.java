package org.ecokiosk.kiosk.screens;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import javafx.animation.FadeTransition;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.ecokiosk.kiosk.i18n.DateTexts;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.i18n.Units;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.kiosk.shell.KioskShell;
import org.ecokiosk.kiosk.viewmodel.AttractViewModel;
import org.ecokiosk.kiosk.viewmodel.AttractViewModel.Highlight;
import org.ecokiosk.kiosk.viewmodel.LoadState;
import org.ecokiosk.kiosk.widgets.Texts;
import org.ecokiosk.model.Language;
import org.ecokiosk.model.LocalizedText;

/**
 * The attract loop: over the (already reset) home screen, one highlight at a time from the
 * live snapshot, changing every few seconds, with "touch to start" in both languages. The shell
 * removes it on the first touch. With no data at all it shows only the welcome, never a figure.
 */
public final class AttractScreen implements KioskShell.Attract {
    public static final Duration DEFAULT_INTERVAL = Duration.seconds(8);

    private final Messages messages;
    private final SnapshotSession session;
    private final AttractViewModel model;
    private final Units units;
    private final StackPane view = new StackPane();
    private final VBox card = new VBox();
    private final Label title = Texts.wrapped("", "attract-title");
    private final Label value = new Label();
    private final Label text = Texts.wrapped("", "attract-text");
    private final Label sample = Texts.chip("", "sample-badge", "attract-sample");
    private final Label position = new Label();
    private final Timeline rotation = new Timeline();
    private int index;

    public AttractScreen(Messages messages, SnapshotSession session, AttractViewModel model) {
        this.messages = messages;
        this.session = session;
        this.model = model;
        this.units = new Units(messages);
        view.setId("attract");
        view.getStyleClass().add("attract");
        title.setId("attract-title");
        value.setId("attract-value");
        value.getStyleClass().add("attract-value");
        value.setMinWidth(Region.USE_PREF_SIZE);
        value.setMinHeight(Region.USE_PREF_SIZE);
        value.setWrapText(true);
        text.setId("attract-text");
        sample.setId("attract-sample");
        position.setId("attract-position");
        position.getStyleClass().add("attract-position");
        card.setId("attract-card");
        card.getStyleClass().add("attract-card");
        card.setAlignment(Pos.CENTER);
        card.getChildren().addAll(title, value, text, sample);

        // "touch to start" in both languages at once: the loop runs before anyone has chosen one
        LocalizedText touch = messages.localized("attract.touch");
        Label touchZh = Texts.wrapped(touch.zh(), "attract-touch");
        Label touchEn = Texts.wrapped(touch.en(), "attract-touch-en");
        touchZh.setAlignment(Pos.CENTER);
        touchEn.setAlignment(Pos.CENTER);
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Region spacer2 = new Region();
        VBox.setVgrow(spacer2, Priority.ALWAYS);
        HBox bottom = new HBox(position);
        bottom.setAlignment(Pos.CENTER);
        VBox layout = new VBox(spacer, card, spacer2, touchZh, touchEn, bottom);
        layout.setAlignment(Pos.CENTER);
        layout.getStyleClass().add("attract-layout");
        // a small panel with the fleet's alert band taking its bottom strip (960×540): the loop
        // shrinks as a whole rather than run its last line under the band
        view.getChildren().add(new ShrinkToFit(layout));

        rotation.setCycleCount(Timeline.INDEFINITE);
        setInterval(DEFAULT_INTERVAL);
        model.highlights().addListener((javafx.collections.ListChangeListener<Highlight>) c -> {
            index = 0;
            render();
        });
        model.stateProperty().addListener((obs, was, now) -> render());
        render();
    }

    /** How long each highlight stays (8 s on the kiosk; tests shorten it). */
    public void setInterval(Duration interval) {
        boolean running = rotation.getStatus() == javafx.animation.Animation.Status.RUNNING;
        rotation.stop();
        rotation.getKeyFrames().setAll(new KeyFrame(interval, e -> next()));
        if (running) {
            rotation.play();
        }
    }

    public AttractViewModel model() {
        return model;
    }

    /** Index of the highlight showing (0 when none). */
    public int index() {
        return index;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void start() {
        index = 0;
        model.load(session);
        render();
        rotation.playFromStart();
    }

    @Override
    public void stop() {
        rotation.stop();
    }

    void next() {
        List<Highlight> all = model.highlights();
        if (all.size() < 2) {
            return;
        }
        index = (index + 1) % all.size();
        render();
        FadeTransition fade = new FadeTransition(Duration.millis(400), card);
        fade.setFromValue(0.2);
        fade.setToValue(1);
        fade.play();
    }

    private void render() {
        List<Highlight> all = model.highlights();
        Language l = messages.language();
        value.setStyle("");
        value.getStyleClass().remove("attract-band");
        if (all.isEmpty() || model.stateProperty().get() != LoadState.READY) {
            title.setText(messages.get("home.welcome"));
            value.setText("");
            value.setVisible(false);
            value.setManaged(false);
            text.setText(messages.get("attract.welcome"));
            sample.setVisible(false);
            position.setText("");
            return;
        }
        Highlight h = all.get(Math.min(index, all.size() - 1));
        title.setText(messages.get(h.titleKey(), words(h.titleArgs(), l)));
        value.setVisible(true);
        value.setManaged(true);
        value.setText(word(h.bigValue(), l, true));
        h.band().ifPresent(b -> {
            // the standards' official level colours are data, not theme: the one colour set in code
            value.getStyleClass().add("attract-band");
            value.setStyle("-fx-background-color: " + b.background().hex() + "; -fx-text-fill: " + b.text().rgb().hex() + ";");
        });
        text.setText(messages.get(h.textKey(), words(h.textArgs(), l)));
        sample.setText(messages.get("badge.sample"));
        sample.setVisible(h.sample());
        sample.setManaged(h.sample());
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < all.size(); i++) {
            dots.append(i == index ? "●" : "○");
        }
        position.setText(dots.toString());
        view.getProperties().put("highlight-kind", h.kind());
    }

    private Object[] words(List<Object> args, Language l) {
        return args.stream().map(a -> word(a, l, false)).toArray();
    }

    private String word(Object arg, Language l, boolean big) {
        if (arg instanceof LocalizedText t) {
            return t.in(l);
        }
        if (arg instanceof LocalDate d) {
            return big ? DateTexts.dateWithWeekday(d, l) : DateTexts.date(d, l);
        }
        if (arg instanceof LocalTime t) {
            return DateTexts.time(t);
        }
        if (arg instanceof AttractViewModel.Quantity q) {
            return units.withUnit(q.value(), q.unit(), l);
        }
        return String.valueOf(arg);
    }

    /**
     * Lays its one child out at the child's own height or more and, when that is taller than
     * the room there is, scales it down evenly (centred) so that all of it shows.
     */
    private static final class ShrinkToFit extends Region {
        private final Region content;

        ShrinkToFit(Region content) {
            this.content = content;
            getChildren().add(content);
        }

        @Override
        protected double computeMinWidth(double height) {
            return 0;
        }

        @Override
        protected double computeMinHeight(double width) {
            return 0;
        }

        @Override
        protected double computePrefWidth(double height) {
            return content.prefWidth(height);
        }

        @Override
        protected double computePrefHeight(double width) {
            return content.prefHeight(width);
        }

        @Override
        protected void layoutChildren() {
            double w = getWidth();
            double h = getHeight();
            double need = Math.max(content.minHeight(w), content.prefHeight(w));
            double scale = h > 0 && need > h ? h / need : 1;
            double cw = w / scale;
            double ch = Math.max(h / scale, Math.max(content.minHeight(cw), content.prefHeight(cw)));
            content.resize(cw, ch);
            content.setScaleX(scale);
            content.setScaleY(scale);
            // a node scales about its centre: centre it, and the scaled child fills the room
            content.relocate((w - cw) / 2, (h - ch) / 2);
        }
    }
}
