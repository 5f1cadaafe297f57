package org.ecokiosk.model;

/**
 * One figure as a published document prints it: {@code air / 优良天数 / 303 天}. Kept as printed
 * (a number, or a water class such as "II"), with the document's own remark.
 *
 * @param year  the year the figure describes (2022 for the 2022 bulletin, published in 2023)
 * @param topic what it is about: air, precipitation, dustfall, water, noise, … (a code)
 * @param item  the document's own name for the figure
 */
public record PublishedFigure(int year, String topic, String item, PlanFigure value, String unit, String note,
                              PublishedDocument document) {
    /** The key a figure is looked up by: "air|优良天数". */
    public String key() {
        return topic + "|" + item;
    }
}
