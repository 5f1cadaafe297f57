package org.ecokiosk.model;

/** A monitored river section, lake or reservoir, with the class the plan asks of it ("" when none). */
public record WaterSection(String code, LocalizedText name, LocalizedText river, WaterBody body,
                           String targetClass, boolean drinkingSource, LocalizedText note) {
}
