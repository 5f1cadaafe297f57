package org.ecokiosk.kiosk.widgets;

import javafx.scene.control.Label;
import org.ecokiosk.kiosk.i18n.Messages;

/** The 示例数据 / sample data badge on one item of a list that is sample data (a page of figures has one banner instead). */
public final class SampleBadge {
    private SampleBadge() {
    }

    /** On a card of a list (news, facilities, towns, the attract loop). */
    public static Label onCard(Messages messages, String... moreStyles) {
        Label l = Texts.chip(messages.get("badge.sample"), "sample-badge");
        l.getStyleClass().addAll(moreStyles);
        return l;
    }
}
