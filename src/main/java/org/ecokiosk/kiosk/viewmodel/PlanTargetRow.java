package org.ecokiosk.kiosk.viewmodel;

import java.util.Optional;
import org.ecokiosk.model.IndicatorKind;
import org.ecokiosk.model.Language;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.evaluation.TargetStatus;

/**
 * One indicator as the plan-targets screen shows it. Texts are already resolved to plain
 * strings per language so the view only lays them out. {@code value} is the figure judged (the
 * newest since the plan's baseline, "" when there is none); {@code baseline} the plan's own
 * 2020 figure beside it ("" for the plan's "-" or "/"); {@code publishedIn} the title of the
 * document the figure was published in, when it is a figure the district published.
 */
public record PlanTargetRow(
        String code,
        int seq,
        LocalizedText name,
        String value,
        String unit,
        Optional<Integer> valueYear,
        String targetSymbol,
        String target,
        boolean cumulative,
        TargetStatus status,
        IndicatorKind kind,
        boolean sample,
        LocalizedText note,
        String baseline,
        Optional<Integer> baselineYear,
        Optional<LocalizedText> publishedIn) {

    /** A row whose figure is not from a published document. */
    public PlanTargetRow(String code, int seq, LocalizedText name, String value, String unit, Optional<Integer> valueYear,
                         String targetSymbol, String target, boolean cumulative, TargetStatus status, IndicatorKind kind,
                         boolean sample, LocalizedText note, String baseline, Optional<Integer> baselineYear) {
        this(code, seq, name, value, unit, valueYear, targetSymbol, target, cumulative, status, kind, sample, note,
                baseline, baselineYear, Optional.empty());
    }

    public String name(Language language) {
        return name.in(language);
    }

    public boolean valueIsNumber() {
        return isNumber(value);
    }

    public boolean targetIsNumber() {
        return isNumber(target);
    }

    private static boolean isNumber(String s) {
        return s.matches("-?\\d+(\\.\\d+)?");
    }

    /** Value and unit as one string; empty when there is nothing to show. */
    public String valueWithUnit() {
        return value.isEmpty() ? "" : unitAfter(value);
    }

    /** Baseline and unit as one string; empty when the plan prints no baseline. */
    public String baselineWithUnit() {
        return baseline.isEmpty() ? "" : unitAfter(baseline);
    }

    public String targetWithUnit() {
        String t = targetSymbol.isEmpty() ? target : targetSymbol + " " + target;
        return target.isEmpty() ? "" : unitAfter(t);
    }

    private String unitAfter(String number) {
        boolean numeric = !number.isEmpty() && Character.isDigit(number.charAt(number.length() - 1));
        return numeric && !unit.isBlank() && !unit.equals("-") ? number + " " + unit : number;
    }
}
