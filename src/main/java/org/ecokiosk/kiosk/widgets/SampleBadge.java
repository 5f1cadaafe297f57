package org.ecokiosk.kiosk.widgets;

import javafx.scene.control.Label;
import org.ecokiosk.kiosk.i18n.Messages;

/** The 示例数据 / sample data badge beside a figure or an item that is sample data. */
public final class SampleBadge {
    private SampleBadge() {
    }

    /** Beside a figure on the environment screens. */
    public static Label forFigure(Messages messages) {
        Label l = new Label(messages.get("badge.sample"));
        l.getStyleClass().addAll("sample-badge", "figure-sample-badge");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    /** On a card of a list (news, facilities, towns, the attract loop). */
    public static Label onCard(Messages messages, String... moreStyles) {
        Label l = Texts.chip(messages.get("badge.sample"), "sample-badge");
        l.getStyleClass().addAll(moreStyles);
        return l;
    }
}
