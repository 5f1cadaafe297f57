package org.ecokiosk.kiosk.widgets;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import org.ecokiosk.evaluation.TargetStatus;
import org.ecokiosk.kiosk.i18n.Messages;

/**
 * Met / not met / set by the city / no data, in words, an icon of its own and colour — never
 * colour alone, and in high contrast (where every chip is drawn white on black) never the word
 * alone either. Its text is that of the language the page is built in: pages are rebuilt when
 * the language changes. The icon is as large as the chip's text and takes its colour, so 大字 and
 * the contrast sheet size and colour both through CSS.
 */
public final class StatusChip extends Label {
    public StatusChip(Messages messages, TargetStatus status) {
        super(messages.get(IndicatorTexts.statusKey(status)));
        getStyleClass().addAll("chip", "status-chip", IndicatorTexts.statusStyle(status));
        Glyph icon = new Glyph(icon(status));
        icon.getStyleClass().add("status-icon");
        icon.iconSizeProperty().bind(Bindings.createIntegerBinding(
                () -> (int) Math.round(getFont().getSize() * 1.15), fontProperty()));
        icon.iconColorProperty().bind(textFillProperty());
        setGraphic(icon);
        setGraphicTextGap(getFont().getSize() * 0.3);
        fontProperty().addListener((obs, was, now) -> setGraphicTextGap(now.getSize() * 0.3));
        setMinWidth(USE_PREF_SIZE);
        setMinHeight(USE_PREF_SIZE);
    }

    /**
     * For a table cell: the chip may take two lines (at a space, or between Chinese characters)
     * rather than widen its column past the page on a narrow screen in 大字; elsewhere it keeps
     * its one line and never shrinks.
     */
    public StatusChip wrapping() {
        setWrapText(true);
        setMinWidth(USE_COMPUTED_SIZE);
        setMaxWidth(USE_PREF_SIZE);
        return this;
    }

    /** One shape per verdict: a tick, an upward trend, a warning, a cross, the city hall, a question. */
    public static Mdi icon(TargetStatus status) {
        return switch (status) {
            case MET -> Mdi.CHECK_CIRCLE;
            case ON_TRACK -> Mdi.TRENDING_UP;
            case AT_RISK -> Mdi.ALERT_CIRCLE;
            case NOT_MET -> Mdi.CLOSE_CIRCLE;
            case SET_BY_CITY -> Mdi.OFFICE_BUILDING;
            case NO_DATA -> Mdi.HELP_CIRCLE_OUTLINE;
        };
    }
}
