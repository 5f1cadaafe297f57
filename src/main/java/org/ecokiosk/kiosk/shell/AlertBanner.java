package org.ecokiosk.kiosk.shell;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ecokiosk.fleet.FleetAlert;
import org.ecokiosk.fleet.FleetCondition;
import org.ecokiosk.kiosk.i18n.DateTexts;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.viewmodel.FleetNoticeModel;
import org.ecokiosk.model.Language;

/**
 * The office's alert over every screen and the attract loop: a band along the bottom in the
 * level's warning colour, always in both languages (a passer-by may read either), with when it
 * ends. Below it, when the kiosk cannot reach the office, a quiet line saying so and how old its
 * data is. It takes a strip of its own (see mountOn); a touch on it does nothing. {@link #show} may be called from any
 * thread; a timer hides an alert the moment it expires.
 */
public final class AlertBanner extends VBox {
    public static final String STYLESHEET = "/org/ecokiosk/kiosk/fleet.css";
    /** How often the banner looks at the clock: expiry and "updated … ago" need no finer step. */
    static final long TICK_SECONDS = 15;

    private final Messages messages;
    private final FleetNoticeModel model;
    private final Clock clock;
    private final VBox alertBox = new VBox();
    private final Label heading = new Label();
    /** One line per language, in the order of {@link Language#values()}: the alert is always in all of them. */
    private final java.util.Map<Language, Label> texts = new java.util.EnumMap<>(Language.class);
    private final Label until = new Label();
    private final Label offline = new Label();
    /** A plain timer, not an FX animation: a running Timeline keeps the FX pulse (and a CPU core) busy. */
    private final java.util.concurrent.ScheduledExecutorService tick =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "alert-banner-clock");
                t.setDaemon(true);
                return t;
            });

    public AlertBanner(Messages messages, FleetNoticeModel model, Clock clock) {
        this.messages = messages;
        this.model = model;
        this.clock = clock;
        setId("alert-banner");
        getStyleClass().add("alert-banner");
        setMouseTransparent(true);
        setMaxHeight(USE_PREF_SIZE);
        setAlignment(Pos.BOTTOM_CENTER);
        StackPane.setAlignment(this, Pos.BOTTOM_CENTER);
        heading.getStyleClass().add("alert-heading");
        until.getStyleClass().add("alert-until");
        alertBox.setId("alert-box");
        alertBox.getStyleClass().add("alert-box");
        alertBox.getChildren().add(heading);
        for (Language l : Language.values()) {
            Label text = new Label();
            text.setId("alert-text-" + l.code());
            text.getStyleClass().addAll("alert-text", "alert-text-" + l.code());
            texts.put(l, text);
            alertBox.getChildren().add(text);
        }
        alertBox.getChildren().add(until);
        for (javafx.scene.Node n : alertBox.getChildren()) {
            Label l = (Label) n;
            l.setWrapText(true);
            l.setMaxWidth(Double.MAX_VALUE);
        }
        offline.setId("offline-note");
        offline.getStyleClass().add("offline-note");
        // the band's lines and their stylesheet join the window the first time there is something
        // to say (render): a kiosk with no alert and its office in reach styles none of them, at
        // its first frame or later
        model.alertProperty().addListener((obs, was, now) -> render());
        model.offlineProperty().addListener((obs, was, now) -> render());
        model.sinceUpdateProperty().addListener((obs, was, now) -> render());
        messages.languageProperty().addListener((obs, was, now) -> render());
        tick.scheduleWithFixedDelay(() -> Platform.runLater(() -> model.refresh(clock.instant())), TICK_SECONDS,
                TICK_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        render();
    }

    /** The fleet's latest word; safe from the poller's thread. */
    public void show(FleetCondition condition) {
        if (Platform.isFxApplicationThread()) {
            model.apply(condition, clock.instant());
        } else {
            Platform.runLater(() -> model.apply(condition, clock.instant()));
        }
    }

    public void stop() {
        tick.shutdownNow();
    }

    /**
     * Puts the banner over everything the kiosk shows — every screen, the attract loop, the PIN
     * pad — inside the kiosk's own root, so it inherits 大字 and stays when the scene's root is
     * handed to admin mode and back. It takes a strip of its own along the bottom: while it shows,
     * every other layer is laid out above it (a bottom margin of the band's height), so it covers
     * no part of a screen, the attract loop's highlight or its "touch to start", and never the
     * bar with the admin corner at the top. A lower view order draws it above layers added later.
     * Call once, on the FX thread.
     */
    public void mountOn(javafx.scene.Parent kioskRoot) {
        if (!(kioskRoot instanceof StackPane layers)) {
            throw new IllegalArgumentException("the kiosk's root must be a StackPane of layers");
        }
        setViewOrder(-1);
        layers.getChildren().add(this);
        layers.getChildren().addListener((javafx.collections.ListChangeListener<javafx.scene.Node>) c -> reserve(layers));
        heightProperty().addListener((obs, was, now) -> reserve(layers));
        visibleProperty().addListener((obs, was, now) -> reserve(layers));
        reserve(layers);
    }

    /** The strip the band needs, taken from the bottom of every other layer (none while it is hidden). */
    private void reserve(StackPane layers) {
        double strip = isVisible() ? getHeight() : 0;
        javafx.geometry.Insets margin = strip > 0 ? new javafx.geometry.Insets(0, 0, strip, 0) : null;
        for (javafx.scene.Node layer : layers.getChildren()) {
            if (layer != this && !java.util.Objects.equals(StackPane.getMargin(layer), margin)) {
                StackPane.setMargin(layer, margin);
            }
        }
    }

    private void render() {
        Optional<FleetAlert> alert = model.alertProperty().get();
        alertBox.getStyleClass().removeIf(c -> c.startsWith("alert-level-"));
        alert.ifPresent(a -> {
            alertBox.getStyleClass().add("alert-level-" + a.level().code());
            String key = "alert.level." + a.level().code();
            heading.setText(inEveryLanguage(l -> messages.get(l, key)));
            texts.forEach((l, label) -> label.setText(a.text().in(l)));
            ZonedDateTime end = a.until().atZone(clock.getZone());
            until.setText(inEveryLanguage(l -> messages.get(l, "alert.until", DateTexts.date(end.toLocalDate(), l),
                    DateTexts.time(end.toLocalTime()))));
        });
        show(alertBox, alert.isPresent());
        boolean isOffline = model.offlineProperty().get();
        if (isOffline) {
            offline.setText(model.sinceUpdateProperty().get().map(this::age)
                    .map(age -> messages.get("fleet.offline.since", age)).orElse(messages.get("fleet.offline.never")));
        }
        show(offline, isOffline);
        boolean says = alert.isPresent() || isOffline;
        if (says && getChildren().isEmpty()) {
            getStylesheets().add(AlertBanner.class.getResource(STYLESHEET).toExternalForm());
            getChildren().addAll(alertBox, offline);
        }
        setVisible(says);
    }

    private static String inEveryLanguage(java.util.function.Function<Language, String> say) {
        return java.util.Arrays.stream(Language.values()).map(say).collect(java.util.stream.Collectors.joining(" · "));
    }

    private String age(Duration d) {
        org.ecokiosk.fleet.Age age = org.ecokiosk.fleet.Age.of(d);
        return switch (age.unit()) {
            case MINUTES -> messages.get("fleet.age.minutes", Math.max(1, age.amount()));
            case HOURS -> messages.get("fleet.age.hours", age.amount());
            case DAYS -> messages.get("fleet.age.days", age.amount());
        };
    }

    private static void show(javafx.scene.Node node, boolean on) {
        node.setVisible(on);
        node.setManaged(on);
    }

    /** The alert texts as shown, for tests and the attract loop's accessibility. */
    public Optional<String> shownText() {
        return alertBox.isVisible() && isVisible() ? Optional.of(texts.values().stream().map(Label::getText)
                .collect(java.util.stream.Collectors.joining("\n"))) : Optional.empty();
    }
}
