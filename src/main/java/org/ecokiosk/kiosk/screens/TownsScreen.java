package org.ecokiosk.kiosk.screens;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.i18n.Units;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.kiosk.viewmodel.TownsViewModel;
import org.ecokiosk.kiosk.viewmodel.TownsViewModel.GreenAction;
import org.ecokiosk.kiosk.viewmodel.TownsViewModel.Milestone;
import org.ecokiosk.kiosk.viewmodel.TownsViewModel.TownGroup;
import org.ecokiosk.kiosk.viewmodel.TownsViewModel.TownRow;
import org.ecokiosk.kiosk.widgets.SampleBadge;
import org.ecokiosk.kiosk.widgets.Texts;
import org.ecokiosk.model.Language;

/**
 * 生态示范镇街: the campaign's goals, the towns in plain words (named to apply, or mentioned for
 * other work), and the green-living actions everyone can take. Scrolls by dragging a finger.
 */
public final class TownsScreen extends ModelScreen<TownsViewModel> {
    private final Consumer<String> openPage;
    private final Units units;

    /** {@code openPage} shows a content page by slug on the news screen. */
    public TownsScreen(Messages messages, SnapshotSession session, TownsViewModel model, Consumer<String> openPage) {
        super("towns", messages, session, model, "community-screen", "community-content");
        this.openPage = openPage;
        this.units = new Units(messages);
        rebuildOn(model.townsProperty());
    }

    @Override
    protected void build(VBox content, Language l) {
        TownsViewModel.Towns towns = model.towns();
        content.getChildren().add(Texts.wrapped(messages.get("towns.intro"), "screen-intro"));

        if (!towns.milestones().isEmpty()) {
            content.getChildren().add(Texts.wrapped(messages.get("towns.goals"), "section-heading"));
            FlowPane goals = new FlowPane();
            goals.getStyleClass().add("card-flow");
            for (Milestone m : towns.milestones()) {
                goals.getChildren().add(milestone(m, l));
            }
            content.getChildren().add(goals);
        }

        for (TownGroup group : towns.groups()) {
            content.getChildren().add(Texts.wrapped(messages.get("towns.status." + group.status()), "section-heading"));
            content.getChildren().add(Texts.wrapped(messages.get("towns.status." + group.status() + ".text"),
                    "section-text"));
            VBox list = new VBox();
            list.getStyleClass().add("card-list");
            for (TownRow town : group.towns()) {
                list.getChildren().add(town(town, l));
            }
            content.getChildren().add(list);
        }

        if (!towns.actions().isEmpty()) {
            content.getChildren().add(Texts.wrapped(messages.get("towns.actions"), "section-heading"));
            content.getChildren().add(Texts.wrapped(messages.get("towns.actions.text"), "section-text"));
            FlowPane actions = new FlowPane();
            actions.getStyleClass().add("card-flow");
            int n = 0;
            for (GreenAction a : towns.actions()) {
                VBox card = new VBox(Texts.wrapped(a.title().in(l), "card-title"), Texts.wrapped(a.text().in(l), "card-text"));
                card.getStyleClass().addAll("card", "action-card");
                card.setId("green-action-" + n++);
                actions.getChildren().add(card);
            }
            content.getChildren().add(actions);
        }

        towns.campaignPage().ifPresent(page -> {
            Button more = new Button(messages.get("towns.readMore", page.title().in(l)));
            more.setId("towns-read-more");
            more.getStyleClass().add("primary-button");
            more.setWrapText(true);
            more.setOnAction(e -> openPage.accept(page.slug()));
            content.getChildren().add(more);
        });
        content.getChildren().add(Texts.wrapped(messages.get("towns.source"), "screen-footnote"));
    }

    private Node milestone(Milestone m, Language l) {
        Label year = Texts.chip(messages.get("towns.goal.year", Integer.toString(m.year())), "goal-year");
        Label name = Texts.wrapped(m.name().in(l), "card-title");
        boolean numeric = m.counted();
        // the plan writes word-only aims in Chinese; the English bundle leaves them out (towns.goal.text is empty)
        String target = numeric ? messages.get("towns.goal.count", m.target(), units.display(m.unit(), l))
                : messages.get("towns.goal.text", m.target());
        VBox card = new VBox(year, name);
        if (!target.isEmpty()) {
            card.getChildren().add(Texts.wrapped(target, "card-value"));
        }
        String now = m.latest().map(v -> messages.get("towns.goal.latest", units.withUnit(v, m.unit(), l),
                Integer.toString(m.latestYear().orElse(0)))).orElse(messages.get("towns.goal.noFigure"));
        card.getChildren().add(Texts.wrapped(now, "card-text"));
        if (m.sample()) {
            card.getChildren().add(SampleBadge.onCard(messages));
        }
        card.getStyleClass().addAll("card", "goal-card");
        card.setId("goal-" + m.code());
        return card;
    }

    private Node town(TownRow town, Language l) {
        Label name = Texts.wrapped(town.name().in(l), "card-title");
        name.setMaxWidth(Label.USE_PREF_SIZE);
        Label status = Texts.chip(town.status() == TownsViewModel.TownStatus.IN_BATCH
                ? messages.get("towns.chip.IN_BATCH", Integer.toString(town.batchYear()))
                : messages.get("towns.chip." + town.status()), "town-status", "town-" + town.status().name().toLowerCase(java.util.Locale.ROOT));
        HBox head = new HBox(name, status);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("card-head");
        if (town.sample()) {
            head.getChildren().add(SampleBadge.onCard(messages));
        }
        VBox card = new VBox(head, Texts.wrapped(town.summary().in(l), "card-text"));
        card.getStyleClass().addAll("card", "town-card");
        card.setId("town-" + town.code());
        VBox.setVgrow(card, Priority.NEVER);
        return card;
    }
}
