package org.ecokiosk.standards.noise;

/**
 * The HJ 640-2012 surveys that are graded, with their upper bounds (dB(A), after rounding to
 * 0.1 dB) for grades 1–4; anything above the fourth bound is grade 5.
 */
public enum NoiseSurvey {
    REGIONAL("区域声环境", "regional acoustic environment", new double[] {50.0, 55.0, 60.0, 65.0},
            new double[] {40.0, 45.0, 50.0, 55.0}),
    ROAD_TRAFFIC("道路交通声环境", "road traffic noise", new double[] {68.0, 70.0, 72.0, 74.0},
            new double[] {58.0, 60.0, 62.0, 64.0});

    private final String nameZh;
    private final String nameEn;
    private final double[] dayBounds;
    private final double[] nightBounds;

    NoiseSurvey(String nameZh, String nameEn, double[] dayBounds, double[] nightBounds) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.dayBounds = dayBounds;
        this.nightBounds = nightBounds;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** Upper bound (inclusive) of grade 1–4 for the period. */
    public double upperBound(NoiseGrade grade, DayPeriod period) {
        if (grade == NoiseGrade.GRADE_5) {
            throw new IllegalArgumentException("grade 5 has no upper bound");
        }
        return (period == DayPeriod.DAY ? dayBounds : nightBounds)[grade.ordinal()];
    }
}
