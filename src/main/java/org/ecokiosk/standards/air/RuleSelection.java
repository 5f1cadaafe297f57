package org.ecokiosk.standards.air;

import java.util.Optional;

/**
 * The rule set chosen for a date. {@code provisional} is true when the date falls under newer
 * standards whose tables we do not have yet, so the 2012 rules were used as a stand-in; the notes
 * then say so in words a resident can read, and screens must show them next to the value.
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
}
