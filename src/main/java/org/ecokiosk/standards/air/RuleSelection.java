package org.ecokiosk.standards.air;

import java.util.Optional;

/**
 * The rule set chosen for a date. {@code provisional} would be true for a date under newer
 * standards whose tables had not been entered, so that older rules stood in; the notes then say
 * so in words a resident can read, and screens show them next to the value. Since the 2026
 * tables were entered every selection is definitive; the flag stays so that the next revision
 * can be announced the same way before its text is available.
 */
public record RuleSelection(AirQualityRuleSet ruleSet, boolean provisional, Optional<String> noteZh,
                            Optional<String> noteEn) {

    public RuleSelection {
        if (provisional != noteZh.isPresent() || provisional != noteEn.isPresent()) {
            throw new IllegalArgumentException("a provisional selection carries both notes, a final one none");
        }
    }

    public static RuleSelection definitive(AirQualityRuleSet ruleSet) {
        return new RuleSelection(ruleSet, false, Optional.empty(), Optional.empty());
    }

    /** The rule set's method note (e.g. "GB 3095-2026 limits, HJ 663-2013 method"), when it has one. */
    public Optional<StandardText> methodNote() {
        return ruleSet.methodNote();
    }
}
