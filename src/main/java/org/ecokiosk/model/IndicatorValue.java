package org.ecokiosk.model;

/** A value of an indicator in a year, e.g. the 2020 actual of a 专栏1 row or an imported figure. */
public record IndicatorValue(String indicatorCode, int year, PlanFigure value, DataOrigin origin, LocalizedText note) {
}
