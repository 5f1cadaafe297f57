package org.ecokiosk.kiosk.widgets;

import java.util.Optional;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.i18n.Units;
import org.ecokiosk.model.Language;
import org.ecokiosk.evaluation.TargetStatus;

/**
 * The words of an {@link IndicatorFigure} in a language — "36.5 %", "2025 年", "2025 年目标：≥ 40 %",
 * "已达到" — without any UI, so they are tested as plain strings and every widget that shows an
 * indicator (tiles, rows, the attract loop, home) says it the same way.
 */
public final class IndicatorTexts {
    private final Messages messages;
    private final Units units;

    public IndicatorTexts(Messages messages) {
        this.messages = messages;
        this.units = new Units(messages);
    }

    public Messages messages() {
        return messages;
    }

    public String name(IndicatorFigure f, Language l) {
        return f.name().in(l);
    }

    /** The latest figure with its unit ("36.5 %", "300 days"); words such as 完成市级下达目标 stay as written. */
    public Optional<String> value(IndicatorFigure f, Language l) {
        return f.latest().map(r -> units.withUnit(r.value(), f.unit(), l));
    }

    /** "2025 年" / "in 2025", when the figure has a year. */
    public Optional<String> year(IndicatorFigure f, Language l) {
        return f.latest().flatMap(r -> r.year().isPresent() ? Optional.of(r.year().getAsInt()) : Optional.empty())
                .map(y -> messages.get(l, "env.inYear", Integer.toString(y)));
    }

    /** The target with its direction and unit: "≥ 40 %", "≤ 30 µg/m³". */
    public Optional<String> targetValue(IndicatorFigure f, Language l) {
        return f.target().map(t -> (t.symbol().isBlank() ? "" : t.symbol().strip() + " ")
                + units.withUnit(t.value(), f.unit(), l));
    }

    /** "2025 年目标：≥ 40 %" / "2025 target: ≥ 40 %". */
    public Optional<String> target(IndicatorFigure f, Language l) {
        return targetValue(f, l).map(v -> messages.get(l, "env.target2025", v));
    }

    /** "已达到" / "Met" …. */
    public String status(IndicatorFigure f, Language l) {
        return messages.get(l, statusKey(f.status()));
    }

    /** What to say where a figure is missing. */
    public String noData(Language l) {
        return messages.get(l, "env.noData");
    }

    static String statusKey(TargetStatus status) {
        return "status." + status.name();
    }

    /** The chip's style class: status-met, status-not-met, status-set-by-city, status-no-data. */
    public static String statusStyle(TargetStatus status) {
        return "status-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
