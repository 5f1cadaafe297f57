package org.ecokiosk.model.disclosure;

/** The columns of table 三 (申请人情况), in the printed order; {@link #TOTAL} is the sum of the others. */
public enum ApplicantColumn {
    NATURAL_PERSON("自然人", "natural persons"),
    BUSINESS("商业企业", "businesses"),
    RESEARCH("科研机构", "research institutions"),
    PUBLIC_WELFARE("社会公益组织", "public-interest organisations"),
    LEGAL_SERVICE("法律服务机构", "legal service institutions"),
    OTHER("其他", "other"),
    TOTAL("总计", "total");

    private final String labelZh;
    private final String labelEn;

    ApplicantColumn(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /** True for the five sub-columns under 法人或其他组织. */
    public boolean isLegalPerson() {
        return this != NATURAL_PERSON && this != TOTAL;
    }

    public static java.util.Optional<ApplicantColumn> fromLabel(String text) {
        String t = text.strip();
        for (ApplicantColumn c : values()) {
            if (c.labelZh.equals(t) || c.name().equalsIgnoreCase(t)) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }
}
