package org.ecokiosk.standards.noise;

import java.math.BigDecimal;

/** HJ 640-2012 grades of regional and road-traffic noise. */
public enum NoiseGrade {
    GRADE_1("一级", "好", "Grade 1", "Good"),
    GRADE_2("二级", "较好", "Grade 2", "Fairly good"),
    GRADE_3("三级", "一般", "Grade 3", "Fair"),
    GRADE_4("四级", "较差", "Grade 4", "Fairly poor"),
    GRADE_5("五级", "差", "Grade 5", "Poor");

    private final String gradeZh;
    private final String ratingZh;
    private final String gradeEn;
    private final String ratingEn;

    NoiseGrade(String gradeZh, String ratingZh, String gradeEn, String ratingEn) {
        this.gradeZh = gradeZh;
        this.ratingZh = ratingZh;
        this.gradeEn = gradeEn;
        this.ratingEn = ratingEn;
    }

    /**
     * The grade of a survey's mean Leq. The level is first rounded half-up to 0.1 dB (see
     * {@link Decibels}); then ≤ first bound is grade 1, ≤ second bound grade 2, and so on.
     */
    public static NoiseGrade of(NoiseSurvey survey, DayPeriod period, double leq) {
        BigDecimal rounded = Decibels.rounded(leq);
        for (NoiseGrade g : values()) {
            if (g == GRADE_5 || rounded.compareTo(BigDecimal.valueOf(survey.upperBound(g, period))) <= 0) {
                return g;
            }
        }
        throw new AssertionError("unreachable");
    }

    public int number() {
        return ordinal() + 1;
    }

    public String gradeZh() {
        return gradeZh;
    }

    public String ratingZh() {
        return ratingZh;
    }

    public String gradeEn() {
        return gradeEn;
    }

    public String ratingEn() {
        return ratingEn;
    }

    public static final String STANDARD_ID = "HJ640-2012";
}
