package org.ecokiosk.kiosk.widgets;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.i18n.StandardTexts;
import org.ecokiosk.model.Language;
import org.ecokiosk.standards.air.AdviceGroup;
import org.ecokiosk.standards.air.AqiLevel;
import org.ecokiosk.standards.air.HealthAdvice;

/**
 * Health advice as the best dashboards give it: the level's face and what it means for health,
 * then one row per audience (sensitive groups, everyone else) with its figure and what HJ 633 表1
 * asks of it, then HJ 633-2026 表2's sensitive groups for each pollutant above IAQI 100. All
 * words come from {@code standards/} ({@link AdviceGroup}, {@link HealthAdvice}).
 */
public final class AdvicePanel extends VBox {

    /**
     * @param id     the panel's id; its rows are {@code id-effect}, {@code id-SENSITIVE}, {@code id-GENERAL}
     * @param groups 表2's groups per pollutant above 100 (empty for a daily figure or when none exceeds 100)
     * @param em     the page's root font size in px (icons are sized in em of it)
     */
    public AdvicePanel(String id, AqiLevel level, List<HealthAdvice.PollutantGroups> groups, Messages messages,
                       Language language, double em) {
        setId(id);
        getStyleClass().add("advice-panel");
        Label effect = Texts.wrapped(StandardTexts.healthEffect(level).in(language), "advice-text");
        getChildren().add(row(id + "-effect", LevelIcons.face(level, em, 2.6),
                Texts.wrapped(messages.get(language, "air.effect"), "advice-heading"), effect));
        for (AdviceGroup group : AdviceGroup.values()) {
            Label who = Texts.wrapped(StandardTexts.of(group.title()).in(language) + " · "
                    + StandardTexts.of(group.who()).in(language), "advice-heading");
            Label what = Texts.wrapped(StandardTexts.of(group.adviceAt(level)).in(language), "advice-text", "advice-do");
            getChildren().add(row(id + "-" + group.name(), LevelIcons.audience(group, em, 2.6), who, what));
        }
        if (!groups.isEmpty()) {
            VBox named = new VBox(Texts.wrapped(messages.get(language, "air.now.sensitive"), "advice-heading"));
            named.getStyleClass().add("advice-groups");
            for (HealthAdvice.PollutantGroups g : groups) {
                Label line = Texts.wrapped("• " + StandardTexts.of(g.sentence()).in(language), "advice-text");
                line.getStyleClass().add("sensitive-groups");
                named.getChildren().add(line);
            }
            getChildren().add(named);
        }
    }

    private static HBox row(String id, javafx.scene.Node icon, Label heading, Label text) {
        VBox words = new VBox(heading, text);
        words.getStyleClass().add("advice-words");
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(icon, words);
        row.getStyleClass().add("advice-row");
        row.setAlignment(Pos.CENTER_LEFT);
        row.setId(id);
        return row;
    }
}
