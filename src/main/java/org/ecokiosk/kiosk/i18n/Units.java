package org.ecokiosk.kiosk.i18n;

import org.ecokiosk.model.Language;

/**
 * Units as the plan writes them (公顷, ug/m3, 万亩 ...) shown in each language: the bundles
 * carry {@code unit.<as written>} keys; a unit without a key is shown as written.
 */
public final class Units {
    private final Messages messages;

    public Units(Messages messages) {
        this.messages = messages;
    }

    public String display(String unit, Language language) {
        String key = "unit." + unit.trim();
        String shown = messages.get(language, key);
        return shown.equals(key) ? unit.trim() : shown;
    }

    /** "30 µg/m³" for numbers; words such as 完成市级下达目标 stay without a unit. */
    public String withUnit(String value, String unit, Language language) {
        boolean numeric = value.matches("-?\\d+(\\.\\d+)?");
        String u = display(unit, language);
        return numeric && !u.isBlank() && !u.equals("-") ? value + " " + u : value;
    }
}
