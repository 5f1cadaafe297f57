package org.ecokiosk.admin;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ecokiosk.config.FleetOffice;
import org.ecokiosk.fleet.Age;
import org.ecokiosk.fleet.AlertLevel;
import org.ecokiosk.fleet.FleetAlert;
import org.ecokiosk.fleet.FleetOverview;
import org.ecokiosk.fleet.Manifest;
import org.ecokiosk.fleet.StatusDocument;
import org.ecokiosk.kiosk.i18n.DateTexts;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.model.Language;
import org.ecokiosk.operations.AdminOperations;
import org.ecokiosk.operations.AlertRequest;

/**
 * 信息亭 Kiosks: the alert every kiosk shows — what is in force, issue one, clear it, signed with
 * the office key this PC is configured with, through the same operation as {@code eco-kiosk fleet
 * alert} — and the fleet as {@code eco-kiosk fleet status} reads it (FleetOverview): which kiosk
 * shows which snapshot, when it was last heard from, the stale ones flagged. Without a key or a
 * status folder configured it says so plainly and offers nothing that would fail.
 */
final class FleetSection extends VBox {
    private static final DateTimeFormatter UNTIL_FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    /** A new alert runs this long unless the officer types another end (heavy-pollution alerts last hours). */
    private static final long DEFAULT_HOURS = 6;

    private final AdminOperations actions;
    private final Messages messages;
    private final Background work;
    private final ZoneId zone;
    private final Label current = Ui.label("fleet-alert-current", "admin-value");
    private final ToggleGroup levels = Ui.alwaysOne();
    private final TextField zh = field("fleet-alert-zh");
    private final TextField en = field("fleet-alert-en");
    private final TextField until = field("fleet-alert-until");
    private final Button issue;
    private final Button clear;
    private final Label result = Ui.label("fleet-alert-result", "admin-result");
    private final ProblemList alertProblems;
    private final Label summary = Ui.label("fleet-status-summary", "admin-value");
    private final Label totals = Ui.label("fleet-status-totals", "admin-progress");
    private final VBox kiosks = new VBox();
    private final ProblemList statusProblems;

