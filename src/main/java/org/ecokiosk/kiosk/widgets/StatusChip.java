package org.ecokiosk.kiosk.widgets;

import javafx.scene.control.Label;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.evaluation.TargetStatus;

/**
 * Met / not met / set by the city / no data, in words and colour (never colour alone). Its text
 * is that of the language the page is built in: pages are rebuilt when the language changes.
 */
public final class StatusChip extends Label {
    public StatusChip(Messages messages, TargetStatus status) {
        super(messages.get(IndicatorTexts.statusKey(status)));
        getStyleClass().addAll("chip", IndicatorTexts.statusStyle(status));
        setMinWidth(USE_PREF_SIZE);
    }
}
