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

    /**
     * "30 µg/m³" for numbers; the plan's words such as 完成市级下达目标 without a unit, in the
     * language shown ({@link #planWords}).
     */
    public String withUnit(String value, String unit, Language language) {
        boolean numeric = value.matches("-?\\d+(\\.\\d+)?");
        if (!numeric) {
            return planWords(value, language);
        }
        String u = display(unit, language);
        return !u.isBlank() && !u.equals("-") ? value + " " + u : value;
    }

    /**
     * A cell where the plan gives words instead of a number, said in {@code language}: the
     * bundles carry {@code planWords.<words as printed>}; words without a key stay as printed
     * (so a new phrase shows in Chinese until it is translated, and the English-mode test says so).
     */
    public String planWords(String words, Language language) {
        String key = "planWords." + words.trim();
        String shown = messages.get(language, key);
        return shown.equals(key) ? words : shown;
    }
}