    FleetSection(AdminOperations actions, Messages messages, Background work, ZoneId zone) {
        this.actions = actions;
        this.messages = messages;
        this.work = work;
        this.zone = zone;
        setId("admin-fleet");
        getStyleClass().add("admin-section");
        alertProblems = new ProblemList("fleet-alert-problems", messages);
        statusProblems = new ProblemList("fleet-status-problems", messages);
        Label title = Ui.heading(messages, "admin.section.fleet");
        title.getStyleClass().add("admin-section-title");
        FleetOffice office = actions.fleetOffice();

        FlowPane levelButtons = new FlowPane();
        levelButtons.getStyleClass().add("admin-flow");
        for (AlertLevel level : AlertLevel.values()) {
            ToggleButton t = Ui.toggle("fleet-level-" + level.code(), messages, "alert.level." + level.code(), levels);
            t.setUserData(level.code());
            t.getStyleClass().add("alert-level-choice-" + level.code());
            levelButtons.getChildren().add(t);
        }
        levels.selectToggle(levels.getToggles().get(AlertLevel.ORANGE.ordinal()));
        zh.promptTextProperty().bind(messages.text("admin.fleet.zh.prompt"));
        en.promptTextProperty().bind(messages.text("admin.fleet.en.prompt"));
        until.setText(UNTIL_FIELD.format(LocalDateTime.ofInstant(Instant.now(), zone).plusHours(DEFAULT_HOURS)
                .truncatedTo(ChronoUnit.HOURS)));
        issue = Ui.button("fleet-alert-issue", messages, "admin.fleet.issue", this::issue);
        issue.getStyleClass().add("admin-primary");
        clear = Ui.button("fleet-alert-clear", messages, "admin.fleet.clear", this::clear);
        result.managedProperty().bind(result.textProperty().isNotEmpty());

        VBox alertPart = new VBox(Ui.heading(messages, "admin.fleet.alert"), current);
        alertPart.getStyleClass().add("admin-section");
        if (office.signs()) {
            alertPart.getChildren().addAll(row(Ui.heading(messages, "admin.fleet.level"), levelButtons),
                    row(Ui.heading(messages, "admin.fleet.zh"), zh), row(Ui.heading(messages, "admin.fleet.en"), en),
                    row(Ui.heading(messages, "admin.fleet.until"), until), row(issue, clear), result, alertProblems);
        } else {
            // a plain sentence instead of controls that could only fail
            current.setId("fleet-no-key");
            current.textProperty().bind(messages.text("admin.fleet.noKey", actions.configFile().toString()));
        }

        Button refresh = Ui.button("fleet-status-refresh", messages, "admin.fleet.refresh", this::refresh);
        kiosks.setId("fleet-status-list");
        kiosks.getStyleClass().add("admin-audit-list");
        VBox statusPart = new VBox(Ui.heading(messages, "admin.fleet.kiosks"));
        statusPart.getStyleClass().add("admin-section");
        if (office.statusDir().isPresent()) {
            statusPart.getChildren().addAll(refresh, summary, totals, statusProblems, kiosks);
        } else {
            summary.setId("fleet-no-status");
            summary.textProperty().bind(messages.text("admin.fleet.noStatusDir", actions.configFile().toString()));
            statusPart.getChildren().add(summary);
        }
        getChildren().addAll(title, alertPart, statusPart);
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.getStyleClass().add("admin-field");
        HBox.setHgrow(f, javafx.scene.layout.Priority.ALWAYS);
        return f;
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox row = new HBox(nodes);
        row.getStyleClass().add("admin-row");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Reads the origin's alert and the status folder again (off the FX thread): whenever the section is shown. */
    void refresh() {
        FleetOffice office = actions.fleetOffice();
        if (office.signs()) {
            current.textProperty().unbind();
            current.textProperty().bind(messages.text("admin.fleet.reading"));
            work.run(actions::currentAlert, this::showCurrent, error -> {
                current.textProperty().unbind();
                current.setText("");
                alertProblems.show(error);
            });
        }
        if (office.statusDir().isPresent()) {
            statusProblems.clear();
            work.run(actions::fleetStatus, this::showFleet, statusProblems::show);
        }
    }

    private void issue() {
        AlertRequest request = new AlertRequest((String) levels.getSelectedToggle().getUserData(), zh.getText(),
                en.getText(), until.getText());
        sign(() -> actions.issueAlert(request));
    }

    private void clear() {
        sign(actions::clearAlert);
    }

    private void sign(java.util.concurrent.Callable<Manifest> step) {
        result.textProperty().unbind();
        result.setText("");
        alertProblems.clear();
        issue.setDisable(true);
        clear.setDisable(true);
        work.run(step, m -> {
            issue.setDisable(false);
            clear.setDisable(false);
            showCurrent(m.alert());
            result.textProperty().bind(messages.text(m.alert().isPresent() ? "admin.fleet.issued"
                    : "admin.fleet.cleared", m.contentSha256().substring(0, 12)));
        }, error -> {
            issue.setDisable(false);
            clear.setDisable(false);
            alertProblems.show(error);
        });
    }

    private void showCurrent(Optional<FleetAlert> alert) {
        current.textProperty().unbind();
        current.textProperty().bind(messages.format(l -> alert.map(a -> describe(a, l))
                .orElse(messages.get(l, "admin.fleet.none"))));
    }

    private String describe(FleetAlert a, Language l) {
        ZonedDateTime end = a.until().atZone(zone);
        return messages.get(l, "admin.fleet.inForce", messages.get(l, "alert.level." + a.level().code()),
                messages.get(l, "alert.until", DateTexts.date(end.toLocalDate(), l), DateTexts.time(end.toLocalTime())),
                a.zh(), a.en());
    }

    private void showFleet(FleetOverview.Fleet fleet) {
        Instant now = Instant.now();
        int year = java.time.Year.now(zone).getValue();
        long minutes = FleetOverview.DEFAULT_STALE_AFTER.toMinutes();
        summary.textProperty().unbind();
        summary.textProperty().bind(messages.text("admin.fleet.summary", String.valueOf(fleet.kiosks().size()),
                String.valueOf(fleet.staleCount()), String.valueOf(minutes)));
        totals.textProperty().unbind();
        totals.textProperty().bind(messages.format(l -> messages.get(l, "admin.fleet.totals", String.valueOf(year),
                String.valueOf(fleet.openedTotal(year)), byScreen(fleet, year, l))));
        kiosks.getChildren().clear();
        if (fleet.kiosks().isEmpty()) {
            Label none = Ui.label("admin-progress");
            none.textProperty().bind(messages.text("admin.fleet.noKiosks"));
            kiosks.getChildren().add(none);
        }
        for (FleetOverview.Kiosk k : fleet.kiosks()) {
            Label line = Ui.label("fleet-kiosk-" + k.file().getFileName().toString().replace(".json", ""),
                    "admin-audit-entry");
            line.getStyleClass().add(k.stale() ? "admin-audit-refused" : "admin-audit-ok");
            line.textProperty().bind(messages.format(l -> describe(k, now, l)));
            kiosks.getChildren().add(line);
        }
        for (FleetOverview.Unreadable u : fleet.unreadable()) {
            Label line = Ui.label("admin-problem");
            line.textProperty().bind(messages.text("admin.fleet.unreadable", u.file().getFileName().toString(),
                    u.problem()));
            kiosks.getChildren().add(line);
        }
    }

    private String byScreen(FleetOverview.Fleet fleet, int year, Language l) {
        return String.join(messages.get(l, "admin.fleet.separator"), fleet.openedIn(year).entrySet().stream()
                .map(e -> named(l, "tile." + e.getKey(), e.getKey()) + " " + e.getValue()).toList());
    }

    private String describe(FleetOverview.Kiosk k, Instant now, Language l) {
        StatusDocument s = k.status();
        String snapshot = s.snapshot().map(x -> x.contentSha256().substring(0, 12)).orElse("—");
        String asOf = s.snapshot().map(x -> DateTexts.date(x.dataAsOf(), l)).orElse("—");
        String seen = age(k.lastSeen(now), l);
        String pulled = s.pulls().lastSuccess().map(t -> age(Age.of(java.time.Duration.between(t, now)), l))
                .orElse(messages.get(l, "admin.fleet.never"));
        String state = k.stale() ? messages.get(l, "admin.fleet.stale", seen)
                : s.pulls().lastError().map(e -> messages.get(l, "admin.fleet.error", e))
                .orElse(messages.get(l, "admin.fleet.ok"));
        return messages.get(l, "admin.fleet.kiosk", s.kioskId(), snapshot, asOf, seen, pulled, state);
    }

    private String age(Age age, Language l) {
        return switch (age.unit()) {
            case MINUTES -> messages.get(l, "fleet.age.minutes", age.amount());
            case HOURS -> messages.get(l, "fleet.age.hours", age.amount());
            case DAYS -> messages.get(l, "fleet.age.days", age.amount());
        };
    }

    private String named(Language language, String key, String fallback) {
        String text = messages.get(language, key);
        return text.equals(key) ? fallback : text;
    }
}
