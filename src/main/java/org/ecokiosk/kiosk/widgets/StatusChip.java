package org.ecokiosk.kiosk.widgets;

import javafx.scene.control.Label;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.plan.TargetStatus;

/** Met / not met / set by the city / no data, in words and colour (never colour alone). */
public final class StatusChip extends Label {
    public StatusChip(Messages messages, TargetStatus status) {
        getStyleClass().addAll("chip", "status-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        textProperty().bind(messages.text("status." + status.name()));
        setMinWidth(USE_PREF_SIZE);
    }
}
