package org.ecokiosk.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One cell of the plan as printed: a number where the plan gives a number, the plan's own
 * words where it does not ("完成市级下达目标" is a target, but not a number to compare with).
 */
public record PlanFigure(Optional<BigDecimal> number, String text) {
    public static final PlanFigure NONE = new PlanFigure(Optional.empty(), "");

    public PlanFigure {
        text = text == null ? "" : text;
        number = number == null ? Optional.empty() : number;
    }

    /** Reads a CSV cell: a plain decimal becomes a number; anything else stays text. */
    public static PlanFigure parse(String cell) {
        String trimmed = cell == null ? "" : cell.trim();
        if (trimmed.isEmpty()) {
            return NONE;
        }
        try {
            return new PlanFigure(Optional.of(new BigDecimal(trimmed)), trimmed);
        } catch (NumberFormatException notANumber) {
            return new PlanFigure(Optional.empty(), trimmed);
        }
    }

    public static PlanFigure of(double value) {
        BigDecimal number = BigDecimal.valueOf(value).stripTrailingZeros();
        if (number.scale() < 0) {
            number = number.setScale(0);
        }
        return new PlanFigure(Optional.of(number), number.toPlainString());
    }

    public boolean isNumber() {
        return number.isPresent();
    }

    public boolean isEmpty() {
        return text.isEmpty() && number.isEmpty();
    }

    /** The cell as stored: the number's plain form, or the plan's words. */
    public String display() {
        return number.map(BigDecimal::toPlainString).orElse(text);
    }
}
