package org.ecokiosk.model.disclosure;

/** Everything a 政府信息公开工作年度报告 prints beyond what the snapshot holds. */
public record DisclosureData(DisclosureFigures figures, DisclosureText text) {
    public DisclosureData {
        if (figures == null || text == null) {
            throw new IllegalArgumentException("figures and text are required");
        }
    }

    public int year() {
        return figures.year();
    }

    public boolean sample() {
        return figures.sample() || text.sample();
    }
}
