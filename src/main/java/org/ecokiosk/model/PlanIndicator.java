package org.ecokiosk.model;

/** One row of the plan's indicator tables, with the plan's own baseline, target and notes. */
public record PlanIndicator(
        String code,
        PlanTable table,
        int seq,
        LocalizedText group,
        LocalizedText name,
        String unit,
        IndicatorKind kind,
        Direction direction,
        boolean cumulative,
        int baselineYear,
        PlanFigure baseline,
        int targetYear,
        PlanFigure target,
        LocalizedText note) {
}
