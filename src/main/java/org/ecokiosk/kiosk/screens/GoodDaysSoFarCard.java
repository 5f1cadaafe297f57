package org.ecokiosk.kiosk.screens;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ecokiosk.evaluation.air.GoodDaysSoFar;
import org.ecokiosk.kiosk.i18n.DateTexts;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.widgets.Columns;
import org.ecokiosk.kiosk.widgets.Texts;
import org.ecokiosk.model.Language;

/**
 * This year's good days so far against the plan's yearly target ("≥ 300 days"): the count, a bar
 * of the way to the target, what was counted, and whether the target can still be reached — all
 * from {@link GoodDaysSoFar} (evaluation layer).
 */
final class GoodDaysSoFarCard extends VBox {

    GoodDaysSoFarCard(GoodDaysSoFar so, Messages messages, Language l) {
        setId("air-good-days-so-far");
        getStyleClass().add("env-card");
        getChildren().add(Texts.wrapped(messages.get(l, "air.soFar.heading", Integer.toString(so.year()),
                DateTexts.date(so.through(), l)), "env-heading"));
        Label count = Texts.wrapped(messages.get(l, "air.soFar.count", Integer.toString(so.goodDays())), "figure-value");
        count.setId("air-good-days-so-far-count");
        getChildren().add(count);
        so.target().ifPresent(target -> {
            getChildren().add(Texts.wrapped(messages.get(l, "air.soFar.target", Integer.toString(target)), "figure-line"));
            double done = Math.min(100, 100.0 * so.goodDays() / target);
            GridPane bar = Columns.grid(done, 100 - done);
            bar.getStyleClass().add("so-far-bar");
            Region filled = new Region();
            filled.getStyleClass().add("so-far-done");
            Region rest = new Region();
            rest.getStyleClass().add("so-far-rest");
            bar.add(filled, 0, 0);
            bar.add(rest, 1, 0);
            Label of = Texts.wrapped(messages.get(l, "air.soFar.of", Integer.toString(so.goodDays()),
                    Integer.toString(target)), "figure-caption");
            getChildren().addAll(bar, of);
        });
        getChildren().add(Texts.wrapped(messages.get(l, "air.soFar.counted", Integer.toString(so.countedDays()),
                Integer.toString(so.goodDays()), Integer.toString(so.notGoodDays()),
                Integer.toString(so.withoutVerdict())), "figure-line"));
        if (so.target().isPresent()) {
            String verdict;
            if (so.targetReached()) {
                verdict = messages.get(l, "air.soFar.reached");
            } else if (so.targetReachable()) {
                verdict = messages.get(l, "air.soFar.reachable", Integer.toString(so.remainingDays()),
                        Integer.toString(so.stillNeeded().getAsInt()));
            } else {
                verdict = messages.get(l, "air.soFar.unreachable", Integer.toString(so.remainingDays()),
                        Integer.toString(so.target().getAsInt()));
            }
            Label v = Texts.wrapped(verdict, "figure-line", "so-far-verdict");
            v.setId("air-good-days-so-far-verdict");
            getChildren().add(v);
        }
        getChildren().add(Texts.wrapped(messages.get(l, "air.soFar.explain"), "plain"));
    }
}
